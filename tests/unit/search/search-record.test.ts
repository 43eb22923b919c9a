import { describe, expect, it } from 'vitest';
import type { ArticleMeta } from '../../../src/lib/articles';
import { facetConfigs } from '../../../src/search/config';
import { articleSearchRecord } from '../../../src/search/record';
import { en } from '../../../src/i18n/en';
import { zhCN } from '../../../src/i18n/zh-CN';

const article: ArticleMeta = {
  id: 'study-trip-pan-chao',
  slug: 'study-trip-pan-chao',
  lang: 'zh-CN',
  title: '收获满满 对标对表 用心落实 跨越赶超',
  date: new Date('2024-02-01T00:00:00Z'),
  datePrecision: 'month',
  type: 'reflection',
  column: 'ganbu-kaocha-qishi',
  departments: ['development-reform-bureau', 'zaozhuang-development-zone'],
  topics: ['study-tour', 'industrial-doubling'],
  summary: '新春伊始……',
};
const names: Record<string, string> = { 'development-reform-bureau': '区发展和改革局', 'zaozhuang-development-zone': '枣庄经济开发区' };

describe('articleSearchRecord', () => {
  it('maps an article to filter values by id: departments, topics, column, companies named, type, year', () => {
    const record = articleSearchRecord(article, 'zh-CN', (id) => names[id], ['xinyuanda', 'cnbm']);
    expect(record.filters).toEqual({
      department: ['development-reform-bureau', 'zaozhuang-development-zone'],
      topic: ['study-tour', 'industrial-doubling'],
      column: ['ganbu-kaocha-qishi'],
      company: ['xinyuanda', 'cnbm'],
      type: ['reflection'],
      year: ['2024'],
    });
  });

  it('gives the fields a result shows, in the page’s language, and a full date to sort by', () => {
    const record = articleSearchRecord(article, 'zh-CN', (id) => names[id]);
    expect(record.meta).toMatchObject({ title: article.title, date: '2024年2月', datetime: '2024-02', departments: '区发展和改革局、枣庄经济开发区' });
    expect(record.sort.date).toBe('2024-02-01');
    const english = articleSearchRecord({ ...article, lang: 'en' }, 'en', (id) => (id === 'development-reform-bureau' ? 'Development Bureau' : undefined));
    expect(english.meta.date).toBe('February 2024');
    expect(english.meta.departments).toBe('Development Bureau');
  });

  it('has no column filter for an article outside any column, and no company filter for one that names none', () => {
    expect(articleSearchRecord({ ...article, column: undefined }, 'zh-CN', () => undefined).filters.column).toEqual([]);
    expect(articleSearchRecord(article, 'zh-CN', () => undefined).filters.company).toEqual([]);
  });
});

describe('facetConfigs', () => {
  it('lists the six facets in order with names in the page’s language, years newest first', () => {
    const sources = {
      departments: [{ id: 'yongan-town', name: "Yong'an Town" }],
      topics: [{ id: 'study-tour', name: 'Study Tours' }],
      columns: [],
      companies: [{ id: 'xinyuanda', name: 'Xinyuanda' }],
      types: [{ id: 'letter', name: 'Open letter' }],
      years: [2023, 2024],
      yearName: (y: number) => `${y}`,
    };
    const facets = facetConfigs(en.search, sources);
    expect(facets.map((f) => f.key)).toEqual(['department', 'topic', 'column', 'company', 'type', 'year']);
    expect(facets[3]).toEqual({ key: 'company', label: 'Company or project', options: [['xinyuanda', 'Xinyuanda']] });
    expect(facets[0]).toEqual({ key: 'department', label: 'Department', options: [['yongan-town', "Yong'an Town"]] });
    expect(facets[5]?.options).toEqual([
      ['2024', '2024'],
      ['2023', '2023'],
    ]);
    expect(facetConfigs(zhCN.search, sources)[0]?.label).toBe('部门');
  });
});
