/**
 * Companies and projects (content/companies.yaml) on the built site: the
 * page per entry lists every article whose text names it, newest first,
 * with the sentence; the index groups them by kind; each article page
 * ends with the ones it names; both locales; in the sitemap. Expected
 * mentions come from the built article bodies' text, not from the code
 * that finds them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { runBuild } from '../support/build';
import { sourceArticles, sourceData } from '../support/content';
import { articleFile, CONTENT, contentWith } from '../support/fixtures';
import { fileFor, page, text } from '../support/html';

const SITE = 'https://news.shizhong.example';

interface CompanyEntry {
  id: string;
  kind: 'enterprise' | 'park' | 'project';
  name: { zh: string; en: string };
  aliases: string[];
  department: string | null;
}
const companies = parseYaml(readFileSync(join(CONTENT, 'companies.yaml'), 'utf8')) as CompanyEntry[];
const zhArticles = sourceArticles().filter((a) => (a.data.lang ?? 'zh-CN') === 'zh-CN');

/** The body text of a built article page, as a reader sees it. */
const bodyText = (path: string, root?: string) => text(page(path, root).querySelector('.article__body')).replace(/\s+/g, '');
const names = (c: CompanyEntry) => [c.name.zh, ...c.aliases];

/** The articles a company page lists: [article path, date, sentence] in page order. */
function listed(path: string, root?: string) {
  return page(path, root)
    .querySelectorAll('.mention-list > li')
    .map((li) => ({
      href: li.querySelector('h2 a')?.getAttribute('href') ?? '',
      date: li.querySelector('time')?.getAttribute('datetime') ?? '',
      sentence: text(li.querySelector('.mention')).trim(),
      marked: text(li.querySelector('.mention mark')),
    }));
}

describe('a company page', () => {
  it('新远大 lists the 2023 and the 2024 article, newest first, each with the sentence that names it', () => {
    const xinyuanda = companies.find((c) => c.name.zh === '新远大')!;
    const items = listed(`/companies/${xinyuanda.id}/`);
    expect(items.map((i) => i.date.slice(0, 4))).toEqual(expect.arrayContaining(['2023', '2024']));
    expect([...items.map((i) => i.date)].sort().reverse()).toEqual(items.map((i) => i.date));
    for (const item of items) {
      expect(item.marked).toBe('新远大');
      expect(item.sentence).toContain('新远大');
      // The sentence is the article's own, word for word, and one sentence.
      expect(bodyText(item.href)).toContain(item.sentence.replace(/\s+/g, ''));
      expect(item.sentence.slice(0, -1)).not.toMatch(/[。！？]/);
    }
    expect(page(`/companies/${xinyuanda.id}/`).querySelector('h1')?.textContent).toBe('新远大');
  });

  it.each(companies.map((c) => [c.id, c] as const))('%s lists exactly the Chinese articles whose text names it', (id, c) => {
    const expected = zhArticles.filter((a) => names(c).some((n) => bodyText(`/articles/${a.slug}/`).includes(n.replace(/\s+/g, ''))));
    const items = listed(`/companies/${id}/`);
    expect(items.map((i) => i.href).sort()).toEqual(expected.map((a) => `/articles/${a.slug}/`).sort());
    for (const item of items) expect(names(c).some((n) => item.sentence.includes(n))).toBe(true);
  });

  it('of a company that is a department already links to its department page', () => {
    for (const c of companies.filter((x) => x.department)) {
      const links = page(`/companies/${c.id}/`).querySelectorAll('.list-header a').map((a) => a.getAttribute('href'));
      expect(links).toContain(`/departments/${c.department}/`);
    }
  });

  it('exists in English too, with the English name and the Chinese articles marked as Chinese', () => {
    const c = companies.find((x) => x.name.zh === '新远大')!;
    const doc = page(`/en/companies/${c.id}/`);
    expect(doc.querySelector('html')?.getAttribute('lang')).toBe('en');
    expect(doc.querySelector('h1')?.textContent).toBe(c.name.en);
    const items = doc.querySelectorAll('.mention-list > li');
    expect(items.length).toBeGreaterThan(0);
    for (const li of items) {
      const href = li.querySelector('h2 a')?.getAttribute('href') ?? '';
      if (href.startsWith('/articles/')) {
        expect(li.getAttribute('lang')).toBe('zh-CN');
        expect(text(li.querySelector('.badge'))).toBe('中文');
      }
    }
    const alternates = doc.querySelectorAll('link[rel="alternate"][hreflang]').map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]);
    expect(alternates).toContainEqual(['zh-CN', `${SITE}/companies/${c.id}/`]);
  });
});

