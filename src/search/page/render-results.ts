/**
 * The search page's DOM: finds the parts of the page the script fills
 * (SearchPage.astro marks them with `data-search-*`), and builds what it
 * shows — the status line with the count of results, the facet lists
 * with their counts, and the result items with their highlighted
 * excerpts. What to show is decided by the pure modules (../filters.ts,
 * ../query.ts); the controller (./search-page.ts) says when.
 */
import type { SearchPageConfig } from '../config';
import type { PagefindResultData } from './search-client';
import { facetOptions, visibleOptions } from '../filters';
import { fill } from '../../i18n/fill';
import { excerptAround, markText } from '../query';
import { selectedCount, type FilterKey, type SelectedFilters } from '../state';

/** Characters of page text shown around a match: Chinese is denser than English. */
const EXCERPT_LENGTH = { 'zh-CN': 100, en: 220 } as const;

/** The parts of the search page the script reads and fills. */
export interface SearchView {
  root: HTMLElement;
  form: HTMLFormElement;
  input: HTMLInputElement;
  status: HTMLElement;
  body: HTMLElement;
  filtersBox: HTMLDetailsElement;
  filtersSummary: HTMLElement;
  facetsBox: HTMLElement;
  clearButton: HTMLButtonElement;
  sortSelect: HTMLSelectElement;
  list: HTMLOListElement;
  shownNote: HTMLElement;
  moreButton: HTMLButtonElement;
  /** “Search older articles too”, while only the newer years' shards are loaded. */
  olderButton: HTMLButtonElement;
  /** The link to the same search in the other language, and the header's language switch. */
  otherLink: HTMLAnchorElement | null;
  languageSwitch: HTMLAnchorElement | null;
  /** The header's search box, which searches here without reloading the page. */
  headerForm: HTMLFormElement | null;
}

function part<T extends Element>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`Search page: ${selector} is missing`);
  return found;
}

export function findView(root: HTMLElement): SearchView {
  return {
    root,
    form: part(root, '[data-search-form]'),
    input: part(root, '[data-search-input]'),
    status: part(root, '[data-search-status]'),
    body: part(root, '[data-search-body]'),
    filtersBox: part(root, '[data-search-filters]'),
    filtersSummary: part(root, '[data-search-filters-summary]'),
    facetsBox: part(root, '[data-search-facets]'),
    clearButton: part(root, '[data-search-clear]'),
    sortSelect: part(root, '[data-search-sort]'),
    list: part(root, '[data-search-results]'),
    shownNote: part(root, '[data-search-shown]'),
    moreButton: part(root, '[data-search-more]'),
    olderButton: part(root, '[data-search-older]'),
    otherLink: root.querySelector<HTMLAnchorElement>('[data-search-other]'),
    headerForm: document.querySelector<HTMLFormElement>('[data-search-header]'),
    languageSwitch: document.querySelector<HTMLAnchorElement>('.lang-switch'),
  };
}

function make<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Excerpt text without Pagefind's `<mark>`s (we mark the query's words ourselves). */
function plainText(html: string): string {
  return new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';
}

export function setStatus(view: SearchView, text: string, hint?: string): void {
  view.status.replaceChildren(text);
  if (hint) view.status.append(' ', make('span', 'search-page__hint', hint));
}

/** Years, newest first, as a span: “2024”, “2019—2023” (“2019–2023” in English). */
export function yearSpan(years: readonly string[], lang: SearchPageConfig['lang']): string {
  const first = years.at(-1) ?? '';
  const last = years[0] ?? '';
  return first === last ? first : `${first}${lang === 'en' ? '–' : '—'}${last}`;
}

/**
 * The status line for `n` results of query `q` (empty: browsing by filters
 * only), saying which years were searched while older ones are not loaded,
 * and the button that searches those too.
 */
export function showCount(view: SearchView, config: SearchPageConfig, q: string, n: number, scope: { searched: string[]; notSearched: string[] }): void {
  const S = config.strings;
  const partial = scope.notSearched.length > 0;
  view.olderButton.hidden = !partial;
  if (partial) view.olderButton.textContent = fill(S.searchOlder, { years: yearSpan(scope.notSearched, config.lang) });
  if (n === 0) {
    setStatus(view, q ? fill(S.noResults, { q }) : S.noResultsFiltered, S.noResultsHint);
    return;
  }
  const years = yearSpan(scope.searched, config.lang);
  setStatus(view, partial ? fill(q ? S.foundIn : S.browseIn, { n, years }, config.lang) : fill(q ? S.found : S.browse, { n }, config.lang));
}

/** One facet's fieldset: its values with counts, and a show-all toggle when there are more than the limit. */
function facetFieldset(
  config: SearchPageConfig,
  facet: SearchPageConfig['facets'][number],
  options: ReturnType<typeof facetOptions>,
  isExpanded: boolean,
): HTMLFieldSetElement {
  const S = config.strings;
  const fieldset = make('fieldset', 'search-facet');
  fieldset.append(make('legend', undefined, facet.label));
  const ul = make('ul');
  for (const option of visibleOptions(options, config.facetLimit, isExpanded)) {
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
    const toggle = make('button', 'search-facet__more', isExpanded ? S.showFewer : fill(S.showAll, { n: options.length }));
    toggle.type = 'button';
    toggle.dataset.facet = facet.key;
    toggle.dataset.focusKey = `more:${facet.key}`;
    toggle.setAttribute('aria-expanded', String(isExpanded));
    fieldset.append(toggle);
  }
  return fieldset;
}

/** The facet lists for the current counts and selection, keeping the focus on the control that had it. */
export function showFacets(
  view: SearchView,
  config: SearchPageConfig,
  counts: Record<FilterKey, Record<string, number>>,
  filters: SelectedFilters,
  expanded: ReadonlySet<FilterKey>,
): void {
  const focused = document.activeElement instanceof HTMLElement ? document.activeElement.dataset.focusKey : undefined;
  const fieldsets: HTMLElement[] = [];
  for (const facet of config.facets) {
    const options = facetOptions(counts[facet.key], facet.options, filters[facet.key]);
    if (options.length > 0) fieldsets.push(facetFieldset(config, facet, options, expanded.has(facet.key)));
  }
  view.facetsBox.replaceChildren(...fieldsets);
  if (focused) view.facetsBox.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(focused)}"]`)?.focus();
  const n = selectedCount(filters);
  view.filtersSummary.textContent = n > 0 ? fill(config.strings.filtersSelected, { n }) : config.strings.filters;
  view.clearButton.hidden = n === 0;
}

/** A result: linked title, date and departments, and an excerpt around the query's words (or the summary). */
export function resultItem(data: PagefindResultData, q: string, terms: readonly string[], lang: SearchPageConfig['lang']): HTMLLIElement {
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
    ? (excerptAround(data.content, terms, { length: EXCERPT_LENGTH[lang], from }) ?? data.plain_excerpt ?? plainText(data.excerpt))
    : (data.meta.summary ?? plainText(data.excerpt));
  const excerpt = make('p', 'search-result__excerpt');
  for (const piece of markText(text, q ? terms : [])) excerpt.append(piece.mark ? make('mark', undefined, piece.text) : piece.text);
  li.append(excerpt);
  return li;
}

/** Appends result items and updates the "shown n of m" note and the more button. */
export function appendResults(view: SearchView, config: SearchPageConfig, items: HTMLLIElement[], shown: number, total: number): void {
  view.list.append(...items);
  view.moreButton.hidden = shown >= total;
  view.shownNote.hidden = total <= config.pageSize;
  view.shownNote.textContent = fill(config.strings.shown, { shown, n: total });
}
