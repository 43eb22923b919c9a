/**
 * The search page's Pagefind client: opens the index of the page's
 * language and runs a search state (query, filters, sort) against it,
 * returning the results and facet counts to show. No DOM: it takes a
 * Pagefind-shaped object (pagefind.js in the browser, a fake in
 * tests/unit/search/search-client.test.ts), so its rules are unit-tested.
 *
 * What it adds to Pagefind, and why:
 * - the index comes in shards of whole years (./shards.ts), newest first.
 *   Only the newest is loaded at first (`openIndex`): a first search then
 *   fetches one shard's metadata, filters and word chunks, not the whole
 *   archive's. An older shard is merged in (Pagefind's `mergeIndex`) when a
 *   search needs it: when the loaded years give fewer results than a page,
 *   when the reader sorts oldest first or picks an older year, and when
 *   the reader asks for the older years (`findOlder`);
 * - Pagefind orders the results of merged shards by relevance, so a
 *   search in date order is run year by year (a year is never split
 *   between shards);
 * - a facet with a selection is counted by a search without it (./filters.ts);
 * - a Chinese word nowhere in the index makes Pagefind match a shorter
 *   word instead, so such non-matches are recognised (`isRealMatch`);
 * - when the loose search has at most CHECK_MAX candidates, only those
 *   whose text has the typed Chinese terms as written are kept.
 */
import type { SearchPageConfig } from '../config';
import {
  countFacets,
  facetCounts,
  facetsToCount,
  matchesFilters,
  pagefindFilters,
  pagefindSort,
  sortPages,
  yearsInOrder,
  type CompoundFilters,
  type FilterCounts,
  type PagefindFilters,
  type PagefindSort,
} from '../filters';
import { containsAll, hanTerms, hanWords, looseQuery, normalizeQuery, pagefindQuery, type WordSegmenter } from '../query';
import type { FilterKey, SearchState } from '../state';

/** The parts of Pagefind's JS API (pagefind.js, 1.6) this page uses. */
export interface PagefindResultData {
  url: string;
  content: string;
  excerpt: string;
  plain_excerpt?: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
export interface PagefindResult {
  data(): Promise<PagefindResultData>;
}
export interface PagefindResponse {
  results: PagefindResult[];
  filters: FilterCounts;
}
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: { filters?: PagefindFilters | CompoundFilters; sort?: PagefindSort }): Promise<PagefindResponse | null>;
  filters(): Promise<FilterCounts>;
  mergeIndex(path: string): Promise<void>;
}

/** The index's shards, newest first, as the search page's config lists them. */
export type Shards = SearchPageConfig['shards'];

/** Results and facet counts of one search, and which years it searched. */
export interface Found {
  results: PagefindResult[];
  counts: Record<FilterKey, Record<string, number>>;
  /** The years searched (newest first), and those of the shards not loaded yet (for “search older years too”). */
  searched: string[];
  notSearched: string[];
}

/** A search's results and counts, before the years it searched are added. */
type Matched = Omit<Found, 'searched' | 'notSearched'>;

/** Most candidates whose text is fetched to check Chinese matches (see checkedSearch). */
export const CHECK_MAX = 30;

/**
 * Opens the index: loads pagefind.js of the newest shard with `load` and
 * its filter index (without which searches return no filter counts); the
 * older shards are merged in by the client when a search needs them.
 * `cacheTag` is the entry file's tag, when the page preloads that file.
 * Throws when the shard cannot be fetched, or when there are no shards (no
 * articles in this language).
 */
/**
 * Give the browser its turn between two long pieces of work (Pagefind's
 * start-up, its filters, a search, drawing the results), so a tap or a
 * keystroke waits for one piece, not for all of them.
 */
export function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

export async function openIndex(shards: Shards, load: (url: string) => Promise<Pagefind>, cacheTag?: string): Promise<Pagefind> {
  const [newest] = shards;
  if (!newest) throw new Error('No articles in this language: nothing to search.');
  const pagefind = await load(`${newest.path}pagefind.js`);
  // In the page, not Pagefind's web worker: the page has preloaded the index's first files (../indexing/preloads.ts), which a
  // worker's fetches would not find, and the worker's own script is one more round trip. A shard is at most SHARD_PAGES pages (./shards.ts): its
  // searches take milliseconds. The cache tag names the entry file's preloaded URL.
  await pagefind.options({ excerptLength: 40, noWorker: true, ...(cacheTag ? { metaCacheTag: cacheTag } : {}) });
  await pagefind.init();
  await yieldToBrowser();
  await pagefind.filters();
  await yieldToBrowser();
  return pagefind;
}

