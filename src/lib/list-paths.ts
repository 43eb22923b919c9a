/**
 * getStaticPaths for every paginated list (department, topic, column,
 * type, year), in every locale: one implementation for all of them.
 */
import { LOCALES, localeParam, type Locale } from '../i18n/locales';
import { site } from '../site';
import { articlesForLocale, type Article } from './collections';
import { paginate, type Page } from './pagination';
import { pageParam } from './urls';
import { listPageKey } from './page-cache';

// A type alias, not an interface: Astro's props type needs an index signature.
export type ListPathProps<K> = {
  locale: Locale;
  key: K;
  page: Page<Article>;
  count: number;
};

/**
 * One path per locale × key × page. `select` picks a key's articles from
 * the locale's list; `param` names the key in the URL. A key with no
 * articles still gets its (empty) own page, so every link resolves. Each
 * page's cache key covers the key (its data entry) and what the page shows.
 */
export async function listPaths<K>(
  keys: readonly K[],
  select: (articles: Article[], key: K) => Article[],
  param: (key: K) => Record<string, string>,
): Promise<{ params: Record<string, string | undefined>; props: ListPathProps<K>; cacheKey: string }[]> {
  const paths = [];
  for (const locale of LOCALES) {
    const articles = await articlesForLocale(locale);
    for (const key of keys) {
      const selected = select(articles, key);
      for (const page of paginate(selected, site.pageSize)) {
        paths.push({
          params: { locale: localeParam(locale), ...param(key), page: pageParam(page.number) },
          props: { locale, key, page, count: selected.length },
          cacheKey: await listPageKey(locale, key, page, selected.length),
        });
      }
    }
  }
  return paths;
}
