/**
 * The search page in the browser: searches the Pagefind index of the
 * page's language as the reader types (never in the middle of an input
 * method composition), narrows by facets, and keeps the URL in step so
 * that a search can be shared and the back button walks through
 * earlier searches.
 *
 * Loaded only by the search page. Pagefind's own script and index are
 * fetched from the site itself (/pagefind/<lang>/<years>/: the newest
 * shard is loaded and the others merged into it), nothing from
 * other hosts. Pagefind orders merged shards by relevance, so a search in
 * date order is run year by year (see pagefindSearch).
 */
import type { SearchPageConfig } from './config';
import {
  countFacets,
  facetCounts,
  facetOptions,
  facetsToCount,
  matchesFilters,
  pagefindFilters,
  pagefindSort,
  yearsInOrder,
  sortPages,
  visibleOptions,
  type FilterCounts,
  type PagefindFilters,
  type PagefindSort,
} from './filters';
import {
  containsAll,
  excerptAround,
  fillTemplate,
  hanTerms,
  hanWords,
  highlightTerms,
  looseQuery,
  pagefindQuery,
  markText,
  normalizeQuery,
  type WordSegmenter,
} from './query';
import {
  FILTER_KEYS,
  parseSearchState,
  sameSearch,
  searchUrl,
  selectedCount,
  SORTS,
  withFilter,
  withoutFilters,
  withQuery,
  withSort,
  type FilterKey,
  type SearchState,
  type SortOrder,
} from './state';

/** The parts of Pagefind's JS API (pagefind.js, 1.6) this page uses. */
interface PagefindResultData {
  url: string;
  content: string;
  excerpt: string;
  plain_excerpt?: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
interface PagefindResult {
  data(): Promise<PagefindResultData>;
}
interface PagefindResponse {
  results: PagefindResult[];
  filters: FilterCounts;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: { filters?: PagefindFilters; sort?: PagefindSort }): Promise<PagefindResponse | null>;
  filters(): Promise<FilterCounts>;
  mergeIndex(path: string): Promise<void>;
}

/** Results and facet counts of one search. */
interface Found {
  results: PagefindResult[];
  counts: Record<FilterKey, Record<string, number>>;
}

/** Pause after the last keystroke before searching. */
const TYPING_DELAY_MS = 250;
/** Characters of page text shown around a match: Chinese is denser than English. */
const EXCERPT_LENGTH = { 'zh-CN': 100, en: 220 } as const;
/** Most candidates whose text is fetched to check Chinese matches (see checkedSearch). */
const CHECK_MAX = 30;

function part<T extends Element>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`Search page: ${selector} is missing`);
  return found;
}