describe('the companies index', () => {
  it('groups every entry under its kind, 企业 · 园区 · 重点项目, each linked once', () => {
    const doc = page('/companies/');
    const groups = doc.querySelectorAll('.directory-group').map((g) => ({
      heading: text(g.querySelector('h2')),
      links: g.querySelectorAll('a').map((a) => a.getAttribute('href')),
    }));
    const kinds = { enterprise: '企业', park: '园区', project: '重点项目' } as const;
    const present = (Object.keys(kinds) as (keyof typeof kinds)[]).filter((k) => companies.some((c) => c.kind === k));
    expect(groups.map((g) => g.heading)).toEqual(present.map((k) => kinds[k]));
    for (const [i, kind] of present.entries()) {
      expect(groups[i]!.links.sort()).toEqual(companies.filter((c) => c.kind === kind).map((c) => `/companies/${c.id}/`).sort());
    }
    expect(page('/en/companies/').querySelectorAll('.directory a')).toHaveLength(companies.length);
  });

  it('is in the main navigation', () => {
    expect(page('/').querySelectorAll('.site-nav a').map((a) => a.getAttribute('href'))).toContain('/companies/');
  });
});

describe('an article page', () => {
  it.each(zhArticles.map((a) => [a.slug] as const))('%s ends with the companies and projects its text names, linked', (slug) => {
    const body = bodyText(`/articles/${slug}/`);
    const expected = companies.filter((c) => names(c).some((n) => body.includes(n.replace(/\s+/g, ''))));
    const terms = page(`/articles/${slug}/`)
      .querySelectorAll('.article__footer .terms')
      .find((t) => text(t.querySelector('.terms__label')) === '本文提到的企业与项目');
    const links = terms?.querySelectorAll('a').map((a) => [a.getAttribute('href'), text(a)]) ?? [];
    expect(links.sort()).toEqual(expected.map((c) => [`/companies/${c.id}/`, c.name.zh]).sort());
  });

  const enArticles = sourceArticles().filter((a) => a.data.lang === 'en');
  it.each(enArticles.map((a) => [a.slug] as const))('the English %s ends with the companies whose English names its text uses (in any letter case)', (slug) => {
    const body = text(page(`/en/articles/${slug}/`).querySelector('.article__body')).replace(/\s+/g, ' ');
    const expected = companies.filter((c) => new RegExp(`(?<![A-Za-z0-9])${c.name.en.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z0-9])`, 'i').test(body));
    const links = page(`/en/articles/${slug}/`)
      .querySelectorAll('.article__footer .terms')
      .find((t) => text(t.querySelector('.terms__label')) === 'Companies and projects in this article')
      ?.querySelectorAll('a')
      .map((a) => [a.getAttribute('href'), text(a)]) ?? [];
    expect(links.sort()).toEqual(expected.map((c) => [`/en/companies/${c.id}/`, c.name.en]).sort());
  });

  it('新远大 is named at the end of the 矿区街道 article', () => {
    const links = page('/articles/kuangqu-subdistrict-chen-yan/').querySelectorAll('.article__footer a').map((a) => text(a));
    expect(links).toContain('新远大');
  });
});

