/**
 * What the search index knows about an article page beyond its text: the
 * filter values it can be narrowed by, the fields a result shows, and the
 * key results are sorted by. Rendered as `<meta>` tags in the page's head
 * (./SearchMetaTags.astro, tags defined in ./meta-tags.ts), which Pagefind reads with
 * the `key[content]` form.
 *
 * Filter values are ids (language-neutral, the same as in the site's
 * URLs); the search page shows them with the names of its own language.
 * The fields shown in results (date, departments) are already in the
 * page's language.
 */
import { joinNames } from '../i18n';
import type { Locale } from '../i18n/locales';
import type { ArticleMeta } from '../lib/articles';
import { formatDate, isoDate, yearOf } from '../lib/dates';
import type { FilterKey } from './state';

export interface SearchRecord {
  filters: Record<FilterKey, string[]>;
  /** Fields of a result: title, date as readers see it, ISO date, departments' names, summary. */
  meta: { title: string; date: string; datetime: string; departments: string; summary: string };
  /** Sort keys: `date` is the day as YYYY-MM-DD (a month-only date sorts as its first day). */
  sort: { date: string };
}


export function articleSearchRecord(
  article: ArticleMeta,
  locale: Locale,
  departmentName: (id: string) => string | undefined,
  /** Ids of the companies and projects the article names (src/lib/companies.ts). */
  companies: readonly string[] = [],
): SearchRecord {
  const departmentNames = article.departments.map(departmentName).filter((n) => n !== undefined);
  return {
    filters: {
      department: [...article.departments],
      topic: [...article.topics],
      column: article.column ? [article.column] : [],
      company: [...companies],
      type: [article.type],
      year: [String(yearOf(article.date))],
    },
    meta: {
      title: article.title,
      date: formatDate(article.date, locale, article.datePrecision),
      datetime: isoDate(article.date, article.datePrecision),
      departments: joinNames(departmentNames, locale),
      summary: article.summary,
    },
    sort: { date: isoDate(article.date, 'day') },
  };
}
