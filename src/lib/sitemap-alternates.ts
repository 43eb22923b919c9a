/**
 * The sitemap's hreflang alternates (a page and its counterpart at the same
 * path under /en/), as @astrojs/sitemap's own `i18n` option writes them,
 * but found through a set of the sitemap's URLs: the option compares every
 * URL with every other (sitemap 3.7's createGetI18nLinks), 6.7 s for the
 * ~40,000 pages of 10,000 articles and growing with the square of the
 * pages (hours at 100,000 articles).
 *
 * sitemapOptions() gives the integration's `filter` and `serialize`: the
 * filter sees every URL before anything is serialized and keeps the set.
 */
import type { SitemapItem } from '@astrojs/sitemap';

/** What the sitemap leaves out: the 404 page and the web editor. */
function listed(url: string): boolean {
  const path = new URL(url).pathname;
  return !/\/404\/?$/.test(path) && !path.startsWith('/admin/');
}

export function sitemapOptions(siteUrl: string, locales: readonly string[], defaultLocale: string) {
  const base = new URL('/', siteUrl).href.replace(/\/$/, '');
  const others = locales.filter((l) => l !== defaultLocale);
  let urls = new Set<string>();
  let serializing = false;

  /** The page's path without its locale prefix, as @astrojs/sitemap's parseI18nUrl reads it. */
  const pathOf = (url: string): string | undefined => {
    if (!url.startsWith(base)) return undefined;
    const s = url.slice(base.length) || '/';
    const first = s.split('/')[1] ?? '';
    return others.includes(first) ? s.slice(1 + first.length) || '/' : s;
  };
  const urlOf = (locale: string, path: string) => `${base}${locale === defaultLocale ? '' : `/${locale}`}${path}`;

  return {
    filter(url: string): boolean {
      // A new build (the same process may build twice): start a new set.
      if (serializing) {
        urls = new Set();
        serializing = false;
      }
      const keep = listed(url);
      if (keep) urls.add(url);
      return keep;
    },
    serialize(item: SitemapItem): SitemapItem {
      serializing = true;
      const path = pathOf(item.url);
      if (path === undefined) return item;
      const links = locales
        .map((lang) => ({ url: urlOf(lang, path), lang }))
        .filter((link) => urls.has(link.url))
        .sort((a, b) => a.url.localeCompare(b.url, 'en', { numeric: true }));
      return links.length > 1 ? { ...item, links } : item;
    },
  };
}
