import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexSite } from '../../../src/search/indexing/index-site';
import { groupYears, indexedParts, placeOf, shardDir, shardKey } from '../../../src/search/shards';
import { yearsInOrder } from '../../../src/search/filters';

/** An article page as the site builds it, reduced to what matters here. */
function articlePage(o: { lang?: string; year: string; title: string; body: string; related?: string }): string {
  return (
    `<!DOCTYPE html><html lang="${o.lang ?? 'zh-CN'}"><head><title>${o.title}</title>` +
    `<meta name="pagefind-filter-f" content="year:${o.year}" data-pagefind-filter="f[content]">` +
    `<meta content="${o.title}" data-pagefind-meta="title[content]">` +
    `<meta content="${o.year}-05-26" data-pagefind-sort="date[content]"></head>` +
    `<body><header><a href="/">市中新闻</a></header><main><article data-pagefind-body><h1>${o.title}</h1><p>${o.body}</p></article>` +
    `<section data-pagefind-ignore="all"><h2>相关文章</h2>${o.related ?? ''}</section></main></body></html>`
  );
}

describe('search index shards', () => {
  it('reads the language and year of a page', () => {
    expect(placeOf(articlePage({ year: '2023', title: 'a', body: 'b' }))).toEqual({ lang: 'zh-cn', year: '2023' });
    expect(placeOf(articlePage({ lang: 'en', year: '2024', title: 'a', body: 'b' }))).toEqual({ lang: 'en', year: '2024' });
    expect(placeOf('<html lang="zh-CN"><body>no year</body></html>')).toBeUndefined();
  });

  it('groups whole years from the oldest on, up to the page limit, so older shards stay as they are', () => {
    const perYear = { '2019': 1400, '2020': 1500, '2021': 1450, '2022': 1300, '2023': 3500, '2024': 200 };
    expect(groupYears(perYear, 3000)).toEqual([['2019', '2020'], ['2021', '2022'], ['2023'], ['2024']]);
    // The current year growing changes only the last shard.
    expect(groupYears({ ...perYear, '2024': 900, '2025': 50 }, 3000)).toEqual([['2019', '2020'], ['2021', '2022'], ['2023'], ['2024', '2025']]);
    expect(groupYears({ '2023': 14, '2024': 3 }, 3000)).toEqual([['2023', '2024']]);
    expect(shardDir('zh-cn', ['2019', '2020'])).toBe('zh-cn/2019-2020');
    expect(shardDir('en', ['2024'])).toBe('en/2024');
  });

  it('keys a shard by what Pagefind reads: body and meta tags change the key, related lists do not', () => {
    const page = (o: Partial<Parameters<typeof articlePage>[0]>) =>
      ({ path: 'articles/a/index.html', parts: indexedParts(articlePage({ year: '2023', title: '招商引资', body: '正文。', ...o })) });
    const key = shardKey('v1', [page({})]);
    expect(shardKey('v1', [page({ related: '<a href="/articles/new/">新文章</a>' })])).toBe(key);
    expect(shardKey('v1', [page({ body: '改过的正文。' })])).not.toBe(key);
    expect(shardKey('v1', [page({ title: '新标题' })])).not.toBe(key);
    expect(shardKey('v2', [page({})])).not.toBe(key);
  });

  it('orders the years to search as the sort asks, keeping only selected years', () => {
    expect(yearsInOrder(['2024', '2023', '2022'], [], { date: 'desc' })).toEqual(['2024', '2023', '2022']);
    expect(yearsInOrder(['2024', '2023', '2022'], [], { date: 'asc' })).toEqual(['2022', '2023', '2024']);
    expect(yearsInOrder(['2024', '2023', '2022'], ['2022', '2024'], { date: 'desc' })).toEqual(['2024', '2022']);
  });

  it('indexes each shard once, and again only when its pages change', async () => {
    const site = mkdtempSync(join(tmpdir(), 'shizhong-shards-'));
    const cache = mkdtempSync(join(tmpdir(), 'shizhong-shards-cache-'));
    const write = (slug: string, html: string) => {
      mkdirSync(join(site, 'articles', slug), { recursive: true });
      writeFileSync(join(site, 'articles', slug, 'index.html'), html);
    };
    write('a', articlePage({ year: '2023', title: '招商引资会议', body: '全力推进招商引资工作。' }));
    write('b', articlePage({ year: '2023', title: '营商环境', body: '持续优化营商环境。' }));
    write('c', articlePage({ year: '2024', title: '新远大', body: '新远大项目签约。' }));
    // The site's index.html marks a built site.
    writeFileSync(join(site, 'index.html'), '<html lang="zh-CN"></html>');

    // Shards of at most 2 pages: 2023 (2 pages) and 2024 (1 page) apart.
    const first = await indexSite(site, cache, 2);
    expect(first).toMatchObject({ pages: 3, shards: 2, reused: 0, languages: { 'zh-cn': 3 } });
    expect(readdirSync(join(site, 'pagefind', 'zh-cn')).sort()).toEqual(['2023', '2024']);

    expect(await indexSite(site, cache, 2)).toMatchObject({ pages: 3, shards: 2, reused: 2 });

    // A new related article on a 2024 page: not indexed text, so still reused.
    write('c', articlePage({ year: '2024', title: '新远大', body: '新远大项目签约。', related: '<a href="/articles/a/">招商引资会议</a>' }));
    expect(await indexSite(site, cache, 2)).toMatchObject({ shards: 2, reused: 2 });

    // A corrected 2023 body: that year is indexed again, 2024 is reused.
    write('b', articlePage({ year: '2023', title: '营商环境', body: '持续优化营商环境，提升服务。' }));
    expect(await indexSite(site, cache, 2)).toMatchObject({ pages: 3, shards: 2, reused: 1 });

    // With room for all three pages, one shard for both years.
    expect(await indexSite(site, cache, 3000)).toMatchObject({ pages: 3, shards: 1, reused: 0 });
    expect(readdirSync(join(site, 'pagefind', 'zh-cn'))).toEqual(['2023-2024']);
  }, 60_000);

  it('builds the same index with shards built at once in worker threads as one after another', async () => {
    const site = mkdtempSync(join(tmpdir(), 'shizhong-shards-jobs-'));
    const years = ['2021', '2022', '2023', '2024'];
    for (const [i, year] of years.entries()) {
      mkdirSync(join(site, 'articles', `p${i}`), { recursive: true });
      writeFileSync(join(site, 'articles', `p${i}`, 'index.html'), articlePage({ year, title: `第${i}篇：招商引资`, body: `${year}年全力推进招商引资工作，持续优化营商环境。` }));
    }
    writeFileSync(join(site, 'index.html'), '<html lang="zh-CN"></html>');
    const files = (dir: string) =>
      readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((f) => f.includes('.'))
        .sort()
        .map((f) => [f, readFileSync(join(dir, f)).toString('base64')]);

    const one = await indexSite(site, mkdtempSync(join(tmpdir(), 'shizhong-jobs-1-')), 1, 1);
    const sequential = files(join(site, 'pagefind'));
    const copy = mkdtempSync(join(tmpdir(), 'shizhong-jobs-copy-'));
    cpSync(join(site, 'pagefind'), copy, { recursive: true });
    const two = await indexSite(site, mkdtempSync(join(tmpdir(), 'shizhong-jobs-2-')), 1, 2);
    expect(two).toMatchObject({ pages: 4, shards: 4, reused: 0 });
    expect(one).toMatchObject({ pages: 4, shards: 4, reused: 0 });
    expect(files(join(site, 'pagefind'))).toEqual(sequential);
    expect(sequential.length).toBeGreaterThan(20);
  }, 60_000);
});
