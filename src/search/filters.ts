/**
 * From the search page's state to Pagefind's filter and sort options, and
 * from Pagefind's counts back to the facet lists a reader sees.
 *
 * Facets combine the way readers expect: several values of one facet
 * widen the search (永安镇 or 矿区街道), different facets narrow it
 * (永安镇 and 2023年). The count next to a value says how many results
 * there would be with that value ticked, so for a facet that already has
 * a selection it is counted without that facet's own selection
 * (one extra Pagefind search per facet in use).
 */
import { FILTER_KEYS, type FilterKey, type SelectedFilters, type SortOrder } from './state';

/** Pagefind's filter option: `{ department: { any: ['a', 'b'] }, year: { any: ['2023'] } }`. */
export type PagefindFilters = Partial<Record<FilterKey, { any: string[] }>>;
/** Pagefind's compound filter form, every entry to match: how ./facet-filter.ts passes the facets to Pagefind. */
export type CompoundFilters = { all: Record<string, { any: string[] }>[] };
/** Pagefind's sort option, on the `date` sort key of the article pages. */
export type PagefindSort = { date: 'asc' | 'desc' };
/** Counts per filter value, as Pagefind returns them: `{ department: { 'yongan-town': 3 } }`. */
export type FilterCounts = Record<string, Record<string, number>>;

/** The Pagefind filters for a selection, leaving out one facet when counting that facet. */
export function pagefindFilters(selected: SelectedFilters, except?: FilterKey): PagefindFilters {
  const out: PagefindFilters = {};
  for (const key of FILTER_KEYS) {
    if (key === except || selected[key].length === 0) continue;
    out[key] = { any: [...selected[key]] };
  }
  return out;
}

/** Pagefind's sort for an order. Relevance is Pagefind's own ranking, which needs a query; without one, newest first. */
export function pagefindSort(order: SortOrder, hasQuery: boolean): PagefindSort | undefined {
  if (order === 'oldest') return { date: 'asc' };
  if (order === 'relevance' && hasQuery) return undefined;
  return { date: 'desc' };
}

/**
 * The years to search one by one, in the order of `sort`, so that results
 * from the index's shards of whole years come out in date order (Pagefind
 * merges shards by relevance). Only the selected years when there is a selection.
 */
export function yearsInOrder(indexedYears: readonly string[], selected: readonly string[], sort: PagefindSort): string[] {
  const years = selected.length > 0 ? indexedYears.filter((y) => selected.includes(y)) : [...indexedYears];
  return years.sort((a, b) => (sort.date === 'asc' ? a.localeCompare(b) : b.localeCompare(a)));
}

/** The facets that need a search of their own for their counts: those with a selection. */
export function facetsToCount(selected: SelectedFilters): FilterKey[] {
  return FILTER_KEYS.filter((key) => selected[key].length > 0);
}

/**
 * The counts to show per facet: from the facet's own search where it has
 * one (its selection left out), otherwise from the main search.
 */
export function facetCounts(main: FilterCounts, own: Partial<Record<FilterKey, FilterCounts>>): Record<FilterKey, Record<string, number>> {
  const out = {} as Record<FilterKey, Record<string, number>>;
  for (const key of FILTER_KEYS) out[key] = { ...(own[key]?.[key] ?? main[key] ?? {}) };
  return out;
}

/** One value of a facet as the page lists it. */
export interface FacetOption {
  value: string;
  label: string;
  count: number;
  selected: boolean;
}

/**
 * The values of a facet to list: those with results, and those selected
 * (even when nothing is left for them, so they can be unticked). Ordered
 * as `labels` lists them (the order of the data files, years newest
 * first); values missing from `labels` come last, by value, labelled by
 * their value.
 */
export function facetOptions(
  counts: Record<string, number>,
  labels: readonly (readonly [value: string, label: string])[],
  selected: readonly string[],
): FacetOption[] {
  const order = new Map(labels.map(([value], i) => [value, i]));
  const names = new Map(labels);
  const values = new Set([...Object.keys(counts).filter((v) => (counts[v] ?? 0) > 0), ...selected]);
  return [...values]
    .map((value) => ({ value, label: names.get(value) ?? value, count: counts[value] ?? 0, selected: selected.includes(value) }))
    .sort((a, b) => {
      const ia = order.get(a.value) ?? Number.POSITIVE_INFINITY;
      const ib = order.get(b.value) ?? Number.POSITIVE_INFINITY;
      return ia - ib || a.value.localeCompare(b.value);
    });
}

/** How many options a facet shows before "show all": the selected ones always, else the first `limit`. */
export function visibleOptions(options: readonly FacetOption[], limit: number, expanded: boolean): FacetOption[] {
  if (expanded || options.length <= limit + 1) return [...options];
  return options.filter((o, i) => i < limit || o.selected);
}

/**
 * Filtering, counting and sorting pages whose data is already loaded:
 * used when the page checks Pagefind's Chinese matches against the text
 * (see ./page/search-client.ts), with the same rules as Pagefind's filters.
 */
export interface LoadedPage {
  filters: Record<string, string[] | undefined>;
  /** ISO date (YYYY-MM-DD or YYYY-MM). */
  date: string;
}

/** Whether a page has, for every facet with a selection (but `except`), one of the selected values. */
export function matchesFilters(page: Pick<LoadedPage, 'filters'>, selected: SelectedFilters, except?: FilterKey): boolean {
  return FILTER_KEYS.every((key) => {
    if (key === except || selected[key].length === 0) return true;
    const values = page.filters[key] ?? [];
    return selected[key].some((v) => values.includes(v));
  });
}

/** Counts per facet value over pages, each facet counted without its own selection (as facetCounts). */
export function countFacets(pages: readonly Pick<LoadedPage, 'filters'>[], selected: SelectedFilters): Record<FilterKey, Record<string, number>> {
  const out = {} as Record<FilterKey, Record<string, number>>;
  for (const key of FILTER_KEYS) {
    const counts: Record<string, number> = {};
    for (const page of pages) {
      if (!matchesFilters(page, selected, key)) continue;
      for (const value of new Set(page.filters[key] ?? [])) counts[value] = (counts[value] ?? 0) + 1;
    }
    out[key] = counts;
  }
  return out;
}

/** Pages in the order asked for: by date (ties keep their order), or as given (Pagefind's relevance). */
export function sortPages<T extends Pick<LoadedPage, 'date'>>(pages: readonly T[], order: SortOrder, hasQuery: boolean): T[] {
  const sort = pagefindSort(order, hasQuery);
  if (!sort) return [...pages];
  const sign = sort.date === 'asc' ? 1 : -1;
  return [...pages].sort((a, b) => (a.date < b.date ? -sign : a.date > b.date ? sign : 0));
}
