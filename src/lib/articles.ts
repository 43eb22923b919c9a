/**
 * Pure queries over article metadata: sorting, filtering, grouping,
 * related articles and previous/next in a column. No Astro imports, so
 * every function here has a unit test.
 */
import type { Locale } from '../i18n/locales';
import type { ArticleType } from './article-types';
import type { DatePrecision } from './dates';
import { yearOf } from './dates';

export interface ArticleMeta {
  id: string;
  slug: string;
  lang: Locale;
  title: string;
  kicker?: string | undefined;
  subtitle?: string | undefined;
  date: Date;
  datePrecision: DatePrecision;
  type: ArticleType;
  column?: string | undefined;
  departments: string[];
  topics: string[];
  summary: string;
  /** For a translation: the id of the original. */
  translationOf?: string | undefined;
}

/** Newest first; same date by id, so the order never depends on file order. */
export function sortByDateDesc<T extends Pick<ArticleMeta, 'date' | 'id'>>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => b.date.getTime() - a.date.getTime() || a.id.localeCompare(b.id));
}

export function byDepartment<T extends ArticleMeta>(list: readonly T[], id: string): T[] {
  return list.filter((a) => a.departments.includes(id));
}
export function byTopic<T extends ArticleMeta>(list: readonly T[], id: string): T[] {
  return list.filter((a) => a.topics.includes(id));
}
export function byColumn<T extends ArticleMeta>(list: readonly T[], id: string): T[] {
  return list.filter((a) => a.column === id);
}
export function byType<T extends ArticleMeta>(list: readonly T[], type: ArticleType): T[] {
  return list.filter((a) => a.type === type);
}
export function byYear<T extends ArticleMeta>(list: readonly T[], year: number): T[] {
  return list.filter((a) => yearOf(a.date) === year);
}

/** How many articles carry each key (a department id, topic id, …). */
export function countBy(list: readonly ArticleMeta[], keys: (a: ArticleMeta) => readonly (string | undefined)[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const article of list) {
    for (const key of new Set(keys(article))) {
      if (key !== undefined) counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return counts;
}

/** The years that have articles, newest first. */
export function yearsOf(list: readonly ArticleMeta[]): number[] {
  return [...new Set(list.map((a) => yearOf(a.date)))].sort((a, b) => b - a);
}

/** The article itself and every translation of it or of its original: the same text in any language. */
function sameWork(a: ArticleMeta, b: ArticleMeta): boolean {
  const rootA = a.translationOf ?? a.id;
  const rootB = b.translationOf ?? b.id;
  return rootA === rootB;
}

/**
 * Related articles: those sharing departments (weight 2) or topics
 * (weight 1) with `article`, best first, newest first among equals.
 */
export function relatedArticles(list: readonly ArticleMeta[], article: ArticleMeta, limit = 5): ArticleMeta[] {
  const scored = list
    .filter((other) => !sameWork(other, article))
    .map((other) => ({
      other,
      score:
        2 * other.departments.filter((d) => article.departments.includes(d)).length +
        other.topics.filter((t) => article.topics.includes(t)).length,
    }))
    .filter((s) => s.score > 0);
  scored.sort(
    (x, y) => y.score - x.score || y.other.date.getTime() - x.other.date.getTime() || x.other.id.localeCompare(y.other.id),
  );
  return scored.slice(0, limit).map((s) => s.other);
}

/**
 * The previous (older) and next (newer) article in the same column, in
 * the order the column lists them. None when the article has no column.
 */
export function columnNeighbours(
  list: readonly ArticleMeta[],
  article: ArticleMeta,
): { prev?: ArticleMeta | undefined; next?: ArticleMeta | undefined } {
  if (!article.column) return {};
  const column = sortByDateDesc(byColumn(list, article.column));
  const i = column.findIndex((a) => a.id === article.id);
  if (i < 0) return {};
  return { prev: column[i + 1], next: column[i - 1] };
}
