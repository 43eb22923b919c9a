/**
 * List pages (column, department, topic, type, year) carry the
 * column-level meta tags of Chinese government sites, as article pages
 * carry theirs: ColumnName (the list's heading), ColumnDescription,
 * ColumnKeywords and ColumnType (the kind of list, as the breadcrumb names it).
 */
import { describe, expect, it } from 'vitest';
import { sourceArticles, sourceData } from '../support/content';
import { page, text } from '../support/html';
import type { HTMLElement } from 'node-html-parser';

const meta = (doc: HTMLElement, name: string) => {
  const tags = doc.querySelectorAll(`meta[name="${name}"]`);
  expect(tags, `${name} once`).toHaveLength(1);
  return tags[0]!.getAttribute('content') ?? '';
};

const years = [...new Set(sourceArticles().map((a) => String(a.data.date).slice(0, 4)))];
const departments = sourceData('departments') as { id: string; aliases?: string[] }[];
const lists = [
  ...sourceData('columns').map((c) => `/columns/${c.id}/`),
  ...departments.map((d) => `/departments/${d.id}/`),
  ...sourceData('topics').map((t) => `/topics/${t.id}/`),
  ...['interview', 'report', 'reflection', 'letter', 'news'].map((t) => `/types/${t}/`),
  ...years.map((y) => `/archive/${y}/`),
];

describe('list-page meta tags', () => {
  it.each(lists.flatMap((p) => [[p], [`/en${p}`]] as const))('%s has ColumnName, ColumnDescription, ColumnKeywords and ColumnType', (path) => {
    const doc = page(path);
    const heading = text(doc.querySelector('h1'));
    expect(meta(doc, 'ColumnName')).toBe(heading);
    const description = meta(doc, 'ColumnDescription');
    expect(description.length).toBeGreaterThan(0);
    const shown = doc.querySelector('.list-header__description');
    if (shown) expect(description).toBe(text(shown));
    expect(meta(doc, 'ColumnKeywords').split(path.startsWith('/en/') ? '; ' : ',')).toContain(heading);
    // The kind of list is the breadcrumb's step before the list itself (栏目, 部门, 主题, 文章类型, 归档).
    const crumbs = doc.querySelectorAll('.breadcrumb li').map((li) => text(li).trim());
    expect(meta(doc, 'ColumnType')).toBe(crumbs[crumbs.length - 2]);
  });

  it('a department list names its aliases among the keywords', () => {
    const d = departments.find((x) => (x.aliases ?? []).length > 0)!;
    const keywords = meta(page(`/departments/${d.id}/`), 'ColumnKeywords').split(',');
    for (const alias of d.aliases!) expect(keywords).toContain(alias);
  });

  it('article pages keep their own ColumnName and ColumnType, once', () => {
    const doc = page('/articles/yongan-town-li-feng/');
    expect(meta(doc, 'ColumnName')).toBe('强工兴产 转型突围');
    expect(meta(doc, 'ColumnType')).toBe('访谈');
  });
});
