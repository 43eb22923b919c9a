/**
 * Lists are paginated from their oldest end, so that a page, once full,
 * keeps its articles for good.
 *
 * Why: an archive only grows at its newest end. Numbered from the newest,
 * one new article moves the last article of every page onto the next one,
 * and every page of every list it belongs to changes (renders again, is
 * uploaded again, has moved for anyone who linked it). Counted from the
 * oldest, a new article changes the list's own page (its newest articles)
 * and nothing else; once every `size` articles a numbered page appears.
 *
 * So: the articles, oldest first, are cut into chunks of `size` (chunk 1
 * the oldest). The list's own URL (no number) shows the newest two chunks,
 * newest first: between `size + 1` and `2 × size` articles once the list
 * is that long (all of it before). Each older chunk k is page k, at
 * `/…/k/`, newest first within the page. A numbered page shows nothing
 * that grows with the list (no article count, no page count), and links
 * only to pages near it, so it stays as it is while the list grows.
 */

/** One page of a list. */
export interface Page<T> {
  /** Page number counted from the oldest (1 = the oldest articles); undefined for the list's own URL (the newest). */
  number: number | undefined;
  /** The page's items, newest first. */
  items: T[];
  /** The newer page: a number, or undefined for the list's own URL; null on the list's own URL (nothing newer). */
  newer: number | undefined | null;
  /** The older page's number; undefined when this page holds the oldest items. */
  older: number | undefined;
  /** The numbered pages this page links to, newest first: near this one (on the list's own URL, the newest few and the first). */
  links: number[];
}

/** How many numbered pages either side of the current one its navigation links to. */
const NEAR = 2;

/**
 * Split a newest-first list into pages of `size` items counted from the
 * oldest (see above). The first page returned is the list's own URL; an
 * empty list still has that page, so every list URL exists. Then the
 * numbered pages, newest first.
 */
export function paginate<T>(newestFirst: readonly T[], size: number): Page<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`Page size must be a positive integer, got ${size}`);
  const n = newestFirst.length;
  const chunks = Math.max(1, Math.ceil(n / size));
  // Numbered pages 1 … last; the list's own page holds the rest (the newest one or two chunks).
  const last = Math.max(0, chunks - 2);
  // Chunk k (from the oldest) holds the items at oldest-first positions (k−1)·size … k·size−1.
  const chunk = (k: number) => newestFirst.slice(n - k * size, n - (k - 1) * size);
  const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => to - i);
  const own: Page<T> = {
    number: undefined,
    items: newestFirst.slice(0, n - last * size),
    newer: null,
    older: last > 0 ? last : undefined,
    links: last === 0 ? [] : [...new Set([...range(Math.max(1, last - 2 * NEAR), last), 1])],
  };
  const numbered = range(1, last).map(
      (k): Page<T> => ({
        number: k,
        items: chunk(k),
        newer: k < last ? k + 1 : undefined,
        older: k > 1 ? k - 1 : undefined,
        // Pages near this one; only the top few change their links when the list gains a page.
        links: range(Math.max(1, k - NEAR), Math.min(last, k + NEAR)),
      }),
    );
  return [own, ...numbered];
}
