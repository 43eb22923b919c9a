import { describe, expect, it } from 'vitest';
import {
  byDepartment,
  byYear,
  columnNeighbours,
  countBy,
  relatedArticles,
  sortByDateDesc,
  yearsOf,
  type ArticleMeta,
} from '../../../src/lib/articles';

function article(id: string, over: Partial<ArticleMeta> = {}): ArticleMeta {
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

const a = article('a', { date: new Date('2024-02-01'), column: 'c1', departments: ['d1'], topics: ['t1', 't2'] });
const b = article('b', { date: new Date('2023-05-26'), column: 'c1', departments: ['d1', 'd2'], topics: ['t1'] });
const c = article('c', { date: new Date('2023-05-26'), column: 'c1', departments: ['d3'], topics: ['t2'] });
const d = article('d', { date: new Date('2022-01-01'), column: 'c2', departments: ['d4'], topics: [] });
const aEn = article('a.en', { lang: 'en', translationOf: 'a', departments: ['d1'], topics: ['t1'] });
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

describe('relatedArticles', () => {
  it('ranks shared departments above shared topics, and leaves out the article and its translations', () => {
    const related = relatedArticles(all, a);
    expect(related.map((x) => x.id)).toEqual(['b', 'c']);
  });

  it('leaves out articles sharing nothing', () => {
    expect(relatedArticles(all, d)).toEqual([]);
  });

  it('treats a translation and its original as one work', () => {
    expect(relatedArticles(all, aEn).map((x) => x.id)).not.toContain('a');
  });
});

describe('columnNeighbours', () => {
  const column = [a, b, c, d];

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
    expect(columnNeighbours(column, article('x'))).toEqual({});
  });
});
