import { describe, expect, it } from 'vitest';
import { readSearchTags, searchTags, tagAttributes } from '../../../src/search/meta-tags';
import type { SearchRecord } from '../../../src/search/record';

const record: SearchRecord = {
  filters: { department: ['dangwei', 'zhengfu'], topic: [], column: [], company: [], type: ['news'], year: ['2023'] },
  meta: { title: '招商引资 "大会"', date: '2023年5月26日', datetime: '2023-05-26', departments: '党委、政府', summary: '' },
  sort: { date: '2023-05-26' },
};

/** The tags as a page's head, written the way the Astro component spreads the attributes. */
function head(attributes: Record<string, string>[]): string {
  const escape = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  const tags = attributes.map((a) => `<meta ${Object.entries(a).map(([k, v]) => `${k}="${escape(v)}"`).join(' ')}>`);
  return `<!DOCTYPE html><html lang="zh-CN"><head><title>t</title>${tags.join('')}</head><body><meta data-pagefind-filter="year[content]" content="1999"></body></html>`;
}

describe('search meta tags', () => {
  it('writes every filter value (in the one facet filter), the non-empty result fields and the sort key, in Pagefind\'s key[content] form', () => {
    const attributes = searchTags(record).map(tagAttributes);
    expect(attributes).toEqual([
      { name: 'pagefind-filter-f', content: 'department:dangwei', 'data-pagefind-filter': 'f[content]' },
      { name: 'pagefind-filter-f', content: 'department:zhengfu', 'data-pagefind-filter': 'f[content]' },
      { name: 'pagefind-filter-f', content: 'type:news', 'data-pagefind-filter': 'f[content]' },
      { name: 'pagefind-filter-f', content: 'year:2023', 'data-pagefind-filter': 'f[content]' },
      { name: 'pagefind-meta-title', content: '招商引资 "大会"', 'data-pagefind-meta': 'title[content]' },
      { name: 'pagefind-meta-date', content: '2023年5月26日', 'data-pagefind-meta': 'date[content]' },
      { name: 'pagefind-meta-datetime', content: '2023-05-26', 'data-pagefind-meta': 'datetime[content]' },
      { name: 'pagefind-meta-departments', content: '党委、政府', 'data-pagefind-meta': 'departments[content]' },
      { name: 'pagefind-sort-date', content: '2023-05-26', 'data-pagefind-sort': 'date[content]' },
    ]);
  });

  it('reads back from the page head exactly the tags it writes, with entities decoded', () => {
    const page = head(searchTags(record).map(tagAttributes));
    expect(readSearchTags(page)).toEqual({ lang: 'zh-CN', tags: searchTags(record) });
  });

  it('reads only tags in the key[content] form', () => {
    const page = head([
      { name: 'pagefind-filter-year', content: '2023', 'data-pagefind-filter': 'year' },
      { name: 'description', content: '2023' },
      { content: '2024', 'data-pagefind-filter': 'year[content]' },
    ]);
    expect(readSearchTags(page).tags).toEqual([{ kind: 'filter', key: 'year', content: '2024' }]);
  });
});
