import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en';
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

  it('have no empty strings, and functions of the same arity', () => {
    for (const dict of [zhCN, en] as Record<string, unknown>[]) {
      for (const path of keyPaths(dict)) {
        const value = path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], dict);
        if (typeof value === 'string') expect(value.trim(), path).not.toBe('');
      }
    }
    expect(en.articleCount.length).toBe(zhCN.articleCount.length);
  });

  it('speaks the language it is for', () => {
    expect(zhCN.home).toBe('首页');
    expect(en.home).toBe('Home');
    expect(zhCN.articleCount(3)).toBe('3 篇');
    expect(en.articleCount(1)).toBe('1 article');
    expect(en.articleCount(3)).toBe('3 articles');
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
