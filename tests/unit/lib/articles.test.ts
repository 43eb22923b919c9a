import { describe, expect, it } from 'vitest';
import {
  byDepartment,
  byYear,
  countBy,
  linkArticles,
  sortByDateDesc,
  yearsOf,
  type ArticleMeta,
} from '../../../src/lib/articles';

function meta(id: string, over: Partial<ArticleMeta> = {}): ArticleMeta {
  return {
    id,
    slug: id,
    lang: 'zh-CN',
    title: id,
    date: new Date('2023-05-26'),
    datePrecision: 'day',
    type: 'report',
    departments: [],
    topics: [],
    summary: '',
    ...over,
  };
}

const a = meta('a', { date: new Date('2024-02-01'), column: 'c1', departments: ['d1'], topics: ['t1', 't2'] });
const b = meta('b', { date: new Date('2023-05-26'), column: 'c1', departments: ['d1', 'd2'], topics: ['t1'] });
const c = meta('c', { date: new Date('2023-05-26'), column: 'c1', departments: ['d3'], topics: ['t2'] });
const d = meta('d', { date: new Date('2022-01-01'), column: 'c2', departments: ['d4'], topics: [] });
const aEn = meta('a.en', { lang: 'en', translationOf: 'a', departments: ['d1'], topics: ['t1'] });
const all = [d, c, b, a, aEn];

describe('sorting and filtering', () => {
  it('sorts newest first, ties by id', () => {
    expect(sortByDateDesc([d, c, b, a]).map((x) => x.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('filters by department and year', () => {
    expect(byDepartment(all, 'd1').map((x) => x.id)).toEqual(['b', 'a', 'a.en']);
    expect(byYear(all, 2023).map((x) => x.id)).toEqual(['c', 'b', 'a.en']);
  });

  it('counts articles per key, once per article', () => {
    const counts = countBy([a, b, c, d], (x) => x.departments);
    expect(counts.get('d1')).toBe(2);
    expect(counts.get('d4')).toBe(1);
    expect(countBy([a, a], () => ['k', 'k']).get('k')).toBe(2);
  });

  it('lists years newest first, without repeats', () => {
    expect(yearsOf(all)).toEqual([2024, 2023, 2022]);
  });
});

describe('related articles', () => {
  it('ranks shared departments above shared topics, and leaves out the article and its translations', () => {
    const related = linkArticles(all).related(a);
    expect(related.map((x) => x.id)).toEqual(['b', 'c']);
  });

  it('chooses older articles first, so a new article changes no list that has enough of them', () => {
    // Older ones first: a.en is as old as b but comes first (same date, ids in order).
    expect(linkArticles(all).related(aEn).map((x) => x.id)).toEqual(['b']);
    const many = Array.from({ length: 12 }, (_, i) => meta(`m${i}`, { date: new Date(Date.UTC(2020, 0, 1 + i)), departments: ['d9'] }));
    const newest = meta('z', { date: new Date('2025-01-01'), departments: ['d9'] });
    const before = linkArticles(many);
    const after = linkArticles([...many, newest]);
    expect(after.related(newest).map((x) => x.id)).toEqual(['m11', 'm10', 'm9', 'm8', 'm7']);
    // Each article with five older related ones keeps its list; the first few are filled up with the oldest newer ones.
    for (const x of many) expect(after.related(x)).toEqual(before.related(x));
    expect(after.related(many[1]!).map((x) => x.id)).toEqual(['m0', 'm2', 'm3', 'm4', 'm5']);
  });

  it('leaves out articles sharing nothing', () => {
    expect(linkArticles(all).related(d)).toEqual([]);
  });

  it('treats a translation and its original as one work', () => {
    expect(linkArticles(all).related(aEn).map((x) => x.id)).not.toContain('a');
  });
});

describe('column neighbours', () => {
  const links = linkArticles([d, c, b, a]);
  const columnNeighbours = (_: unknown, x: ArticleMeta) => links.neighbours(x);
  const column = null;

  it('gives the older article as previous and the newer as next', () => {
    const { prev, next } = columnNeighbours(column, b);
    expect(next?.id).toBe('a');
    expect(prev?.id).toBe('c');
  });

  it('has no next for the newest and no previous for the oldest', () => {
    expect(columnNeighbours(column, a).next).toBeUndefined();
    expect(columnNeighbours(column, c).prev).toBeUndefined();
  });

  it('gives nothing to an article without a column', () => {
    expect(columnNeighbours(column, meta('x'))).toEqual({});
  });

  it('skips articles of other columns', () => {
    expect(links.neighbours(c).prev).toBeUndefined();
    expect(links.neighbours(d)).toEqual({});
  });
});

describe('related articles on a large archive', () => {
  // The index must give exactly what scoring every article against every other gives.
  function naiveRelated(list: ArticleMeta[], x: ArticleMeta, limit = 5): string[] {
    const root = (y: ArticleMeta) => y.translationOf ?? y.id;
    const older = (y: ArticleMeta) => y.date < x.date || (y.date.getTime() === x.date.getTime() && y.id.localeCompare(x.id) > 0);
    const scored = list
      .filter((y) => root(y) !== root(x))
      .map((y) => ({
        y,
        score: 2 * y.departments.filter((k) => x.departments.includes(k)).length + y.topics.filter((k) => x.topics.includes(k)).length,
      }))
      .filter((s) => s.score > 0);
    const newestFirst = (p: { y: ArticleMeta }, q: { y: ArticleMeta }) => q.y.date.getTime() - p.y.date.getTime() || p.y.id.localeCompare(q.y.id);
    return [
      ...scored.filter((s) => older(s.y)).sort((p, q) => q.score - p.score || newestFirst(p, q)),
      ...scored.filter((s) => !older(s.y)).sort((p, q) => q.score - p.score || newestFirst(q, p)),
    ]
      .slice(0, limit)
      .map((s) => s.y.id);
  }

  it('matches scoring every pair, ties and translations included', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const pick = (prefix: string, n: number, max: number) =>
      [...new Set(Array.from({ length: n }, () => `${prefix}${Math.floor(random() * max)}`))];
    const list: ArticleMeta[] = Array.from({ length: 400 }, (_, i) =>
      meta(`x${String(i).padStart(3, '0')}`, {
        // Few distinct dates, so many ties are broken by id.
        date: new Date(Date.UTC(2020 + Math.floor(random() * 3), 0, 1 + Math.floor(random() * 3))),
        departments: pick('d', 1 + Math.floor(random() * 2), 8),
        topics: pick('t', Math.floor(random() * 4), 12),
        ...(i % 25 === 0 && i > 0 ? { lang: 'en' as const, translationOf: `x${String(i - 1).padStart(3, '0')}` } : {}),
      }),
    );
    const links = linkArticles(list);
    for (const x of list) expect(links.related(x).map((y) => y.id)).toEqual(naiveRelated(list, x));
    expect(links.related(list[3]!, 12).map((y) => y.id)).toEqual(naiveRelated(list, list[3]!, 12));
  });
});
