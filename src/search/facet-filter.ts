/**
 * All six facets (department, topic, column, company, type, year) go to
 * Pagefind as one filter, `f`, whose values are `<facet>:<id>`
 * (`department:yongan-town`, `year:2023`). Pagefind writes one filter file
 * per filter and per shard, and the search page loads every one of them
 * before its first search (for the facet counts): one filter instead of
 * six is five requests fewer for a reader's first search, the same bytes.
 *
 * The search page's code keeps thinking in facets: `facetedPagefind()`
 * wraps pagefind.js and turns facet filters into Pagefind's compound form
 * (`{ all: [{ f: { any: ['department:a', 'department:b'] } }, { f: { any: ['year:2023'] } }] }`:
 * any value within a facet, every facet), and Pagefind's counts and each
 * result's filter values back into facets. The meta tags of an article
 * page are written in this form (./meta-tags.ts), and the indexer reads a
 * page's year back the same way (./shards.ts).
 */
import type { CompoundFilters, FilterCounts, PagefindFilters } from './filters';
import type { Pagefind, PagefindResponse, PagefindResult } from './page/search-client';

/** The one Pagefind filter that holds every facet's values. */
export const FACET_FILTER = 'f';

/** A facet's value as Pagefind stores it: `department:yongan-town`. */
export function facetFilterValue(facet: string, value: string): string {
  return `${facet}:${value}`;
}

/** `department:yongan-town` → ['department', 'yongan-town']; undefined for a value of another form. */
function splitValue(stored: string): [facet: string, value: string] | undefined {
  const at = stored.indexOf(':');
  return at > 0 ? [stored.slice(0, at), stored.slice(at + 1)] : undefined;
}

/** A page's stored values, by facet: `['department:a', 'year:2023']` → `{ department: ['a'], year: ['2023'] }`. */
export function facetValues(stored: readonly string[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const s of stored) {
    const split = splitValue(s);
    if (split) (out[split[0]] ??= []).push(split[1]);
  }
  return out;
}

/** Pagefind's counts of the one filter, by facet: `{ f: { 'year:2023': 2 } }` → `{ year: { '2023': 2 } }`. */
export function facetCounts(counts: FilterCounts | undefined): FilterCounts {
  const out: FilterCounts = {};
  for (const [stored, n] of Object.entries(counts?.[FACET_FILTER] ?? {})) {
    const split = splitValue(stored);
    if (split) (out[split[0]] ??= {})[split[1]] = n;
  }
  return out;
}

/** Facet filters in Pagefind's compound form over the one filter; undefined when nothing is selected. */
export function compoundFilters(filters: PagefindFilters | undefined): CompoundFilters | undefined {
  const all = Object.entries(filters ?? {})
    .filter(([, f]) => f && f.any.length > 0)
    .map(([facet, f]) => ({ [FACET_FILTER]: { any: f!.any.map((v) => facetFilterValue(facet, v)) } }));
  return all.length > 0 ? { all } : undefined;
}

/** pagefind.js as the search page's client sees it: filters, counts and results' values by facet. */
export function facetedPagefind(pagefind: Pagefind): Pagefind {
  const result = (r: PagefindResult): PagefindResult => ({
    data: async () => {
      const d = await r.data();
      return { ...d, filters: facetValues(d.filters[FACET_FILTER] ?? []) };
    },
  });
  const response = (r: PagefindResponse | null): PagefindResponse | null =>
    r && { ...r, results: r.results.map(result), filters: facetCounts(r.filters) };
  return {
    options: (o) => pagefind.options(o),
    init: () => pagefind.init(),
    mergeIndex: (path) => pagefind.mergeIndex(path),
    filters: async () => facetCounts(await pagefind.filters()),
    search: async (term, options) => {
      const filters = compoundFilters(options?.filters as PagefindFilters | undefined);
      // No `filters` key at all without a selection: pagefind.js would take `undefined` over its default.
      return response(await pagefind.search(term, { ...(options?.sort ? { sort: options.sort } : {}), ...(filters ? { filters } : {}) }));
    },
  };
}