describe('the sitemap', () => {
  it('lists the index and every company page in both languages', () => {
    const xml = new XMLParser({ ignoreAttributes: false });
    const index = xml.parse(readFileSync(fileFor('/sitemap-index.xml'), 'utf8'));
    const maps = [index.sitemapindex.sitemap].flat().map((s: { loc: string }) => new URL(s.loc).pathname);
    const locs = new Set(maps.flatMap((p: string) => [xml.parse(readFileSync(fileFor(p), 'utf8')).urlset.url].flat().map((u: { loc: string }) => u.loc)));
    for (const prefix of ['', '/en']) {
      expect(locs.has(`${SITE}${prefix}/companies/`)).toBe(true);
      for (const c of companies) expect(locs.has(`${SITE}${prefix}/companies/${c.id}/`), c.id).toBe(true);
    }
  });
});

describe('mentions in other content', () => {
  // One build of the fixture content with an article that names a company by its alias only, and has a 责任编辑.
  const contentDir = contentWith({
    'articles/2024/company-news.md': articleFile(
      'title: 测试实业扩产\ntype: news\ndate: 2024-04-02\ndepartments: [test-town]\neditor: 王编辑',
      '今年一季度，全镇工业平稳增长。测试实业\n新上两条生产线，预计年底投产。其他企业也在扩产。',
    ),
  });
  const result = runBuild({ contentDir });
  const root = result.outDir;
  const fixtureCompanies = parseYaml(readFileSync(join(contentDir, 'companies.yaml'), 'utf8')) as CompanyEntry[];
  const industry = fixtureCompanies.find((c) => c.aliases.includes('测试实业'))!;

  it('builds', () => {
    expect(result.status, result.output.slice(-3000)).toBe(0);
  });

  it('finds an alias added to an article, across a line break, with its sentence', () => {
    const items = listed(`/companies/${industry.id}/`, root);
    expect(items).toEqual([{ href: '/articles/company-news/', date: '2024-04-02', sentence: '测试实业新上两条生产线，预计年底投产。', marked: '测试实业' }]);
    const links = page('/articles/company-news/', root).querySelectorAll('.article__footer a').map((a) => a.getAttribute('href'));
    expect(links).toContain(`/companies/${industry.id}/`);
    // An entry no article names still has its page, saying so.
    const unnamed = fixtureCompanies.find((c) => c.id !== industry.id)!;
    expect(listed(`/companies/${unnamed.id}/`, root)).toEqual([]);
    expect(text(page(`/companies/${unnamed.id}/`, root).querySelector('.empty'))).toBe('暂无文章。');
  });

  it('shows the 责任编辑 at the end of the article, after the body', () => {
    const doc = page('/articles/company-news/', root);
    const editor = doc.querySelector('.article .article__editor');
    expect(text(editor)).toBe('责任编辑：王编辑');
    const html = doc.querySelector('.article')!.innerHTML;
    expect(html.indexOf('article__editor')).toBeGreaterThan(html.indexOf('article__body'));
    expect(html.indexOf('article__editor')).toBeLessThan(html.indexOf('article__footer'));
  });

  it('stops the build when a company names a department that does not exist', () => {
    const bad = contentWith({ 'companies.yaml': readFileSync(join(contentDir, 'companies.yaml'), 'utf8').replace('department: test-bureau', 'department: no-such-bureau') });
    const r = runBuild({ contentDir: bad });
    expect(r.status).not.toBe(0);
    expect(r.output).toContain(`${bad}/companies.yaml`);
    expect(r.output).toContain('no-such-bureau');
    expect(r.output).toContain(`${bad}/departments.yaml`);
  });
});

describe('the source articles', () => {
  it('name no 责任编辑, as their papers print none', () => {
    for (const a of sourceArticles()) {
      expect(a.data.editor, a.file).toBeUndefined();
      expect(page(`${a.data.lang === 'en' ? '/en' : ''}/articles/${a.slug}/`).querySelector('.article__editor'), a.file).toBeNull();
    }
  });
});

// sourceData is the data files as written; the departments linked above must exist there.
describe('companies.yaml', () => {
  it('links only to departments that exist', () => {
    const ids = new Set(sourceData('departments').map((d) => d.id));
    for (const c of companies) if (c.department) expect(ids.has(c.department), c.id).toBe(true);
  });
});
