/**
 * The state of the search page, and its URL: `?q=招商&department=yongan-town&year=2023&sort=oldest`.
 * The URL is the whole state, so a search can be shared, bookmarked and
 * walked back and forth with the browser's back button. Filter values
 * are the same ids the site's URLs use (department and topic ids, type
 * keys, years), so a search URL means the same in both languages.
 */

/** The facets a search can be narrowed by, in the order the page shows them. */
export const FILTER_KEYS = ['department', 'topic', 'column', 'company', 'type', 'year'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** Result orders. Newest first is the default, with or without a query. */
export const SORTS = ['newest', 'oldest', 'relevance'] as const;
export type SortOrder = (typeof SORTS)[number];
export const DEFAULT_SORT: SortOrder = 'newest';

export type SelectedFilters = Record<FilterKey, string[]>;

export interface SearchState {
  /** The query as the reader typed it (normalised only when searching). */
  q: string;
  /** Selected values per facet; within a facet any value matches, across facets all must. */
  filters: SelectedFilters;
  sort: SortOrder;
}

/** Longest query and filter value taken from a URL; longer ones are cut (they come from links anyone can write). */
const MAX_QUERY = 200;
const MAX_VALUE = 100;
const MAX_VALUES = 50;

export function emptyFilters(): SelectedFilters {
  return { department: [], topic: [], column: [], company: [], type: [], year: [] };
}

export function emptyState(): SearchState {
  return { q: '', filters: emptyFilters(), sort: DEFAULT_SORT };
}

function isSort(value: string | null): value is SortOrder {
  return value !== null && (SORTS as readonly string[]).includes(value);
}

/** Read the state from a query string (`location.search`) or its parameters. Unknown parameters are ignored. */
export function parseSearchState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filters = emptyFilters();
  for (const key of FILTER_KEYS) {
    const values = params
      .getAll(key)
      .map((v) => v.trim())
      .filter((v) => v !== '' && v.length <= MAX_VALUE);
    filters[key] = [...new Set(values)].slice(0, MAX_VALUES);
  }
  const sort = params.get('sort');
  return {
    q: (params.get('q') ?? '').slice(0, MAX_QUERY),
    filters,
    sort: isSort(sort) ? sort : DEFAULT_SORT,
  };
}

/**
 * The query string of a state, '' when there is nothing to say. Always the
 * same string for the same search: query first, facets in FILTER_KEYS order,
 * values sorted, the default sort left out.
 */
export function serializeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  const q = state.q.trim();
  if (q !== '') params.set('q', q);
  for (const key of FILTER_KEYS) {
    for (const value of [...new Set(state.filters[key])].sort()) params.append(key, value);
  }
  if (state.sort !== DEFAULT_SORT) params.set('sort', state.sort);
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}

/** The URL of a search: the search page's path (from `href()`) with the state's query string. */
export function searchUrl(searchPath: string, state: SearchState): string {
  return `${searchPath}${serializeSearchState(state)}`;
}

/** Whether two states are the same search (the same URL). */
export function sameSearch(a: SearchState, b: SearchState): boolean {
  return serializeSearchState(a) === serializeSearchState(b);
}

/** How many filter values are selected in all. */
export function selectedCount(filters: SelectedFilters): number {
  return FILTER_KEYS.reduce((n, key) => n + filters[key].length, 0);
}

/** Select or unselect one value of a facet. */
export function withFilter(state: SearchState, key: FilterKey, value: string, selected: boolean): SearchState {
  const current = state.filters[key].filter((v) => v !== value);
  return { ...state, filters: { ...state.filters, [key]: selected ? [...current, value] : current } };
}

export function withoutFilters(state: SearchState): SearchState {
  return { ...state, filters: emptyFilters() };
}

export function withQuery(state: SearchState, q: string): SearchState {
  return { ...state, q };
}

export function withSort(state: SearchState, sort: SortOrder): SearchState {
  return { ...state, sort };
}
