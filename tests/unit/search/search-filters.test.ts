import { describe, expect, it } from 'vitest';
import {
  countFacets,
  facetCounts,
  facetOptions,
  facetsToCount,
  matchesFilters,
  pagefindFilters,
  pagefindSort,
  sortPages,
  visibleOptions,
} from '../../../src/search/filters';
import { emptyFilters } from '../../../src/search/state';

describe('Pagefind filters from the selection', () => {
  const selected = { ...emptyFilters(), department: ['yongan-town', 'kuangqu-subdistrict'], year: ['2023'] };

  it('asks for any of the values within a facet, and every facet', () => {
    expect(pagefindFilters(selected)).toEqual({
      department: { any: ['yongan-town', 'kuangqu-subdistrict'] },
      year: { any: ['2023'] },
    });
    expect(pagefindFilters(emptyFilters())).toEqual({});
  });

  it('leaves out one facet to count that facet', () => {
    expect(pagefindFilters(selected, 'department')).toEqual({ year: { any: ['2023'] } });
    expect(facetsToCount(selected)).toEqual(['department', 'year']);
    expect(facetsToCount(emptyFilters())).toEqual([]);
  });

  it('counts a facet with a selection from its own search, the others from the main one', () => {
    const main = { department: { 'yongan-town': 1, 'kuangqu-subdistrict': 1 }, topic: { 'study-tour': 2 }, year: { '2023': 2 } };
    const own = { department: { department: { 'yongan-town': 1, 'kuangqu-subdistrict': 1, 'shuiguo-town': 3 } } };
    const counts = facetCounts(main, own);
    expect(counts.department).toEqual({ 'yongan-town': 1, 'kuangqu-subdistrict': 1, 'shuiguo-town': 3 });
    expect(counts.topic).toEqual({ 'study-tour': 2 });
    expect(counts.column).toEqual({});
  });
});

describe('sort', () => {
  it('is newest first by default, oldest first on request, Pagefind ranking for relevance', () => {
    expect(pagefindSort('newest', true)).toEqual({ date: 'desc' });
    expect(pagefindSort('oldest', false)).toEqual({ date: 'asc' });
    expect(pagefindSort('relevance', true)).toBeUndefined();
  });

  it('falls back to newest first for relevance without a query (there is nothing to rank by)', () => {
    expect(pagefindSort('relevance', false)).toEqual({ date: 'desc' });
  });
});

describe('facet options', () => {
  const labels = [
    ['yongan-town', '永安镇'],
    ['mengzhuang-town', '孟庄镇'],
    ['kuangqu-subdistrict', '矿区街道'],
  ] as const;

  it('lists values with results in the data files’ order, with names and counts', () => {
    const options = facetOptions({ 'kuangqu-subdistrict': 2, 'yongan-town': 1, 'mengzhuang-town': 0 }, labels, []);
    expect(options).toEqual([
      { value: 'yongan-town', label: '永安镇', count: 1, selected: false },
      { value: 'kuangqu-subdistrict', label: '矿区街道', count: 2, selected: false },
    ]);
  });

  it('keeps a selected value with nothing left, so it can be unticked', () => {
    const options = facetOptions({ 'yongan-town': 1 }, labels, ['mengzhuang-town']);
    expect(options.map((o) => [o.value, o.count, o.selected])).toEqual([
      ['yongan-town', 1, false],
      ['mengzhuang-town', 0, true],
    ]);
  });

  it('puts values the page has no name for last, named by their value', () => {
    const options = facetOptions({ zeta: 1, alpha: 1, 'yongan-town': 1 }, labels, []);
    expect(options.map((o) => o.label)).toEqual(['永安镇', 'alpha', 'zeta']);
  });

  it('shows the first few and every selected one until expanded', () => {
    const options = Array.from({ length: 12 }, (_, i) => ({ value: `v${i}`, label: `v${i}`, count: 1, selected: i === 10 }));
    expect(visibleOptions(options, 8, false).map((o) => o.value)).toEqual(['v0', 'v1', 'v2', 'v3', 'v4', 'v5', 'v6', 'v7', 'v10']);
    expect(visibleOptions(options, 8, true)).toHaveLength(12);
    // One more than the limit is shown rather than hidden behind a button.
    expect(visibleOptions(options.slice(0, 9), 8, false)).toHaveLength(9);
  });
});

describe('filtering and counting loaded pages (the checked Chinese matches)', () => {
  const pages = [
    { id: 'a', date: '2023-05-26', filters: { department: ['yongan-town'], year: ['2023'], type: ['interview'] } },
    { id: 'b', date: '2024-02', filters: { department: ['kuangqu-subdistrict', 'yongan-town'], year: ['2024'], type: ['reflection'] } },
    { id: 'c', date: '2024-02', filters: { department: ['shuiguo-town'], year: ['2024'], type: ['reflection'] } },
  ];

  it('matches any value within a facet and every facet, like Pagefind', () => {
    const selected = { ...emptyFilters(), department: ['yongan-town', 'shuiguo-town'], year: ['2024'] };
    expect(pages.filter((p) => matchesFilters(p, selected)).map((p) => p.id)).toEqual(['b', 'c']);
    expect(pages.filter((p) => matchesFilters(p, selected, 'year')).map((p) => p.id)).toEqual(['a', 'b', 'c']);
    expect(pages.filter((p) => matchesFilters(p, emptyFilters()))).toHaveLength(3);
  });

  it('counts each facet without its own selection', () => {
    const counts = countFacets(pages, { ...emptyFilters(), year: ['2024'] });
    expect(counts.year).toEqual({ '2023': 1, '2024': 2 });
    expect(counts.department).toEqual({ 'kuangqu-subdistrict': 1, 'yongan-town': 1, 'shuiguo-town': 1 });
    expect(counts.type).toEqual({ reflection: 2 });
    expect(counts.topic).toEqual({});
  });

  it('sorts by date either way, keeping the given order among equal dates and for relevance', () => {
    expect(sortPages(pages, 'newest', true).map((p) => p.id)).toEqual(['b', 'c', 'a']);
    expect(sortPages(pages, 'oldest', true).map((p) => p.id)).toEqual(['a', 'b', 'c']);
    expect(sortPages([...pages].reverse(), 'relevance', true).map((p) => p.id)).toEqual(['c', 'b', 'a']);
  });
});
