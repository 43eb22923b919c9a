/**
 * The six facets as one Pagefind filter (src/search/facet-filter.ts): the
 * search page's client asks in facets, pagefind.js is asked in the one
 * filter's compound form, and its answers come back in facets.
 */
import { describe, expect, it } from 'vitest';
import { compoundFilters, facetCounts, facetedPagefind, facetValues } from '../../../src/search/facet-filter';
import type { Pagefind, PagefindResponse } from '../../../src/search/page/search-client';

describe('facets as one Pagefind filter', () => {
  it('asks for any value within a facet and every facet, and nothing without a selection', () => {
    expect(compoundFilters({ department: { any: ['a', 'b'] }, year: { any: ['2023'] } })).toEqual({
      all: [{ f: { any: ['department:a', 'department:b'] } }, { f: { any: ['year:2023'] } }],
    });
    expect(compoundFilters({})).toBeUndefined();
    expect(compoundFilters({ topic: { any: [] } })).toBeUndefined();
    expect(compoundFilters(undefined)).toBeUndefined();
  });

  it('reads counts and a page\'s values back by facet, ids with colons kept whole', () => {
    expect(facetCounts({ f: { 'department:a': 2, 'year:2023': 1, 'company:x:y': 3, junk: 9 } })).toEqual({ department: { a: 2 }, year: { '2023': 1 }, company: { 'x:y': 3 } });
    expect(facetCounts({})).toEqual({});
    expect(facetValues(['department:a', 'department:b', 'year:2024'])).toEqual({ department: ['a', 'b'], year: ['2024'] });
  });

  it('wraps pagefind.js: searches, filter counts and results in facets; no filters key without a selection', async () => {
    const asked: unknown[] = [];
    const answer: PagefindResponse = {
      results: [{ data: async () => ({ url: '/a/', content: '', excerpt: '', meta: {}, filters: { f: ['department:a', 'year:2023'] } }) }],
      filters: { f: { 'department:a': 1, 'year:2023': 1 } },
    };
    const raw: Pagefind = {
      options: async () => undefined,
      init: async () => undefined,
      mergeIndex: async () => undefined,
      filters: async () => ({ f: { 'topic:x': 4 } }),
      search: async (term, options) => {
        asked.push([term, options]);
        return answer;
      },
    };
    const pagefind = facetedPagefind(raw);
    expect(await pagefind.filters()).toEqual({ topic: { x: 4 } });
    const found = await pagefind.search('会议', { filters: { department: { any: ['a'] } }, sort: { date: 'desc' } });
    expect(found?.filters).toEqual({ department: { a: 1 }, year: { '2023': 1 } });
    expect((await found!.results[0]!.data()).filters).toEqual({ department: ['a'], year: ['2023'] });
    await pagefind.search(null);
    expect(asked).toEqual([
      ['会议', { sort: { date: 'desc' }, filters: { all: [{ f: { any: ['department:a'] } }] } }],
      [null, {}],
    ]);
  });
});
