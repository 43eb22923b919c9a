/**
 * The search page in the browser, its controller: searches the Pagefind
 * index of the page's language as the reader types (never in the middle
 * of an input method composition), narrows by facets, and keeps the URL
 * in step so that a search can be shared and the back button walks
 * through earlier searches.
 *
 * Loaded only by the search page. Pagefind's own script and index are
 * fetched from the site itself (/pagefind/<lang>/<years>/), nothing from
 * other hosts. The page is interactive before Pagefind is: the form and
 * the history are wired at once, and Pagefind (its WebAssembly, metadata
 * and filters, the heaviest work on the page) starts on the reader's
 * first search or when the browser is next idle, whichever comes first.
 * The searches are run by ./search-client.ts, the page is drawn by
 * ./render-results.ts; this file holds the state and wires the events to
 * them.
 */
import { ENTRY_PRELOAD_ATTRIBUTE, type SearchPageConfig } from '../config';
import { openIndex, searchClient, wordSegmenter, yieldToBrowser, type Pagefind, type PagefindResult, type SearchClient } from './search-client';
import { fill } from '../../i18n/fill';
import { facetedPagefind } from '../facet-filter';
import { highlightTerms, normalizeQuery } from '../query';
import { appendResults, findView, resultItem, setStatus, showCount, showFacets, type SearchView } from './render-results';
import {
  FILTER_KEYS,
  parseSearchState,
  sameSearch,
  searchUrl,
  SORTS,
  withFilter,
  withoutFilters,
  withQuery,
  withSort,
  type FilterKey,
  type SearchState,
  type SortOrder,
} from '../state';

/** Pause after the last keystroke before searching. */
const TYPING_DELAY_MS = 250;

/** The search page's state and what changes it: the reader's searches, and the index's answers. */
class SearchPage {
  state: SearchState = parseSearchState(location.search);
  private opening: Promise<SearchClient | undefined> | undefined;
  readonly expanded = new Set<FilterKey>();
  composing = false;
  private results: PagefindResult[] = [];
  private terms: string[] = [];
  private shown = 0;
  private run = 0;
  private typingTimer: ReturnType<typeof setTimeout> | undefined;
  /** The current history entry was made by typing: more typing replaces it rather than adding entries. */
  private typingEntry = false;
  private counts: Record<FilterKey, Record<string, number>> | undefined;
  private readonly baseTitle = document.title;
  readonly segment;

  constructor(
    readonly view: SearchView,
    readonly config: SearchPageConfig,
  ) {
    this.segment = wordSegmenter(config.lang);
  }

  /** Form controls, title and cross-language links show the state. */
  showState(): void {
    const { view, state } = this;
    if (view.input.value !== state.q) view.input.value = state.q;
    view.sortSelect.value = state.sort;
    const relevance = view.sortSelect.querySelector<HTMLOptionElement>('option[value="relevance"]');
    if (relevance) relevance.disabled = normalizeQuery(state.q) === '';
    const q = state.q.trim();
    document.title = q ? `${fill(this.config.strings.titleWithQuery, { q })} - ${this.baseTitle}` : this.baseTitle;
    const other = searchUrl(this.config.otherSearchPath, state);
    if (view.otherLink) view.otherLink.href = other;
    if (view.languageSwitch) view.languageSwitch.href = other;
  }

  /** Make `next` the current search: record it in the URL, then run it. */
  go(next: SearchState, how: 'typing' | 'commit'): void {
    if (!sameSearch(next, this.state)) {
      const url = searchUrl(this.config.searchPath, next);
      if (how === 'typing' && this.typingEntry) history.replaceState(null, '', url);
      else history.pushState(null, '', url);
      this.typingEntry = how === 'typing';
      this.state = next;
      this.showState();
      void this.search();
    } else {
      this.state = next;
      if (how === 'commit') this.typingEntry = false;
    }
  }

  /** The reader typed: search once they pause. */
  typed(): void {
    this.stopTyping();
    this.typingTimer = setTimeout(() => this.go(withQuery(this.state, this.view.input.value), 'typing'), TYPING_DELAY_MS);
  }

  stopTyping(): void {
    clearTimeout(this.typingTimer);
  }

  /** Back or forward: the URL's search becomes the state. */
  walked(): void {
    this.stopTyping();
    this.typingEntry = false;
    this.state = parseSearchState(location.search);
    this.showState();
    void this.search();
  }

  toggleFacet(key: FilterKey): void {
    if (this.expanded.has(key)) this.expanded.delete(key);
    else this.expanded.add(key);
    this.showFacets();
  }

  showFacets(): void {
    if (this.counts) showFacets(this.view, this.config, this.counts, this.state.filters, this.expanded);
  }

  /** The next page of results. */
  async showMore(focusFirst: boolean): Promise<void> {
    const mine = this.run;
    const q = normalizeQuery(this.state.q);
    const batch = this.results.slice(this.shown, this.shown + this.config.pageSize);
    const data = await Promise.all(batch.map((r) => r.data()));
    if (mine !== this.run) return;
    const items = data.map((d) => resultItem(d, q, this.terms, this.config.lang));
    this.shown += items.length;
    appendResults(this.view, this.config, items, this.shown, this.results.length);
    if (focusFirst) items[0]?.querySelector('a')?.focus();
  }

