/**
 * What feed readers, search engines and share previews get: feeds parsed
 * with a real feed parser, the sitemap parsed as XML, JSON-LD and the
 * meta tags of real pages.
 */
import { existsSync, readFileSync } from 'node:fs';
import sharp from 'sharp';
import { XMLParser } from 'fast-xml-parser';
import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import { sourceArticles, sourceData } from '../support/content';
import { fileFor, page, pageExists } from '../support/html';

const SITE = 'https://news.shizhong.example';
const parser = new Parser({ customFields: { feed: ['lastBuildDate'], item: [['dc:creator', 'creator'], ['dc:date', 'dcDate']] } });
const precision = (a: { data: Record<string, unknown> }) => (a.data.datePrecision === 'month' ? 'month' : 'day');
const day = (a: { data: Record<string, unknown> }) => new Date(a.data.date as string).toISOString().slice(0, 10);
const zh = sourceArticles().filter((a) => (a.data.lang ?? 'zh-CN') === 'zh-CN');
const en = sourceArticles().filter((a) => a.data.lang === 'en');
const departments = sourceData('departments');
const topics = sourceData('topics');
const columns = sourceData('columns');

async function feed(path: string) {
  return parser.parseString(readFileSync(fileFor(path), 'utf8'));
}

describe('RSS feeds', () => {
  it('the site feed has every Chinese article with title, link, date, author, categories and summary', async () => {
    const f = await feed('/rss.xml');
    expect(f.title).toBe('市中新闻');
    expect(f.items).toHaveLength(zh.length);
    for (const item of f.items) {
      expect(item.title).toBeTruthy();
      expect(item.link).toMatch(new RegExp(`^${SITE}/articles/[a-z0-9-]+/$`));
      // A day: the start of that day in China. A month: no pubDate (RFC 822 would say the 1st), the month as dc:date.
      const source = zh.find((a) => item.link === `${SITE}/articles/${a.slug}/`)!;
      if (precision(source) === 'day') {
        expect(item.pubDate).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} 00:00:00 \+0800$/);
        expect(new Date(Date.parse(item.pubDate!) + 8 * 3600_000).toISOString().slice(0, 10)).toBe(day(source));
      } else {
        expect(item.pubDate).toBeUndefined();
        expect((item as { dcDate?: string }).dcDate).toBe(day(source).slice(0, 7));
      }
      expect(item.contentSnippet ?? item.content).toBeTruthy();
      expect(item.categories?.length).toBeGreaterThan(0);
    }
    const yongan = f.items.find((i) => i.link === `${SITE}/articles/yongan-town-li-feng/`)!;
    expect((yongan as { creator?: string }).creator).toBe('记者 李森 通讯员 张修阳');
    expect(yongan.categories).toContain('永安镇');
    expect(yongan.categories).toContain('强工兴产 转型突围');
    expect(zh.some((a) => precision(a) === 'month') && zh.some((a) => precision(a) === 'day')).toBe(true);
  });

  it('every feed says when it last changed: the date of its newest item, not the time of the build', async () => {
    const newest = (list: typeof zh) => list.map((a) => String(a.data.updated ?? day(a))).sort().at(-1)!;
    for (const [path, list] of [
      ['/rss.xml', zh],
      ['/en/rss.xml', en],
    ] as const) {
      const f = (await feed(path)) as { lastBuildDate?: string };
      expect(f.lastBuildDate, path).toMatch(/ 00:00:00 \+0800$/);
      expect(new Date(Date.parse(f.lastBuildDate!) + 8 * 3600_000).toISOString().slice(0, 10), path).toBe(newest(list));
    }
  });

  it('the English site feed has exactly the English articles', async () => {
    const f = await feed('/en/rss.xml');
    expect(f.title).toBe('Shizhong News');
    expect(f.items.map((i) => i.link).sort()).toEqual(en.map((a) => `${SITE}/en/articles/${a.slug}/`).sort());
  });

  it('each department, topic and column has a feed in both languages with exactly its articles', async () => {
    for (const [kind, list, field] of [
      ['departments', departments, 'departments'],
      ['topics', topics, 'topics'],
      ['columns', columns, 'column'],
    ] as const) {
      for (const item of list) {
        const f = await feed(`/${kind}/${item.id}/rss.xml`);
        const expected = zh
          .filter((a) => (field === 'column' ? a.data.column === item.id : (a.data[field] ?? []).includes(item.id)))
          .map((a) => `${SITE}/articles/${a.slug}/`)
          .sort();
        expect(f.items.map((i) => i.link).sort(), `${kind}/${item.id}`).toEqual(expected);
        expect(f.title).toBe(`${item.name.zh} - 市中新闻`);
        expect(pageExists(`/en/${kind}/${item.id}/rss.xml`)).toBe(true);
      }
    }
  });

  it('is announced on the matching pages', () => {
    const home = page('/').querySelector('link[rel="alternate"][type="application/rss+xml"]');
    expect(home?.getAttribute('href')).toBe('/rss.xml');
    const dept = page('/departments/yongan-town/').querySelectorAll('link[rel="alternate"][type="application/rss+xml"]');
    expect(dept.map((l) => l.getAttribute('href'))).toContain('/departments/yongan-town/rss.xml');
    const enTopic = page('/en/topics/investment-promotion/').querySelectorAll('link[rel="alternate"][type="application/rss+xml"]');
    expect(enTopic.map((l) => l.getAttribute('href'))).toContain('/en/topics/investment-promotion/rss.xml');
  });
});

