/** One page of a list. */
export interface Page<T> {
  /** 1-based page number. */
  number: number;
  /** How many pages the list has (at least 1, even when empty). */
  total: number;
  items: T[];
  /** 1-based position of the first item on this page in the whole list. */
  firstIndex: number;
}

/**
 * Split a list into pages of `size` items. An empty list still has one
 * (empty) page, so every list URL exists.
 */
export function paginate<T>(items: readonly T[], size: number): Page<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`Page size must be a positive integer, got ${size}`);
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, i) => ({
    number: i + 1,
    total,
    items: items.slice(i * size, (i + 1) * size),
    firstIndex: i * size + 1,
  }));
}