function make<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function wordSegmenter(lang: string): WordSegmenter | undefined {
  if (typeof Intl.Segmenter !== 'function') return undefined;
  const segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
  return (text) => [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
}

/** Excerpt text without Pagefind's `<mark>`s (we mark the query's words ourselves). */
function plainText(html: string): string {
  return new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';
}

async function start(root: HTMLElement): Promise<void> {
  const config = JSON.parse(root.dataset.config ?? '{}') as SearchPageConfig;
  const S = config.strings;
  const form = part<HTMLFormElement>(root, '[data-search-form]');
  const input = part<HTMLInputElement>(root, '[data-search-input]');
  const status = part<HTMLElement>(root, '[data-search-status]');
  const body = part<HTMLElement>(root, '[data-search-body]');
  const filtersBox = part<HTMLDetailsElement>(root, '[data-search-filters]');
  const filtersSummary = part<HTMLElement>(root, '[data-search-filters-summary]');
  const facetsBox = part<HTMLElement>(root, '[data-search-facets]');
  const clearButton = part<HTMLButtonElement>(root, '[data-search-clear]');
  const sortSelect = part<HTMLSelectElement>(root, '[data-search-sort]');
  const list = part<HTMLOListElement>(root, '[data-search-results]');
  const shownNote = part<HTMLElement>(root, '[data-search-shown]');
  const moreButton = part<HTMLButtonElement>(root, '[data-search-more]');
  const otherLink = root.querySelector<HTMLAnchorElement>('[data-search-other]');
  const headerForm = document.querySelector<HTMLFormElement>('[data-search-header]');
  const languageSwitch = document.querySelector<HTMLAnchorElement>('.lang-switch');
  const baseTitle = document.title;
  const segment = wordSegmenter(config.lang);

  let state: SearchState = parseSearchState(location.search);
  let results: PagefindResult[] = [];
  let terms: string[] = [];
  let shown = 0;
  let run = 0;
  let composing = false;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  /** The current history entry was made by typing: more typing replaces it rather than adding entries. */
  let typingEntry = false;
  let counts: Record<FilterKey, Record<string, number>> | undefined;
  const expanded = new Set<FilterKey>();
  /** Per query: whether Pagefind's matches really contain its Chinese words (see containsAll). */
  const realMatches = new Map<string, boolean>();

  /** Form controls, title and cross-language links show `state`. */
  function showState(): void {
    if (input.value !== state.q) input.value = state.q;
    sortSelect.value = state.sort;
    const relevance = sortSelect.querySelector<HTMLOptionElement>('option[value="relevance"]');
    if (relevance) relevance.disabled = normalizeQuery(state.q) === '';
    const q = state.q.trim();
    document.title = q ? `${fillTemplate(S.titleWithQuery, { q })} - ${baseTitle}` : baseTitle;
    const other = searchUrl(config.otherSearchPath, state);
    if (otherLink) otherLink.href = other;
    if (languageSwitch) languageSwitch.href = other;
  }

  /** Make `next` the current search: record it in the URL, then run it. */
  function go(next: SearchState, how: 'typing' | 'commit'): void {
    if (!sameSearch(next, state)) {
      const url = searchUrl(config.searchPath, next);
      if (how === 'typing' && typingEntry) history.replaceState(null, '', url);
      else history.pushState(null, '', url);
      typingEntry = how === 'typing';
      state = next;
      showState();
      void search();
    } else {
      state = next;
      if (how === 'commit') typingEntry = false;
    }
  }

  function typed(): void {
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => go(withQuery(state, input.value), 'typing'), TYPING_DELAY_MS);
  }

  function setStatus(text: string, hint?: string): void {
    status.replaceChildren(text);
    if (hint) status.append(' ', make('span', 'search-page__hint', hint));
  }

  function showCount(q: string, n: number): void {
    if (n === 0) {
      setStatus(q ? fillTemplate(S.noResults, { q }) : S.noResultsFiltered, S.noResultsHint);
      return;
    }
    const template = q ? (n === 1 ? S.foundOne : S.foundMany) : n === 1 ? S.browseOne : S.browseMany;
    setStatus(fillTemplate(template, { n }));
  }

  function showFacets(): void {
    if (!counts) return;
    const focused = document.activeElement instanceof HTMLElement ? document.activeElement.dataset.focusKey : undefined;
    const fieldsets: HTMLElement[] = [];
    for (const facet of config.facets) {
      const options = facetOptions(counts[facet.key], facet.options, state.filters[facet.key]);
      if (options.length === 0) continue;
      const isExpanded = expanded.has(facet.key);
      const visible = visibleOptions(options, config.facetLimit, isExpanded);
      const fieldset = make('fieldset', 'search-facet');
      fieldset.append(make('legend', undefined, facet.label));
      const ul = make('ul');
      for (const option of visible) {
        const box = make('input');
        box.type = 'checkbox';
        box.name = facet.key;
        box.value = option.value;
        box.checked = option.selected;
        box.dataset.focusKey = `${facet.key}:${option.value}`;
        const label = make('label');
        label.append(box, make('span', 'search-facet__name', option.label), make('span', 'search-facet__count', String(option.count)));
        const li = make('li');
        li.append(label);
        ul.append(li);
      }
      fieldset.append(ul);
      if (options.length > config.facetLimit + 1) {
        const toggle = make('button', 'search-facet__more', isExpanded ? S.showFewer : fillTemplate(S.showAll, { n: options.length }));
        toggle.type = 'button';
        toggle.dataset.facet = facet.key;
        toggle.dataset.focusKey = `more:${facet.key}`;
        toggle.setAttribute('aria-expanded', String(isExpanded));
        fieldset.append(toggle);
      }
      fieldsets.push(fieldset);
    }
    facetsBox.replaceChildren(...fieldsets);
    if (focused) facetsBox.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(focused)}"]`)?.focus();
    const n = selectedCount(state.filters);
    filtersSummary.textContent = n > 0 ? fillTemplate(S.filtersSelected, { n }) : S.filters;
    clearButton.hidden = n === 0;
  }

  function resultItem(data: PagefindResultData, q: string): HTMLLIElement {
    const li = make('li', 'search-result');
    const heading = make('h3', 'search-result__title');
    const link = make('a', undefined, data.meta.title ?? data.url);
    link.href = data.url;
    heading.append(link);
    li.append(heading);
    const meta = make('p', 'search-result__meta');
    if (data.meta.date) {
      const time = make('time', undefined, data.meta.date);
      if (data.meta.datetime) time.dateTime = data.meta.datetime;
      meta.append(time);
    }
    if (data.meta.departments) meta.append(make('span', undefined, data.meta.departments));
    if (meta.childNodes.length > 0) li.append(meta);
    const title = data.meta.title ?? '';
    const titleAt = title ? data.content.indexOf(title) : -1;
    const from = titleAt >= 0 && titleAt < 200 ? titleAt + title.length : 0;
    const text = q
      ? (excerptAround(data.content, terms, { length: EXCERPT_LENGTH[config.lang], from }) ?? data.plain_excerpt ?? plainText(data.excerpt))
      : (data.meta.summary ?? plainText(data.excerpt));
    const excerpt = make('p', 'search-result__excerpt');
    for (const piece of markText(text, q ? terms : [])) excerpt.append(piece.mark ? make('mark', undefined, piece.text) : piece.text);
    li.append(excerpt);
    return li;
  }

  async function showMore(focusFirst: boolean): Promise<void> {
    const mine = run;
    const q = normalizeQuery(state.q);
    const batch = results.slice(shown, shown + config.pageSize);
    const data = await Promise.all(batch.map((r) => r.data()));
    if (mine !== run) return;
    const items = data.map((d) => resultItem(d, q));
    list.append(...items);
    shown += items.length;
    moreButton.hidden = shown >= results.length;
    shownNote.hidden = results.length <= config.pageSize;
    shownNote.textContent = fillTemplate(S.shown, { shown, n: results.length });
    if (focusFirst) items[0]?.querySelector('a')?.focus();
  }

  /**
   * Whether a query's matches are real. A Chinese word that is nowhere in
   * the index makes Pagefind match a shorter word instead (`飞机` → `飞`),
   * and then none of its results has the word; where a word exists, all
   * of them have it. So the best few unfiltered results tell.
   */
  async function isRealMatch(term: string): Promise<boolean> {
    const words = segment ? hanWords(term, segment) : [];
    if (words.length === 0) return true;
    const known = realMatches.get(term);
    if (known !== undefined) return known;
    const response = await pagefind.search(term);
    const best = await Promise.all((response?.results ?? []).slice(0, 3).map((r) => r.data()));
    const real = best.some((d) => containsAll(`${d.meta.title ?? ''} ${d.content}`, words));
    realMatches.set(term, real);
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
  async function checkedSearch(q: string): Promise<Found | undefined> {
    const candidates = await pagefind.search(looseQuery(q));
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

  /** Pagefind's own search, filters and counts (a facet with a selection is counted by a search without it). */
  async function pagefindSearch(term: string | null): Promise<Found> {
    if (term !== null && !(await isRealMatch(term))) return { results: [], counts: facetCounts({}, {}) };
    const sort = pagefindSort(state.sort, term !== null);
    const filters = pagefindFilters(state.filters);
    const main = await pagefind.search(term, { filters, ...(sort ? { sort } : {}) });
    let results = main?.results ?? [];
    if (sort && config.shards.length > 1 && results.length > 0) {
      // Pagefind orders the results of merged shards by relevance; a year is never split between shards, so date order is year by year.
      results = [];
      for (const year of yearsInOrder(
        config.shards.flatMap((shard) => shard.years),
        state.filters.year,
        sort,
      )) {
        if (main?.filters.year?.[year] === 0) continue;
        const part = await pagefind.search(term, { filters: { ...filters, year: { any: [year] } }, sort });
        results.push(...(part?.results ?? []));
      }
    }
    const own: Partial<Record<FilterKey, FilterCounts>> = {};
    for (const key of facetsToCount(state.filters)) {
      const response = await pagefind.search(term, { filters: pagefindFilters(state.filters, key) });
      if (response) own[key] = response.filters;
    }
    return { results, counts: facetCounts(main?.filters ?? {}, own) };
  }

  async function search(): Promise<void> {
    const mine = ++run;
    const q = normalizeQuery(state.q);
    const term = q === '' ? null : pagefindQuery(q);
    root.setAttribute('aria-busy', 'true');
    let found: Found;
    try {
      found = (term !== null && hanTerms(q).length > 0 ? await checkedSearch(q) : undefined) ?? (await pagefindSearch(term));
    } catch {
      // A part of the index could not be fetched (connection lost, site redeployed meanwhile).
      if (mine === run) {
        setStatus(S.unavailable);
        root.removeAttribute('aria-busy');
      }
      return;
    }
    if (mine !== run) return;
    results = found.results;
    terms = highlightTerms(q, segment);
    shown = 0;
    counts = found.counts;
    showFacets();
    showCount(q, results.length);
    list.replaceChildren();
    await showMore(false);
    if (mine === run) root.removeAttribute('aria-busy');
  }

  showState();
  setStatus(S.loading);

  let pagefind: Pagefind;
  try {
    const [newest, ...older] = config.shards;
    if (!newest) throw new Error('No articles in this language: nothing to search.');
    pagefind = (await import(/* @vite-ignore */ `${newest.path}pagefind.js`)) as Pagefind;
    await pagefind.options({ excerptLength: 40 });
    await pagefind.init();
    await Promise.all(older.map((shard) => pagefind.mergeIndex(shard.path)));
    // Loads the filter index, without which searches return no filter counts.
    await pagefind.filters();
  } catch {
    setStatus(config.dev ? S.devNoIndex : S.unavailable);
    return;
  }

  filtersBox.open = window.matchMedia('(min-width: 48rem)').matches;
  body.hidden = false;

  input.addEventListener('compositionstart', () => {
    composing = true;
    clearTimeout(typingTimer);
  });
  input.addEventListener('compositionend', () => {
    composing = false;
    typed();
  });
  input.addEventListener('input', (event) => {
    if (composing || (event as InputEvent).isComposing) return;
    typed();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typingTimer);
    go(withQuery(state, input.value), 'commit');
  });
  headerForm?.addEventListener('submit', (event) => {
    const field = headerForm.querySelector<HTMLInputElement>('input[name="q"]');
    if (!field) return;
    event.preventDefault();
    clearTimeout(typingTimer);
    go(withQuery(state, field.value), 'commit');
    input.focus();
  });
  facetsBox.addEventListener('change', (event) => {
    const box = event.target;
    if (!(box instanceof HTMLInputElement) || !(FILTER_KEYS as readonly string[]).includes(box.name)) return;
    go(withFilter(state, box.name as FilterKey, box.value, box.checked), 'commit');
  });
  facetsBox.addEventListener('click', (event) => {
    const toggle = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('.search-facet__more') : null;
    const key = toggle?.dataset.facet as FilterKey | undefined;
    if (!key) return;
    if (expanded.has(key)) expanded.delete(key);
    else expanded.add(key);
    showFacets();
  });
  clearButton.addEventListener('click', () => {
    go(withoutFilters(state), 'commit');
    filtersSummary.focus();
  });
  sortSelect.addEventListener('change', () => {
    const value = sortSelect.value;
    if ((SORTS as readonly string[]).includes(value)) go(withSort(state, value as SortOrder), 'commit');
  });
  moreButton.addEventListener('click', () => void showMore(true));
  window.addEventListener('popstate', () => {
    clearTimeout(typingTimer);
    typingEntry = false;
    state = parseSearchState(location.search);
    showState();
    void search();
  });

  await search();
}

const root = document.querySelector<HTMLElement>('[data-search-root]');
if (root) void start(root);
