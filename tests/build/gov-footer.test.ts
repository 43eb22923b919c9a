/**
 * What a government portal must show: the footer's registration numbers,
 * emblems and contacts from the settings (src/site.ts, `site.gov`), and
 * nothing made up while they are empty; the 网站地图 page in both
 * languages; a meta description on every page. The real build is the
 * unconfigured case (the repository ships no numbers); a second build of
 * the small fixture content runs with every setting filled in through
 * SHIZHONG_SITE_SETTINGS, and as a production build.
 */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runBuild, type BuildResult } from '../support/build';
import { sourceArticles, sourceData } from '../support/content';
import { allPages, page, pageExists, text } from '../support/html';
import { readFileSync } from 'node:fs';

const footer = (doc: HTMLElement) => doc.querySelector('footer.site-footer')!;

describe('unconfigured (the repository as shipped)', () => {
  const pages = allPages().filter((p) => !p.startsWith('/admin/'));

  it('no page shows a made-up number, an ICP or police record, or a site code', () => {
    expect(pages.length).toBeGreaterThan(100);
    for (const path of pages) {
      const html = readFileSync(join(ROOT, 'dist', path.endsWith('/') ? `${path}index.html` : path), 'utf8');
      expect(html, path).not.toMatch(/0000000000|00000000号|ICP备|公网安备/);
      const doc = page(path);
      expect(doc.querySelector('meta[name="SiteIDCode"]'), path).toBeNull();
      expect(footer(doc).querySelectorAll('[data-gov]'), path).toHaveLength(0);
      expect(footer(doc).querySelectorAll('img'), path).toHaveLength(0);
    }
  });

  it('every page has a meta description and links the 网站地图 in its language from the footer', () => {
    for (const path of pages) {
      const doc = page(path);
      expect(doc.querySelector('meta[name="description"]')?.getAttribute('content')?.trim(), path).toBeTruthy();
      const en = doc.querySelector('html')!.getAttribute('lang') === 'en';
      expect(footer(doc).querySelector(`a[href="${en ? '/en/sitemap/' : '/sitemap/'}"]`), path).not.toBeNull();
    }
  });

  it('English footers use English punctuation', () => {
    const doc = page('/en/');
    expect(text(footer(doc))).toContain('Published by: ');
    expect(text(footer(doc))).not.toMatch(/[：，]/);
  });
});

describe('网站地图', () => {
  const years = [...new Set(sourceArticles().map((a) => String(a.data.date).slice(0, 4)))];
  const expected = [
    ...sourceData('columns').map((c) => `/columns/${c.id}/`),
    ...sourceData('departments').map((d) => `/departments/${d.id}/`),
    ...sourceData('topics').map((t) => `/topics/${t.id}/`),
    ...sourceData('companies').map((c) => `/companies/${c.id}/`),
    ...['interview', 'report', 'reflection', 'letter', 'news'].map((t) => `/types/${t}/`),
    ...years.map((y) => `/archive/${y}/`),
    '/columns/',
    '/departments/',
    '/topics/',
    '/types/',
    '/archive/',
    '/companies/',
    '/search/',
  ];

  it.each(['', '/en'])('%s/sitemap/ links every section, column, department, topic, company, type and year, each a built page', (prefix) => {
    const doc = page(`${prefix}/sitemap/`);
    expect(text(doc.querySelector('h1'))).toBe(prefix ? 'Site map' : '网站地图');
    const links = new Set(doc.querySelectorAll('main a').map((a) => a.getAttribute('href')));
    for (const path of expected) expect(links, `${prefix}${path}`).toContain(`${prefix}${path}`);
    for (const href of links) expect(pageExists(href!), href!).toBe(true);
  });

  it('is in the XML sitemap in both languages', () => {
    const xml = readFileSync(join(ROOT, 'dist/sitemap-0.xml'), 'utf8');
    expect(xml).toMatch(/<loc>[^<]*\/sitemap\/<\/loc>/);
    expect(xml).toMatch(/<loc>[^<]*\/en\/sitemap\/<\/loc>/);
  });
});

describe('configured (every setting filled in), built for production', () => {
  const settings = {
    siteCode: '3704020099',
    icp: '鲁ICP备12345678号-1',
    policeRecord: '鲁公网安备37040202000123号',
    policeEmblem: '/images/gov/police-record.png',
    conacId: 'TESTID0001',
    conacImage: '/images/gov/conac.png',
    contact: {
      office: { 'zh-CN': '区委宣传部新闻科', en: 'News Section' },
      telephone: '0632-1234567',
      email: 'news@example.gov.cn',
      address: { 'zh-CN': '枣庄市市中区某路1号', en: '' },
    },
  };
  let build: BuildResult;
  beforeAll(() => {
    const dir = mkdtempSync(join(tmpdir(), 'shizhong-gov-'));
    cpSync(join(ROOT, 'tests/fixtures/content'), join(dir, 'content'), { recursive: true });
    writeFileSync(join(dir, 'settings.json'), JSON.stringify(settings));
    build = runBuild({ contentDir: join(dir, 'content'), env: { SHIZHONG_SITE_SETTINGS: join(dir, 'settings.json'), SHIZHONG_PRODUCTION: '1' } });
  });

  it('builds, warning in Chinese only about the emblem images that are not in public/', () => {
    expect(build.status, build.output).toBe(0);
    expect(build.output).toMatch(/警告：政府网站必须展示的以下信息还没有填写/);
    expect(build.output).toMatch(/开办者标识图片（conacImage）：public\/images\/gov\/conac\.png 不存在/);
    expect(build.output).not.toMatch(/ICP备案号（icp）|网站标识码（siteCode）|联系电话/);
  });

  it.each([
    ['/', 'zh-CN'],
    ['/en/', 'en'],
  ])('%s: the footer links each number to its filing system, the error report to this page, and the contacts', (path, lang) => {
    const doc = page(path, build.outDir);
    const f = footer(doc);
    const link = (name: string) => f.querySelector(`a[data-gov="${name}"]`);
    expect(link('icp')?.getAttribute('href')).toBe('https://beian.miit.gov.cn/');
    expect(text(link('icp'))).toBe(settings.icp);
    expect(link('police')?.getAttribute('href')).toBe('https://beian.mps.gov.cn/#/query/webSearch?code=37040202000123');
    expect(text(link('police'))).toBe(settings.policeRecord);
    const pageUrl = new URL(path, 'https://news.shizhong.example').toString();
    expect(link('jiucuo')?.getAttribute('href')).toBe(`https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=3704020099&url=${encodeURIComponent(pageUrl)}`);
    expect(text(f.querySelector('[data-gov="site-code"]'))).toContain('3704020099');
    expect(link('telephone')?.getAttribute('href')).toBe('tel:06321234567');
    expect(link('email')?.getAttribute('href')).toBe('mailto:news@example.gov.cn');
    // No English address given: the Chinese one, marked as Chinese.
    const address = f.querySelector('[data-gov="address"] [lang="zh-CN"]') ?? f.querySelector('[data-gov="address"] span');
    expect(text(address)).toBe(settings.contact.address['zh-CN']);
    if (lang === 'en') expect(address?.getAttribute('lang')).toBe('zh-CN');
    expect(doc.querySelector('meta[name="SiteIDCode"]')?.getAttribute('content')).toBe('3704020099');
    // The emblem images are not in public/: no broken image, no emblem link.
    expect(f.querySelectorAll('img')).toHaveLength(0);
    expect(f.querySelector('a[href^="https://bszs.conac.cn/"]')).toBeNull();
  });
});
