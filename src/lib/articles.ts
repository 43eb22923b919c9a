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

/** What the article page links to: related articles, and the previous and next in its column. */
export interface ArticleLinks<T extends ArticleMeta> {
  /**
   * Related articles: older articles sharing departments (weight 2) or
   * topics (weight 1) with `article`, best first, newest first among
   * equals, never the article itself or a translation of it.
   *
   * Older ones (later in the newest-first order: an earlier date, or the
   * same date and a later id) first, so that publishing an article does
   * not change the pages of the archive. Chosen among all articles, the
   * new one would be the "newest among equals" for every article sharing
   * its department, and each publish would render thousands of pages
   * again. This way a new article (the newest) enters only the lists of
   * articles with fewer than `limit` older related ones (the first few of
   * each department or topic), which are filled up with newer ones, best
   * first and the oldest first among equals, and there only when it scores
   * higher than those. One dated in the past also enters the lists of
   * articles just after its date where it beats the older candidates.
   * The reader gets background from before the article, as a news
   * archive can offer.
   */
  related(article: ArticleMeta, limit?: number): T[];
  /**
   * The previous (older) and next (newer) article in the same column, in
   * the order the column lists them. None when the article has no column.
   */
  neighbours(article: ArticleMeta): { prev?: T | undefined; next?: T | undefined };
}

/**
 * Index one list for {@link ArticleLinks}, once per list rather than once
 * per article page: building it is linear in the list, and a look-up
 * touches only the articles that share a department, topic or column with
 * the article. (Scanning the whole list for every article made rendering
 * grow with the square of the archive: ~115 s of 174 s at 10,000 articles.)
 * One function because the postings it builds are shared by the three
 * look-ups it returns (related, column neighbours, translations), which are
 * closures over them; each is short, and `related()` is the hot one.
 */
export function linkArticles<T extends ArticleMeta>(list: readonly T[]): ArticleLinks<T> {
  // Newest first, ties by id: a position in this order is also the tie-break among equal scores.
  const sorted = sortByDateDesc(list);
  const postings = (keys: (a: T) => readonly string[]) => {
    const map = new Map<string, number[]>();
    sorted.forEach((a, i) => {
      for (const key of new Set(keys(a))) {
        const positions = map.get(key);
        if (positions) positions.push(i);
        else map.set(key, [i]);
      }
    });
    return map;
  };
  const byDepartment = postings((a) => a.departments);
  const byTopic = postings((a) => a.topics);
  const scores = new Uint16Array(sorted.length);
  // Each article's work, as a number: the original and its translations are one work, never related to each other.
  const workIds = new Map<string, number>();
  const work = Int32Array.from(sorted, (a) => {
    const root = a.translationOf ?? a.id;
    let id = workIds.get(root);
    if (id === undefined) workIds.set(root, (id = workIds.size));
    return id;
  });
  const touched = new Int32Array(sorted.length);

  const neighbours = new Map<string, { prev?: T | undefined; next?: T | undefined }>();
  for (const [, positions] of postings((a) => (a.column ? [a.column] : []))) {
    positions.forEach((p, i) => {
      const prev = positions[i + 1];
      const next = positions[i - 1];
      neighbours.set(sorted[p]!.id, {
        prev: prev === undefined ? undefined : sorted[prev],
        next: next === undefined ? undefined : sorted[next],
      });
    });
  }

  return {
    related(article, limit = 5) {
      // Typed arrays and one pass over the articles that share something: at 10,000
      // synthetic articles each look-up touches ~3,800 of them (20 departments, 15 topics).
      let count = 0;
      const add = (positions: readonly number[] | undefined, weight: number) => {
        if (!positions) return;
        for (let i = 0; i < positions.length; i++) {
          const p = positions[i]!;
          if (scores[p] === 0) touched[count++] = p;
          scores[p] = scores[p]! + weight;
        }
      };
      for (const d of new Set(article.departments)) add(byDepartment.get(d), 2);
      for (const t of new Set(article.topics)) add(byTopic.get(t), 1);
      const own = workIds.get(article.translationOf ?? article.id) ?? -1;
      const time = article.date.getTime();
      const older = (a: T) => a.date.getTime() < time || (a.date.getTime() === time && a.id.localeCompare(article.id) > 0);
      // Keep the best `limit`: higher score first, then the earlier position (newer, then by id).
      const best: number[] = [];
      let floor = 0;
      for (let i = 0; i < count; i++) {
        const p = touched[i]!;
        const score = scores[p]!;
        if (best.length === limit) {
          const last = best[limit - 1]!;
          if (score < floor || (score === floor && p > last)) continue;
        }
        if (work[p] === own || !older(sorted[p]!)) continue;
        let at = best.length;
        while (at > 0) {
          const q = best[at - 1]!;
          if (score > scores[q]! || (score === scores[q] && p < q)) at--;
          else break;
        }
        best.splice(at, 0, p);
        if (best.length > limit) best.pop();
        if (best.length === limit) floor = scores[best[limit - 1]!]!;
      }
      if (best.length < limit) {
        // Too few older ones (the first articles of their kind): newer ones after them, the oldest first among equals.
        const newer: number[] = [];
        for (let i = 0; i < count; i++) {
          const p = touched[i]!;
          if (work[p] !== own && !older(sorted[p]!)) newer.push(p);
        }
        newer.sort((p, q) => scores[q]! - scores[p]! || q - p);
        best.push(...newer.slice(0, limit - best.length));
      }
      const result = best.map((p) => sorted[p]!);
      for (let i = 0; i < count; i++) scores[touched[i]!] = 0;
      return result;
    },
    neighbours(article) {
      return (article.column && neighbours.get(article.id)) || {};
    },
  };
}
