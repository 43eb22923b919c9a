/** getStaticPaths for the per-department/topic/column feeds, in every locale. */
import { LOCALES, localeParam, type Locale } from '../i18n/locales';
import { articlesForLocale, type Article } from './collections';

export interface FeedPathProps<K> {
  locale: Locale;
  key: K;
  articles: Article[];
}

export async function feedPaths<K>(
  keys: readonly K[],
  param: (key: K) => Record<string, string>,
): Promise<{ params: Record<string, string | undefined>; props: FeedPathProps<K> }[]> {
  const paths = [];
  for (const locale of LOCALES) {
    const articles = await articlesForLocale(locale);
    for (const key of keys) paths.push({ params: { locale: localeParam(locale), ...param(key) }, props: { locale, key, articles } });
  }
  return paths;
}
