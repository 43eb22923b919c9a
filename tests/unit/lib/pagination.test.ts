import { describe, expect, it } from 'vitest';
import { paginate, type Page } from '../../../src/lib/pagination';

/** A newest-first list of n items: n (the newest) down to 1 (the oldest). */
const list = (n: number) => Array.from({ length: n }, (_, i) => n - i);
const byNumber = <T,>(pages: Page<T>[]) => new Map(pages.map((p) => [p.number, p]));

describe('paginate (numbered from the oldest)', () => {
  it('puts the newest two chunks on the list itself and each older chunk on its own numbered page', () => {
    const pages = paginate(list(65), 20);
    expect(pages.map((p) => p.number)).toEqual([undefined, 2, 1]);
    expect(pages.map((p) => p.items.length)).toEqual([25, 20, 20]);
    expect(pages[0]!.items[0]).toBe(65);
    expect(byNumber(pages).get(1)!.items).toEqual(list(20));
    expect(byNumber(pages).get(2)!.items[0]).toBe(40);
  });

  it('keeps every item exactly once, newest first across the pages', () => {
    for (const n of [0, 1, 19, 20, 21, 40, 41, 59, 60, 61, 200]) {
      expect(paginate(list(n), 20).flatMap((p) => p.items)).toEqual(list(n));
    }
  });

  it('shows at most two pages’ worth on the list itself, and never fewer than one page’s worth once the list is that long', () => {
    for (let n = 20; n <= 200; n++) {
      const own = paginate(list(n), 20)[0]!.items.length;
      expect(own).toBeLessThanOrEqual(40);
      expect(own).toBeGreaterThanOrEqual(Math.min(n, 21));
    }
  });

  it('leaves a numbered page as it was when newer items arrive, until its links reach a new page', () => {
    const before = byNumber(paginate(list(130), 20));
    for (let added = 1; added <= 60; added++) {
      const after = byNumber(paginate(list(130 + added), 20));
      for (const [number, page] of before) {
        if (number === undefined) continue;
        expect(after.get(number)!.items).toEqual(page.items);
      }
    }
    // Pages far from the newest keep their links too.
    const later = byNumber(paginate(list(190), 20));
    expect(later.get(1)).toEqual(before.get(1));
    expect(later.get(2)).toEqual(before.get(2));
  });

  it('links each page to the newer and the older one', () => {
    const pages = byNumber(paginate(list(130), 20));
    expect(pages.get(undefined)).toMatchObject({ newer: null, older: 5 });
    expect(pages.get(5)).toMatchObject({ newer: undefined, older: 4 });
    expect(pages.get(3)).toMatchObject({ newer: 4, older: 2, links: [5, 4, 3, 2, 1] });
    expect(pages.get(1)).toMatchObject({ newer: 2, older: undefined, links: [3, 2, 1] });
  });

  it('gives an empty list one empty page, and a list of up to two chunks no numbered page', () => {
    expect(paginate([], 20)).toEqual([{ number: undefined, items: [], newer: null, older: undefined, links: [] }]);
    expect(paginate(list(40), 20)).toHaveLength(1);
    expect(paginate(list(41), 20)).toHaveLength(2);
  });

  it('refuses a page size that is not a positive integer', () => {
    expect(() => paginate(list(5), 0)).toThrow(/positive integer/);
    expect(() => paginate(list(5), 2.5)).toThrow(/positive integer/);
  });
});
