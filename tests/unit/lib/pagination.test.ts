import { describe, expect, it } from 'vitest';
import { paginate } from '../../../src/lib/pagination';

describe('paginate', () => {
  const items = Array.from({ length: 45 }, (_, i) => i + 1);

  it('splits into pages of the given size, the last one shorter', () => {
    const pages = paginate(items, 20);
    expect(pages.map((p) => p.items.length)).toEqual([20, 20, 5]);
    expect(pages.map((p) => p.number)).toEqual([1, 2, 3]);
    expect(pages.every((p) => p.total === 3)).toBe(true);
    expect(pages[2]!.items[0]).toBe(41);
    expect(pages[1]!.firstIndex).toBe(21);
  });

  it('keeps every item exactly once, in order', () => {
    expect(paginate(items, 7).flatMap((p) => p.items)).toEqual(items);
  });

  it('gives an empty list one empty page, and an exact multiple no empty page', () => {
    expect(paginate([], 20)).toEqual([{ number: 1, total: 1, items: [], firstIndex: 1 }]);
    expect(paginate(items.slice(0, 40), 20)).toHaveLength(2);
  });

  it('refuses a page size that is not a positive integer', () => {
    expect(() => paginate(items, 0)).toThrow(/positive integer/);
    expect(() => paginate(items, 2.5)).toThrow(/positive integer/);
  });
});
