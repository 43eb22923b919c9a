/**
 * The English side: every page kind in English with English strings,
 * symmetric hreflang pairs, a language switch that lands on a real page,
 * translations linked to their originals and back.
 */
import { describe, expect, it } from 'vitest';
import { sourceArticles, sourceData } from '../support/content';
import { allPages, page, pageExists, text } from '../support/html';

const articles = sourceArticles();
const translations = articles.filter((a) => a.data.lang === 'en');
const departments = sourceData('departments');
const pages = allPages();

describe('English pages', () => {
  it.each([
    ['/en/', 'Latest articles'],
    ['/en/departments/', 'All departments'],
    ['/en/topics/', 'All topics'],
    ['/en/columns/', 'All columns'],
    ['/en/types/', 'All article types'],
    ['/en/archive/', 'Archive'],
    ['/en/departments/yongan-town/', "Yong'an Town"],
    ['/en/topics/investment-promotion/', 'Investment Promotion'],
    ['/en/columns/ganbu-kaocha-qishi/', ''],
    ['/en/types/letter/', 'Open letter'],
    ['/en/archive/2023/', '2023'],
    ['/en/404/', 'Page not found'],
  ])('%s is in English', (path, expected) => {
    const doc = page(path);
    expect(doc.querySelector('html')?.getAttribute('lang')).toBe('en');
    expect(text(doc.querySelector('main'))).toContain(expected);
    const chrome = text(doc.querySelector('header')) + text(doc.querySelector('footer'));
    expect(chrome).toContain('Home');
    expect(chrome).toContain('Published by');
    expect(chrome).not.toMatch(/首页|主办单位|搜索新闻/);
  });

  it('names departments in English on English pages', () => {
    const doc = page('/en/departments/');
    for (const d of departments) expect(text(doc.querySelector(`a[href="/en/departments/${d.id}/"]`))).toBe(d.name.en);
  });

  it('has an English page for every translation, with English dates', () => {
    expect(translations.length).toBeGreaterThanOrEqual(3);
    for (const t of translations) {
      const doc = page(`/en/articles/${t.slug}/`);
      expect(doc.querySelector('html')?.getAttribute('lang')).toBe('en');
      expect(text(doc.querySelector('h1'))).toBe(t.data.title);
      expect(text(doc.querySelector('.article__date'))).toMatch(/^(\d{1,2} )?[A-Z][a-z]+ \d{4}$/);
    }
  });

  it('marks translations as unofficial and links them to the original and back', () => {
    for (const t of translations) {
      const doc = page(`/en/articles/${t.slug}/`);
      const note = doc.querySelector('.translation-note');
      expect(text(note)).toContain('unofficial translation');
      expect(note?.querySelector('a')?.getAttribute('href')).toBe(`/articles/${t.data.translationOf}/`);
      expect(note?.querySelector('a')?.getAttribute('hreflang')).toBe('zh-CN');
      const original = page(`/articles/${t.data.translationOf}/`);
      expect(original.querySelector('.translation-note a')?.getAttribute('href')).toBe(`/en/articles/${t.slug}/`);
    }
  });

  it('lists untranslated Chinese articles on English lists with a 中文 badge and hreflang, never as English', () => {
    const doc = page('/en/columns/ganbu-kaocha-qishi/');
    const items = doc.querySelectorAll('.article-item');
    expect(items.length).toBeGreaterThan(1);
    for (const item of items) {
      const link = item.querySelector('.article-item__title a')!;
      const href = link.getAttribute('href')!;
      if (href.startsWith('/en/')) {
        expect(item.querySelector('.badge')).toBeNull();
      } else {
        expect(href).toMatch(/^\/articles\//);
        expect(link.getAttribute('hreflang')).toBe('zh-CN');
        expect(item.getAttribute('lang')).toBe('zh-CN');
        expect(text(item.querySelector('.badge'))).toBe('中文');
      }
    }
    expect(doc.querySelector('a[href="/en/articles/study-trip-liu-hao/"]')).not.toBeNull();
    expect(doc.querySelector('a[href="/articles/study-trip-liu-hao/"]')).toBeNull();
  });
});

describe('hreflang and the language switch', () => {
  it('pairs every page symmetrically with its counterpart, with x-default', () => {
    for (const path of pages) {
      const doc = page(path);
      const alternates = doc.querySelectorAll('link[rel="alternate"][hreflang]');
      if (alternates.length === 0) continue;
      const self = new URL(doc.querySelector('link[rel="canonical"]')!.getAttribute('href')!).pathname;
      const byLang = new Map(alternates.map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href')!).pathname]));
      expect(byLang.has('x-default'), path).toBe(true);
      const lang = doc.querySelector('html')!.getAttribute('lang')!;
      expect(byLang.get(lang), path).toBe(self);
      for (const [other, target] of byLang) {
        if (other === 'x-default' || other === lang) continue;
        expect(pageExists(target), `${path} → ${target}`).toBe(true);
        const back = page(target).querySelectorAll('link[rel="alternate"][hreflang]');
        const backTo = back.find((l) => l.getAttribute('hreflang') === lang);
        expect(backTo && new URL(backTo.getAttribute('href')!).pathname, `${target} ↛ ${path}`).toBe(self);
      }
    }
  });

  it('switches language to an existing page: the counterpart, or the other home', () => {
    for (const path of pages) {
      const link = page(path).querySelector('.lang-switch');
      expect(link, path).not.toBeNull();
      expect(pageExists(link!.getAttribute('href')!), path).toBe(true);
    }
    expect(page('/articles/letter-to-science-workers/').querySelector('.lang-switch')?.getAttribute('href')).toBe(
      '/en/articles/letter-to-science-workers/',
    );
    // An article without a translation switches to /en/: tests/build/translations.test.ts (fixture).
    expect(page('/articles/study-trip-pan-chao/').querySelector('.lang-switch')?.getAttribute('href')).toBe('/en/articles/study-trip-pan-chao/');
    expect(page('/en/departments/').querySelector('.lang-switch')?.getAttribute('href')).toBe('/departments/');
  });
});
