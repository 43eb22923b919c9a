import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SORT,
  emptyState,
  parseSearchState,
  sameSearch,
  searchUrl,
  selectedCount,
  serializeSearchState,
  withFilter,
  withoutFilters,
  withQuery,
  withSort,
} from '../../../src/search/state';

describe('search URL state', () => {
  it('reads the query, facets and sort from a query string', () => {
    const state = parseSearchState('?q=%E6%8B%9B%E5%95%86&department=yongan-town&department=kuangqu-subdistrict&year=2023&sort=oldest');
    expect(state.q).toBe('招商');
    expect(state.filters.department).toEqual(['yongan-town', 'kuangqu-subdistrict']);
    expect(state.filters.year).toEqual(['2023']);
    expect(state.filters.topic).toEqual([]);
    expect(state.sort).toBe('oldest');
  });

  it('reads a query typed into the header box (a plain GET form: spaces as +)', () => {
    expect(parseSearchState('?q=%E6%B0%B8%E5%AE%89%E9%95%87+%E6%8B%9B%E5%95%86').q).toBe('永安镇 招商');
  });

  it('ignores unknown parameters, empty and repeated values, and an unknown sort', () => {
    const state = parseSearchState('?utm=x&topic=&topic=study-tour&topic=study-tour&sort=random&colour=red');
    expect(state.filters.topic).toEqual(['study-tour']);
    expect(state.sort).toBe(DEFAULT_SORT);
    expect(state).toEqual({ ...emptyState(), filters: { ...emptyState().filters, topic: ['study-tour'] } });
  });

  it('cuts what nobody types: very long queries and values, very many values', () => {
    const many = Array.from({ length: 80 }, (_, i) => `department=d${i}`).join('&');
    const state = parseSearchState(`?q=${'招'.repeat(500)}&${many}&topic=${'x'.repeat(300)}`);
    expect(state.q.length).toBe(200);
    expect(state.filters.department.length).toBe(50);
    expect(state.filters.topic).toEqual([]);
  });

  it('writes one URL per search: facets in a fixed order, values sorted, default sort left out', () => {
    let state = withQuery(emptyState(), ' 招商 ');
    state = withFilter(state, 'year', '2023', true);
    state = withFilter(state, 'department', 'yongan-town', true);
    state = withFilter(state, 'department', 'kuangqu-subdistrict', true);
    expect(serializeSearchState(state)).toBe(
      '?q=%E6%8B%9B%E5%95%86&department=kuangqu-subdistrict&department=yongan-town&year=2023',
    );
    expect(serializeSearchState(withSort(state, 'relevance'))).toMatch(/&sort=relevance$/);
    expect(serializeSearchState(emptyState())).toBe('');
  });

  it('reads back what it writes', () => {
    const state = withSort(withFilter(withQuery(emptyState(), '"招商引资" 永安镇'), 'type', 'interview', true), 'oldest');
    const again = parseSearchState(serializeSearchState(state));
    expect(sameSearch(again, state)).toBe(true);
    expect(again.q).toBe('"招商引资" 永安镇');
  });

  it('builds the URL from the search page path that href() gives', () => {
    expect(searchUrl('/en/search/', withQuery(emptyState(), 'letter'))).toBe('/en/search/?q=letter');
    expect(searchUrl('/search/', emptyState())).toBe('/search/');
  });

  it('treats searches that differ only in spacing or value order as the same', () => {
    const a = withFilter(withFilter(withQuery(emptyState(), '招商'), 'topic', 'a', true), 'topic', 'b', true);
    const b = withFilter(withFilter(withQuery(emptyState(), '招商 '), 'topic', 'b', true), 'topic', 'a', true);
    expect(sameSearch(a, b)).toBe(true);
    expect(sameSearch(a, withQuery(a, '招商引资'))).toBe(false);
  });

  it('selects, unselects and clears filter values', () => {
    let state = withFilter(emptyState(), 'topic', 'study-tour', true);
    state = withFilter(state, 'topic', 'study-tour', true);
    expect(state.filters.topic).toEqual(['study-tour']);
    state = withFilter(state, 'year', '2024', true);
    expect(selectedCount(state.filters)).toBe(2);
    expect(withFilter(state, 'topic', 'study-tour', false).filters.topic).toEqual([]);
    expect(selectedCount(withoutFilters(state).filters)).toBe(0);
  });
});
