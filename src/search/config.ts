/**
 * What the search page tells its script: where the index is, the
 * interface strings of its language, and the names of filter values
 * (the index stores ids; readers see names in their own language).
 * Built at build time by ./page/SearchPage.astro, read in
 * the browser by ./page/search-page.ts.
 */
import type { Locale } from '../i18n/locales';
import type { UIStrings } from '../i18n/types';
import type { FilterKey } from './state';

export type SearchStrings = UIStrings['search'];

/** The values of one facet with their names, in the order the page lists them. */
export interface FacetConfig {
  key: FilterKey;
  label: string;
  options: [value: string, label: string][];
}

export interface SearchPageConfig {
  lang: Locale;
  /**
   * The search index of this page's language in shards of whole years,
   * newest first: `{ years: ['2023', '2024'], path: '/pagefind/zh-cn/2023-2024/' }`
   * (see ./shards.ts). The first is loaded, the others merged in.
   */
  shards: { years: string[]; path: string }[];
  /** This page's path, from href(). */
  searchPath: string;
  /** The search page of the other language, from href(). */
  otherSearchPath: string;
  /** `npm run dev`: a missing index is explained differently. */
  dev: boolean;
  /** Results shown at first and added by "show more"; a search goes on into older shards until it has this many. */
  pageSize: number;
  /** Values a facet lists before "show all". */
  facetLimit: number;
  strings: SearchStrings;
  facets: FacetConfig[];
}

/** Named things from the data files, already in the page's language and order. */
export interface FacetSources {
  departments: readonly { id: string; name: string }[];
  topics: readonly { id: string; name: string }[];
  columns: readonly { id: string; name: string }[];
  companies: readonly { id: string; name: string }[];
  types: readonly { id: string; name: string }[];
  years: readonly number[];
  yearName: (year: number) => string;
}

/** The facets of the search page, with value names, in the page's order (years newest first). */
export function facetConfigs(strings: SearchStrings, sources: FacetSources): FacetConfig[] {
  const pairs = (list: readonly { id: string; name: string }[]): [string, string][] => list.map((x) => [x.id, x.name]);
  return [
    { key: 'department', label: strings.facets.department, options: pairs(sources.departments) },
    { key: 'topic', label: strings.facets.topic, options: pairs(sources.topics) },
    { key: 'column', label: strings.facets.column, options: pairs(sources.columns) },
    { key: 'company', label: strings.facets.company, options: pairs(sources.companies) },
    { key: 'type', label: strings.facets.type, options: pairs(sources.types) },
    {
      key: 'year',
      label: strings.facets.year,
      options: [...sources.years].sort((a, b) => b - a).map((y) => [String(y), sources.yearName(y)]),
    },
  ];
}

/** The attribute of the search page's preload of the entry file (./indexing/preloads.ts writes it); the page's script reads the cache tag from its URL. */
export const ENTRY_PRELOAD_ATTRIBUTE = 'data-pagefind-entry';