describe('sitemap and robots.txt', () => {
  const xml = new XMLParser({ ignoreAttributes: false });

  it('lists every article page, with hreflang alternates for translated ones', () => {
    const index = xml.parse(readFileSync(fileFor('/sitemap-index.xml'), 'utf8'));
    const sitemaps = [index.sitemapindex.sitemap].flat().map((s: { loc: string }) => new URL(s.loc).pathname);
    const urls = sitemaps.flatMap((p: string) => [xml.parse(readFileSync(fileFor(p), 'utf8')).urlset.url].flat());
    const locs = new Map(urls.map((u: { loc: string }) => [u.loc, u]));
    for (const a of zh) expect(locs.has(`${SITE}/articles/${a.slug}/`), a.slug).toBe(true);
    for (const a of en) {
      const entry = locs.get(`${SITE}/en/articles/${a.slug}/`) as Record<string, unknown>;
      const links = [entry['xhtml:link']].flat() as Record<string, string>[];
      expect(links.map((l) => [l['@_hreflang'], l['@_href']])).toContainEqual(['zh-CN', `${SITE}/articles/${a.slug}/`]);
    }
    expect([...locs.keys()].some((l) => l.includes('404'))).toBe(false);
  });

  it('robots.txt points at the sitemap', () => {
    expect(readFileSync(fileFor('/robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
  });

  it('every page has a canonical URL on the configured site', () => {
    for (const path of ['/', '/articles/yongan-town-li-feng/', '/en/departments/', '/topics/investment-promotion/']) {
      expect(page(path).querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${SITE}${path}`);
    }
  });
});

describe('structured data and meta tags', () => {
  it.each(zh.map((a) => [a.slug, a] as const))('%s has valid NewsArticle JSON-LD and government meta tags', (slug, a) => {
    const doc = page(`/articles/${slug}/`);
    const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
    expect(scripts).toHaveLength(1);
    const data = JSON.parse(scripts[0]!.textContent);
    expect(data['@context']).toBe('https://schema.org');
    expect(data['@type']).toBe('NewsArticle');
    expect(data.headline).toBe(a.data.title);
    // China's offset, and a month-precision date as the month, not the 1st.
    expect(data.datePublished).toBe(precision(a) === 'month' ? day(a).slice(0, 7) : `${day(a)}T00:00:00+08:00`);
    expect(data.dateModified).toMatch(/^\d{4}-\d{2}(-\d{2}T00:00:00\+08:00)?$/);
    expect(data.publisher.logo).toEqual({ '@type': 'ImageObject', url: `${SITE}/images/logo.png`, width: 512, height: 512 });
    expect(data.inLanguage).toBe('zh-CN');
    expect(data.author.length).toBeGreaterThan(0);
    expect(data.publisher.name).toBe('中共枣庄市市中区委宣传部');
    expect(data.image[0]).toMatch(/^https:\/\/.+\.png$/);
    const meta = (name: string) => doc.querySelector(`meta[name="${name}"]`)?.getAttribute('content');
    const prop = (name: string) => doc.querySelector(`meta[property="${name}"]`)?.getAttribute('content');
    expect(meta('ArticleTitle')).toBe(a.data.title);
    expect(meta('SiteName')).toBe('市中新闻');
    expect(meta('PubDate')).toBe(precision(a) === 'month' ? day(a).slice(0, 7) : `${day(a)} 00:00`);
    expect(prop('article:published_time')).toBe(precision(a) === 'month' ? undefined : `${day(a)}T00:00:00+08:00`);
    expect(prop('og:image:alt')).toContain(a.data.title);
    expect(meta('twitter:image:alt')).toBe(prop('og:image:alt'));
    expect(meta('ColumnName')).toBeTruthy();
    expect(meta('ContentSource')).toBeTruthy();
    expect(meta('description')).toBeTruthy();
    expect(prop('og:title')).toBe(a.data.title);
    expect(prop('og:type')).toBe('article');
    expect(prop('og:image')).toMatch(/^https:\/\/.+\.png$/);
    expect(doc.querySelector('meta[name="twitter:card"]')?.getAttribute('content')).toBe('summary_large_image');
  });

  it('takes the description from the first paragraph, and skips the letter’s salutation', () => {
    const description = page('/articles/letter-to-science-workers/').querySelector('meta[name="description"]')?.getAttribute('content');
    expect(description).toMatch(/^仲夏时节，万物竞秀。/);
  });

  it('names the source of the 我为群众办实事 reports as ContentSource', () => {
    const doc = page('/articles/wenhualu-subdistrict-home-visits/');
    expect(doc.querySelector('meta[name="ContentSource"]')?.getAttribute('content')).toBe('区创建“满意市中”工作专班');
  });

  it('marks an English translation as English and links the original', () => {
    const data = JSON.parse(page('/en/articles/letter-to-science-workers/').querySelector('script[type="application/ld+json"]')!.textContent);
    expect(data.inLanguage).toBe('en');
    expect(data.translationOfWork['@id']).toBe(`${SITE}/articles/letter-to-science-workers/`);
  });
});

describe('share cards', () => {
  const all = sourceArticles();

  it('every article page shares its own 1200×630 card, different from the others and from the default', async () => {
    const seen = new Set<string>();
    const fallback = readFileSync(fileFor('/images/share-default.png')).toString('base64');
    for (const a of all) {
      const prefix = a.data.lang === 'en' ? '/en' : '';
      const doc = page(`${prefix}/articles/${a.slug}/`);
      const og = doc.querySelector('meta[property="og:image"]')!.getAttribute('content')!;
      expect(og).toBe(`${SITE}${prefix}/share/${a.slug}.png`);
      const file = fileFor(new URL(og).pathname);
      expect(existsSync(file), og).toBe(true);
      const meta = await sharp(file).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
      const bytes = readFileSync(file).toString('base64');
      expect(bytes).not.toBe(fallback);
      expect(seen.has(bytes), og).toBe(false);
      seen.add(bytes);
    }
  });

  it('ships the site logo and the default share image', () => {
    for (const path of ['/images/logo.svg', '/images/logo.png', '/images/share-default.png']) expect(existsSync(fileFor(path)), path).toBe(true);
  });
});

describe('JSON-LD of the pages that are not articles', () => {
  const jsonLd = (path: string) => {
    const scripts = page(path).querySelectorAll('script[type="application/ld+json"]');
    expect(scripts, path).toHaveLength(1);
    return JSON.parse(scripts[0]!.textContent);
  };

  it.each([
    ['/', 'zh-CN'],
    ['/en/', 'en'],
  ])('%s is a WebSite whose search is a SearchAction to its search page', (path, lang) => {
    const data = jsonLd(path);
    expect(data['@type']).toBe('WebSite');
    expect(data.inLanguage).toBe(lang);
    expect(data.potentialAction.target.urlTemplate).toBe(`${SITE}${path}search/?q={search_term_string}`);
    expect(data.publisher.logo.url).toBe(`${SITE}/images/logo.png`);
  });

  it.each(['/columns/qianggong-xingchan/', '/en/topics/investment-promotion/', '/archive/2024/', '/types/interview/', '/departments/', '/en/archive/'])(
    '%s is a CollectionPage listing exactly the links of its list, in order',
    (path) => {
      const data = jsonLd(path);
      expect(data['@type']).toBe('CollectionPage');
      expect(data.url).toBe(`${SITE}${path}`);
      const items = data.mainEntity.itemListElement as { position: number; url: string }[];
      const shown = page(path)
        .querySelectorAll('main :is(.article-item__title a, .directory a)')
        .map((a) => `${SITE}${a.getAttribute('href')}`);
      expect(items.map((i) => i.url)).toEqual(shown);
      expect(items.map((i) => i.position)).toEqual(shown.map((_, i) => i + 1));
    },
  );

  it('a company page is a CollectionPage about the company, listing its articles', () => {
    const data = jsonLd('/companies/xinyuanda/');
    expect(data['@type']).toBe('CollectionPage');
    expect(data.about).toMatchObject({ '@type': 'Organization' });
    expect(data.mainEntity.itemListElement.length).toBeGreaterThan(0);
    for (const item of data.mainEntity.itemListElement) expect(pageExists(new URL(item.url).pathname), item.url).toBe(true);
  });
});