/** How many of the shards (newest first) a state needs: all to sort oldest first, down to the oldest year it filters by. */
export function shardsNeeded(shards: Shards, state: SearchState): number {
  if (state.sort === 'oldest') return shards.length;
  let needed = 1;
  shards.forEach((shard, i) => {
    if (shard.years.some((year) => state.filters.year.includes(year))) needed = i + 1;
  });
  return needed;
}

/** The browser's word segmenter for a language, as pagefind.js cuts queries; undefined without Intl.Segmenter. */
export function wordSegmenter(lang: string): WordSegmenter | undefined {
  if (typeof Intl.Segmenter !== 'function') return undefined;
  const segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
  return (text) => [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
}

/** Runs search states against an open index. */
export interface SearchClient {
  /** The results and facet counts of a state; rejects when a part of the index cannot be fetched. */
  find(state: SearchState): Promise<Found>;
  /** The same, with every shard loaded (the reader asked for the older years too). */
  findOlder(state: SearchState): Promise<Found>;
}

/** What a client is given besides the index. */
interface ClientOptions {
  shards: Shards;
  segment: WordSegmenter | undefined;
  /** Results a search should have before no older shard is loaded for it. */
  fill: number;
}

/** A client over an open index (see SearchClient). */
export function searchClient(pagefind: Pagefind, options: ClientOptions): SearchClient {
  return new ShardedSearch(pagefind, options);
}

/** The searches over the shards merged so far, and the merging of older ones. */
class ShardedSearch implements SearchClient {
  /** Per query: whether Pagefind's matches really contain its Chinese words (see containsAll). */
  private readonly realMatches = new Map<string, boolean>();
  /** Shards loaded so far, newest first: openIndex loaded the first. */
  private loaded = 1;
  /** The merges so far, one after another: two searches at once (a reader typing on) must not merge a shard twice. */
  private merging: Promise<void> = Promise.resolve();

  private readonly pagefind: Pagefind;
  private readonly options: ClientOptions;

  constructor(pagefind: Pagefind, options: ClientOptions) {
    this.pagefind = pagefind;
    this.options = options;
  }

  async find(state: SearchState): Promise<Found> {
    await this.load(shardsNeeded(this.options.shards, state));
    let found = await this.findLoaded(state);
    // Too few results in the years searched: go on into older years, a shard at a time (a year filter already loaded what it names).
    // By what this search covered, not by `loaded`: another search may have merged more meanwhile.
    while (found.results.length < this.options.fill && found.notSearched.length > 0 && state.filters.year.length === 0) {
      await this.load(this.loaded + 1);
      found = await this.findLoaded(state);
    }
    return found;
  }

  async findOlder(state: SearchState): Promise<Found> {
    await this.load(this.options.shards.length);
    return this.findLoaded(state);
  }

  /** Merge the shards up to the n-th into the index. */
  private load(n: number): Promise<void> {
    this.merging = this.merging
      .catch(() => undefined)
      .then(async () => {
        for (const shard of this.options.shards.slice(this.loaded, n)) {
          await this.pagefind.mergeIndex(shard.path);
          this.loaded += 1;
        }
        await this.pagefind.filters();
        // A word missing from the years searched so far may be in the older ones.
        this.realMatches.clear();
      });
    return this.merging;
  }

  /**
   * Whether a query's matches are real. A Chinese word that is nowhere in
   * the index makes Pagefind match a shorter word instead (`飞机` → `飞`),
   * and then none of its results has the word; where a word exists, all
   * of them have it. So any few results tell: the first of those the
   * search found (`found`, whose texts are fetched to be shown anyway: no
   * round trip of its own on a slow line), or, when it found none (a
   * filter left nothing), the first few without filters.
   */
  private async isRealMatch(term: string, found: readonly PagefindResult[]): Promise<boolean> {
    const words = this.options.segment ? hanWords(term, this.options.segment) : [];
    if (words.length === 0) return true;
    const known = this.realMatches.get(term);
    if (known !== undefined) return known;
    const some = found.length > 0 ? found : ((await this.pagefind.search(term))?.results ?? []);
    const best = await Promise.all(some.slice(0, 3).map((r) => r.data()));
    const real = best.some((d) => containsAll(`${d.meta.title ?? ''} ${d.content}`, words));
    this.realMatches.set(term, real);
    return real;
  }

  /**
   * Pagefind's loose matches for a query with Chinese terms, kept only
   * where the page's text has each term as typed (and a quoted phrase as
   * a whole), then filtered, counted and sorted here. Pagefind matches
   * Chinese by characters and words wherever they are on the page; this
   * makes `招商引资` find exactly the pages that say 招商引资. Only for
   * up to CHECK_MAX candidates (their text has to be fetched); larger
   * result sets are left to Pagefind (undefined).
   */
  private async checkedSearch(q: string, state: SearchState): Promise<Matched | undefined> {
    const candidates = await this.pagefind.search(looseQuery(q));
    if (!candidates || candidates.results.length > CHECK_MAX) return undefined;
    const terms = hanTerms(q);
    const pages = (await Promise.all(candidates.results.map((r) => r.data())))
      .filter((d) => containsAll(`${d.meta.title ?? ''} ${d.content}`, terms))
      .map((d) => ({ data: d, filters: d.filters, date: d.meta.datetime ?? '' }));
    const shown = sortPages(
      pages.filter((p) => matchesFilters(p, state.filters)),
      state.sort,
      true,
    );
    return { results: shown.map((p) => ({ data: () => Promise.resolve(p.data) })), counts: countFacets(pages, state.filters) };
  }

  /** Pagefind's search for a state, as pagefindSearch starts from. */
  private mainSearch(term: string | null, state: SearchState): Promise<PagefindResponse | null> {
    const sort = pagefindSort(state.sort, term !== null);
    return this.pagefind.search(term, { filters: pagefindFilters(state.filters), ...(sort ? { sort } : {}) });
  }

  /** Pagefind's own search, filters and counts (a facet with a selection is counted by a search without it). */
  private async pagefindSearch(term: string | null, state: SearchState, main: PagefindResponse | null): Promise<Matched> {
    if (term !== null && !(await this.isRealMatch(term, main?.results ?? []))) return { results: [], counts: facetCounts({}, {}) };
    const results = await this.inDateOrder(term, state, main);
    const own: Partial<Record<FilterKey, FilterCounts>> = {};
    for (const key of facetsToCount(state.filters)) {
      const response = await this.pagefind.search(term, { filters: pagefindFilters(state.filters, key) });
      if (response) own[key] = response.filters;
    }
    return { results, counts: facetCounts(main?.filters ?? {}, own) };
  }

  /**
   * The main search's results in the order asked for. Pagefind orders the
   * results of merged shards by relevance (one shard alone, by the sort
   * asked for); a year is never split between shards, so date order is
   * searched year by year.
   */
  private async inDateOrder(term: string | null, state: SearchState, main: PagefindResponse | null): Promise<PagefindResult[]> {
    const sort = pagefindSort(state.sort, term !== null);
    const found = main?.results ?? [];
    if (!sort || this.loaded <= 1 || found.length === 0) return found;
    const filters = pagefindFilters(state.filters);
    const results: PagefindResult[] = [];
    const years = this.options.shards.slice(0, this.loaded).flatMap((shard) => shard.years);
    for (const year of yearsInOrder(years, state.filters.year, sort)) {
      if (main?.filters.year?.[year] === 0) continue;
      const part = await this.pagefind.search(term, { filters: { ...filters, year: { any: [year] } }, sort });
      results.push(...(part?.results ?? []));
    }
    return results;
  }

  /** One search over the shards loaded now. */
  private async findLoaded(state: SearchState): Promise<Found> {
    const n = this.loaded;
    const q = normalizeQuery(state.q);
    const term = q === '' ? null : pagefindQuery(q);
    const main = await this.mainSearch(term, state);
    // The loose candidates of checkedSearch include every result of the main search (a phrase's or the same loose
    // query's, with filters or without): more of those than CHECK_MAX, more candidates too, and it would leave them to
    // Pagefind. So a common word costs one search here, not two.
    const check = term !== null && hanTerms(q).length > 0 && (main?.results.length ?? 0) <= CHECK_MAX;
    const found = (check ? await this.checkedSearch(q, state) : undefined) ?? (await this.pagefindSearch(term, state, main));
    const years = (from: number, to?: number) => this.options.shards.slice(from, to).flatMap((shard) => [...shard.years].reverse());
    // With a year filter, the years it leaves out are not “not searched yet”.
    const older = years(n).filter((year) => state.filters.year.length === 0 || state.filters.year.includes(year));
    return { ...found, searched: years(0, n), notSearched: older };
  }
}
