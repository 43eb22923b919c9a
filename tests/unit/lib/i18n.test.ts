import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en';
import { fill } from '../../../src/i18n/fill';
import { localeFromParam, localeParam, localePrefix, otherLocale } from '../../../src/i18n/locales';
import { zhCN } from '../../../src/i18n/zh-CN';

/** Every key path of a dictionary, nested objects included. */
function keyPaths(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    v && typeof v === 'object' ? keyPaths(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

describe('UI dictionaries', () => {
  it('have the same keys in both languages', () => {
    expect(keyPaths(en).sort()).toEqual(keyPaths(zhCN).sort());
  });

  it('have no empty strings', () => {
    for (const dict of [zhCN, en] as Record<string, unknown>[]) {
      for (const path of keyPaths(dict)) {
        const value = path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], dict);
        // Separators may be a bare space; every other string has text.
        if (typeof value === 'string') expect(path.endsWith('Separator') ? value : value.trim(), path).not.toBe('');
      }
    }
  });

  it('speaks the language it is for', () => {
    expect(zhCN.home).toBe('首页');
    expect(en.home).toBe('Home');
    expect(fill(zhCN.articleCount, { n: 3 }, 'zh-CN')).toBe('3 篇');
    expect(fill(en.articleCount, { n: 1 }, 'en')).toBe('1 article');
    expect(fill(en.articleCount, { n: 3 }, 'en')).toBe('3 articles');
    expect(fill(en.pageN, { n: 2 })).toBe('Page 2');
    expect(fill(zhCN.speakerLine, { name: '李锋', role: '永安镇党委书记' })).toBe('永安镇党委书记李锋');
    // A placeholder without a value stays visible rather than vanishing.
    expect(fill('{q} / {n}', { q: '招商' })).toBe('招商 / {n}');
    expect(fill('找到 {n} 篇文章', { n: 3 })).toBe('找到 3 篇文章');
    expect(fill('没有找到包含“{q}”的文章。{x}', { q: '飞机' })).toBe('没有找到包含“飞机”的文章。{x}');
    expect(fill(en.search.found, { n: 1 }, 'en')).toBe('Found 1 article');
    expect(fill(en.search.found, { n: 2 }, 'en')).toBe('Found 2 articles');
  });

  it('writes every variable part as a {name} placeholder, never as code', () => {
    for (const dict of [zhCN, en]) {
      for (const path of keyPaths(dict)) {
        const value = path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], dict);
        expect(typeof value, path).not.toBe('function');
        if (typeof value === 'string') expect(value, path).not.toMatch(/\$\{/);
      }
    }
  });
});

describe('locales', () => {
  it('puts Chinese at the root and English under /en', () => {
    expect(localePrefix('zh-CN')).toBe('');
    expect(localePrefix('en')).toBe('/en');
    expect(localeParam('zh-CN')).toBeUndefined();
    expect(localeFromParam(undefined)).toBe('zh-CN');
    expect(localeFromParam('en')).toBe('en');
    expect(otherLocale('en')).toBe('zh-CN');
  });

  it('refuses unknown locales in URLs', () => {
    expect(() => localeFromParam('fr')).toThrow(/Unknown locale/);
    expect(() => localeFromParam('zh-CN')).toThrow(/Unknown locale/);
  });
});
