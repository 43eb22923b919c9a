/**
 * The sitemap's hreflang alternates (src/lib/sitemap-alternates.ts) against
 * @astrojs/sitemap's own i18n option, run on the same URLs: the same
 * entries, the same links in the same order.
 */
import type { SitemapItem } from '@astrojs/sitemap';
import { describe, expect, it } from 'vitest';
// The package's own generator, read from its files (its exports do not name it): the reference this replaces.
import { generateSitemap } from '../../../node_modules/@astrojs/sitemap/dist/generate-sitemap.js';
import { sitemapOptions } from '../../../src/lib/sitemap-alternates';

const SITE = 'https://news.shizhong.example';
const LOCALES = ['zh-CN', 'en'];

const paths = [
  '/',
  '/en/',
  '/archive/',
  '/en/archive/',
  '/articles/a/',
  '/articles/b/',
  '/en/articles/a/',
  '/types/report/',
  '/en/types/report/',
  '/en/types/report/2/',
  '/companies/xinyuanda/10/',
  '/companies/xinyuanda/9/',
  '/en/companies/xinyuanda/9/',
  '/search/',
  '/en/search/',
  '/404/',
  '/en/404/',
  '/admin/',
];

describe('sitemap alternates', () => {
  it('are what @astrojs/sitemap writes with its i18n option, the 404 page and the web editor left out', () => {
    const urls = paths.map((p) => `${SITE}${p}`);
    const options = sitemapOptions(SITE, LOCALES, 'zh-CN');
    const kept = urls.filter((u) => options.filter(u));
    expect(kept.some((u) => u.includes('/404/') || u.includes('/admin/'))).toBe(false);
    const reference = generateSitemap(kept, `${SITE}/`, { i18n: { defaultLocale: 'zh-CN', locales: { 'zh-CN': 'zh-CN', en: 'en' } } });
    const ours: SitemapItem[] = generateSitemap(kept, `${SITE}/`, {}).map((item: SitemapItem) => options.serialize(item));
    expect(ours).toEqual(reference);
    // Some pages have a counterpart, some do not; where the English URL sorts first, it is listed first, as the reference does.
    expect(ours.find((i) => i.url === `${SITE}/types/report/`)!.links!.map((l) => l.lang)).toEqual(['en', 'zh-CN']);
    expect(ours.find((i) => i.url === `${SITE}/articles/b/`)!.links).toBeUndefined();
  });

  it('start afresh when the same process builds again', () => {
    const options = sitemapOptions(SITE, LOCALES, 'zh-CN');
    for (const p of ['/articles/a/', '/en/articles/a/']) options.filter(`${SITE}${p}`);
    expect(options.serialize({ url: `${SITE}/articles/a/` } as SitemapItem).links).toHaveLength(2);
    // The next build has no English page of a.
    options.filter(`${SITE}/articles/a/`);
    expect(options.serialize({ url: `${SITE}/articles/a/` } as SitemapItem).links).toBeUndefined();
  });
});
