/**
 * The one URL helper: every internal link on the site is built here.
 * Paths end with a slash (the site is built as folders of index.html).
 */
import { LOCALES, localePrefix, type Locale } from '../i18n/locales.ts';
import type { ArticleType } from './article-types';

export type Route =
  | { to: 'home' }
  | { to: 'article'; slug: string }
  | { to: 'departments' }
  | { to: 'department'; id: string; page?: number | undefined }
  | { to: 'topics' }
  | { to: 'topic'; id: string; page?: number | undefined }
  | { to: 'columns' }
  | { to: 'column'; id: string; page?: number | undefined }
  | { to: 'types' }
  | { to: 'type'; type: ArticleType; page?: number | undefined }
  | { to: 'archive' }
  | { to: 'year'; year: number; page?: number | undefined }
  | { to: 'companies' }
  | { to: 'company'; id: string; page?: number | undefined }
  | { to: 'search'; query?: string }
  | { to: 'feed' }
  | { to: 'departmentFeed'; id: string }
  | { to: 'topicFeed'; id: string }
  | { to: 'columnFeed'; id: string }
  | { to: 'sitemap' }
  /** 网站地图, the HTML page (`sitemap` is the XML index). */
  | { to: 'sitemapPage' }
  | { to: 'defaultShareImage' }
  | { to: 'logo' }
  | { to: 'logoPng' }
  | { to: 'shareCard'; slug: string };

/** Files that are the same for every language (no /en prefix). */
const SHARED_FILES = {
  sitemap: '/sitemap-index.xml',
  defaultShareImage: '/images/share-default.png',
  logo: '/images/logo.svg',
  logoPng: '/images/logo.png',
} as const;

/** A list's page: the list's own URL for undefined (its newest articles), `…/n/` for page n counted from the oldest (src/lib/pagination.ts). */
function withPage(path: string, page: number | undefined): string {
  return page === undefined ? path : `${path}${page}/`;
}

function routePath(route: Route): string {
  switch (route.to) {
    case 'home':
      return '/';
    case 'article':
      return `/articles/${encodeURIComponent(route.slug)}/`;
    case 'departments':
      return '/departments/';
    case 'department':
      return withPage(`/departments/${encodeURIComponent(route.id)}/`, route.page);
    case 'topics':
      return '/topics/';
    case 'topic':
      return withPage(`/topics/${encodeURIComponent(route.id)}/`, route.page);
    case 'columns':
      return '/columns/';
    case 'column':
      return withPage(`/columns/${encodeURIComponent(route.id)}/`, route.page);
    case 'types':
      return '/types/';
    case 'type':
      return withPage(`/types/${route.type}/`, route.page);
    case 'archive':
      return '/archive/';
    case 'year':
      return withPage(`/archive/${route.year}/`, route.page);
    case 'companies':
      return '/companies/';
    case 'company':
      return withPage(`/companies/${encodeURIComponent(route.id)}/`, route.page);
    case 'sitemapPage':
      return '/sitemap/';
    case 'search':
      return route.query ? `/search/?q=${encodeURIComponent(route.query)}` : '/search/';
    case 'feed':
      return '/rss.xml';
    case 'departmentFeed':
      return `/departments/${encodeURIComponent(route.id)}/rss.xml`;
    case 'topicFeed':
      return `/topics/${encodeURIComponent(route.id)}/rss.xml`;
    case 'columnFeed':
      return `/columns/${encodeURIComponent(route.id)}/rss.xml`;
    case 'shareCard':
      return `/share/${encodeURIComponent(route.slug)}.png`;
    case 'sitemap':
    case 'defaultShareImage':
    case 'logo':
    case 'logoPng':
      return SHARED_FILES[route.to];
  }
}

/** The site-relative URL of a route in a locale, e.g. `/en/departments/yongan-town/2/`. */
export function href(locale: Locale, route: Route): string {
  if (route.to in SHARED_FILES) return routePath(route);
  return `${localePrefix(locale)}${routePath(route)}`;
}

/** The absolute URL of a route, for canonical links, feeds and the sitemap. */
export function absoluteHref(siteUrl: string, locale: Locale, route: Route): string {
  return new URL(href(locale, route), siteUrl).toString();
}

/**
 * The `[...page]` route param for a list page: undefined for the list's
 * own URL (its newest articles), '1', '2', … for the pages counted from
 * the oldest (src/lib/pagination.ts).
 */
export function pageParam(page: number | undefined): string | undefined {
  return page === undefined ? undefined : String(page);
}

/** A route's URL in every locale: the hreflang alternates of a page that exists in all of them. */
export function hrefInAllLocales(route: Route): Record<Locale, string> {
  return Object.fromEntries(LOCALES.map((l) => [l, href(l, route)])) as Record<Locale, string>;
}