  /** Whether no search has run yet (the page's first one is started when the browser is idle). */
  idle(): boolean {
    return this.run === 0;
  }

  /** Pagefind, opened once: on the first search, or earlier when the browser is idle. */
  ready(): Promise<SearchClient | undefined> {
    this.opening ??= this.open();
    return this.opening;
  }

  private async open(): Promise<SearchClient | undefined> {
    const { view, config } = this;
    try {
      const entry = document.querySelector<HTMLLinkElement>(`link[${ENTRY_PRELOAD_ATTRIBUTE}]`);
      const cacheTag = entry ? (new URL(entry.href).searchParams.get('ts') ?? undefined) : undefined;
      const pagefind = await openIndex(config.shards, async (url) => (await import(/* @vite-ignore */ url)) as Pagefind, cacheTag);
      const client = searchClient(facetedPagefind(pagefind), { shards: config.shards, segment: this.segment, fill: config.pageSize });
      view.filtersBox.open = window.matchMedia('(min-width: 48rem)').matches;
      view.body.hidden = false;
      return client;
    } catch {
      setStatus(view, config.dev ? config.strings.devNoIndex : config.strings.unavailable);
      return undefined;
    }
  }

  /** Run the current state (`older`: in every year, as the reader asked); a newer search started meanwhile wins. */
  async search(older = false): Promise<void> {
    const { root } = this.view;
    const mine = ++this.run;
    root.setAttribute('aria-busy', 'true');
    if (!this.opening) setStatus(this.view, this.config.strings.loading);
    const client = await this.ready();
    if (!client) {
      root.removeAttribute('aria-busy');
      return;
    }
    if (mine !== this.run) return;
    const q = normalizeQuery(this.state.q);
    let found;
    try {
      found = await (older ? client.findOlder(this.state) : client.find(this.state));
    } catch {
      // A part of the index could not be fetched (connection lost, site redeployed meanwhile).
      if (mine === this.run) {
        setStatus(this.view, this.config.strings.unavailable);
        root.removeAttribute('aria-busy');
      }
      return;
    }
    await yieldToBrowser();
    if (mine !== this.run) return;
    this.results = found.results;
    this.terms = highlightTerms(q, this.segment);
    this.shown = 0;
    this.counts = found.counts;
    this.showFacets();
    showCount(this.view, this.config, q, this.results.length, found);
    this.view.list.replaceChildren();
    await this.showMore(false);
    if (older) this.view.list.querySelector('a')?.focus();
    if (mine === this.run) root.removeAttribute('aria-busy');
  }
}

/** The page's controls and the history, wired to the page's state. */
function listen(page: SearchPage): void {
  const { view } = page;
  const { input, headerForm, facetsBox, sortSelect } = view;
  input.addEventListener('compositionstart', () => {
    page.composing = true;
    page.stopTyping();
  });
  input.addEventListener('compositionend', () => {
    page.composing = false;
    page.typed();
  });
  input.addEventListener('input', (event) => {
    if (page.composing || (event as InputEvent).isComposing) return;
    page.typed();
  });
  view.form.addEventListener('submit', (event) => {
    event.preventDefault();
    page.stopTyping();
    page.go(withQuery(page.state, input.value), 'commit');
  });
  headerForm?.addEventListener('submit', (event) => {
    const field = headerForm.querySelector<HTMLInputElement>('input[name="q"]');
    if (!field) return;
    event.preventDefault();
    page.stopTyping();
    page.go(withQuery(page.state, field.value), 'commit');
    input.focus();
  });
  facetsBox.addEventListener('change', (event) => {
    const box = event.target;
    if (!(box instanceof HTMLInputElement) || !(FILTER_KEYS as readonly string[]).includes(box.name)) return;
    page.go(withFilter(page.state, box.name as FilterKey, box.value, box.checked), 'commit');
  });
  facetsBox.addEventListener('click', (event) => {
    const toggle = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('.search-facet__more') : null;
    const key = toggle?.dataset.facet as FilterKey | undefined;
    if (key) page.toggleFacet(key);
  });
  view.clearButton.addEventListener('click', () => {
    page.go(withoutFilters(page.state), 'commit');
    view.filtersSummary.focus();
  });
  sortSelect.addEventListener('change', () => {
    const value = sortSelect.value;
    if ((SORTS as readonly string[]).includes(value)) page.go(withSort(page.state, value as SortOrder), 'commit');
  });
  view.moreButton.addEventListener('click', () => void page.showMore(true));
  view.olderButton.addEventListener('click', () => void page.search(true));
  window.addEventListener('popstate', () => page.walked());
}

/** Run `task` when the browser is next idle (soon after the page has loaded and painted), or after `timeout` ms at the latest. */
function whenIdle(task: () => void, timeout = 2000): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout });
  else setTimeout(task, 200);
}

function start(root: HTMLElement): void {
  const config = JSON.parse(root.dataset.config ?? '{}') as SearchPageConfig;
  const view = findView(root);
  const page = new SearchPage(view, config);
  page.showState();
  listen(page);
  setStatus(view, config.strings.loading);
  // The search in the URL (or the list of every article) once the browser is idle; the reader's own search sooner.
  whenIdle(() => {
    if (page.idle()) void page.search();
  });
}

const root = document.querySelector<HTMLElement>('[data-search-root]');
if (root) start(root);
