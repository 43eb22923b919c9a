/**
 * Index pages: departments grouped by kind with counts, one page per
 * department/topic/column/type/year listing exactly its articles.
 */
import { describe, expect, it } from 'vitest';
import { sourceArticles, sourceData } from '../support/content';
import { page, pageExists, text } from '../support/html';

const zh = sourceArticles().filter((a) => (a.data.lang ?? 'zh-CN') === 'zh-CN');
const departments = sourceData('departments');
const topics = sourceData('topics');
const columns = sourceData('columns');

/** The article links of a list page, as slugs, in order. */
function listed(path: string): string[] {
  return page(path)
    .querySelectorAll('main .article-list .article-item__title a')
    .map((a) => a.getAttribute('href')!.replace(/^\/articles\/|\/$/g, ''));
}

function sortedSlugs(filter: (a: (typeof zh)[number]) => boolean): string[] {
  return zh.filter(filter).map((a) => a.slug).sort();
}

describe('department pages', () => {
  it.each(departments.map((d) => [d.id, d] as const))('%s lists exactly its articles, newest first', (id, d) => {
    const slugs = listed(`/departments/${id}/`);
    expect([...slugs].sort()).toEqual(sortedSlugs((a) => a.data.departments.includes(id)));
    expect(text(page(`/departments/${id}/`).querySelector('h1'))).toBe(d.name.zh);
    const dates = page(`/departments/${id}/`).querySelectorAll('main .article-item time').map((t) => t.getAttribute('datetime')!);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('the 永安镇 page lists the 永安镇 interview', () => {
    expect(listed('/departments/yongan-town/')).toEqual(['yongan-town-li-feng']);
  });

  it('the directory groups departments by kind, in order, with counts', () => {
    const doc = page('/departments/');
    const headings = doc.querySelectorAll('main h2').map((h) => text(h));
    expect(headings.slice(0, 4)).toEqual(['镇', '街道', '区直部门', '党群机构']);
    expect(headings).toContain('企业');
    for (const d of departments) {
      const link = doc.querySelector(`main a[href="/departments/${d.id}/"]`);
      expect(link, d.id).not.toBeNull();
      const count = zh.filter((a) => a.data.departments.includes(d.id)).length;
      expect(text(link!.parentNode!.querySelector('.count'))).toBe(`${count} 篇`);
    }
  });
});

describe('topic, column, type and year pages', () => {
  it.each(topics.map((t) => [t.id] as const))('topic %s lists exactly its articles', (id) => {
    expect(listed(`/topics/${id}/`).sort()).toEqual(sortedSlugs((a) => (a.data.topics ?? []).includes(id)));
  });

  it.each(columns.map((c) => [c.id] as const))('column %s lists exactly its articles', (id) => {
    expect(listed(`/columns/${id}/`).sort()).toEqual(sortedSlugs((a) => a.data.column === id));
  });

  it.each(['interview', 'report', 'reflection', 'letter'])('type %s lists exactly its articles', (type) => {
    expect(listed(`/types/${type}/`).sort()).toEqual(sortedSlugs((a) => a.data.type === type));
  });

  it('a type page is titled with the Chinese type name', () => {
    expect(text(page('/types/reflection/').querySelector('h1'))).toBe('心得体会');
    expect(text(page('/types/letter/').querySelector('h1'))).toBe('公开信');
  });

  it.each([2023, 2024])('year %i lists exactly its articles', (year) => {
    expect(listed(`/archive/${year}/`).sort()).toEqual(sortedSlugs((a) => new Date(a.data.date).getUTCFullYear() === year));
  });

  it('has no second page while every list fits on one', () => {
    expect(pageExists('/archive/2024/2/')).toBe(false);
    expect(page('/archive/2024/').querySelector('.pagination')).toBeNull();
  });
});

describe('home page', () => {
  const home = page('/');

  it('shows the latest articles first', () => {
    const latest = home.querySelectorAll('.home__latest .article-item__title a').map((a) => a.getAttribute('href'));
    expect(latest.length).toBeGreaterThan(0);
    expect(latest[0]).toMatch(/^\/articles\/study-trip-/);
  });

  it('shows each column, linked', () => {
    for (const c of columns) expect(home.querySelector(`.home__columns a[href="/columns/${c.id}/"]`), c.id).not.toBeNull();
  });

  it('shows the department directory', () => {
    for (const d of departments) expect(home.querySelector(`.home__directory a[href="/departments/${d.id}/"]`), d.id).not.toBeNull();
  });
});
