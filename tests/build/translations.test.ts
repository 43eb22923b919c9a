/**
 * Every one of the 14 articles from the source newspapers is in English:
 * an English page marked lang="en" on its <article>, marked as an
 * unofficial translation, linked to the Chinese page and back, and English
 * in its text. English lists then link the translations and show the 中文
 * badge only for an article without one — on the real build (none) and on
 * a fixture with one translated and one untranslated article (built for real).
 */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runBuild, type BuildResult } from '../support/build';
import { sourceArticles } from '../support/content';
import { allPages, page, text } from '../support/html';
import type { HTMLElement } from 'node-html-parser';

/** The 14 articles of the two source newspapers (tests/fixtures/seeds/). */
const SOURCE_ARTICLES = [
  'kuangqu-subdistrict-chen-yan',
  'letter-to-science-workers',
  'longshanlu-subdistrict-home-visits',
  'wenhualu-subdistrict-home-visits',
  'yongan-town-li-feng',
  'study-trip-huang-yongmin',
  'study-trip-li-zigang',
  'study-trip-liu-hao',
  'study-trip-liu-jie',
  'study-trip-pan-chao',
  'study-trip-ren-jinlei',
  'study-trip-song-xiaona',
  'study-trip-yu-jianping',
  'study-trip-zhang-yang',
];

const HAN = /\p{Script=Han}/u;
const articles = sourceArticles();

/** Text of an element without the parts marked as another language (lang="zh-CN"). */
function ownText(el: HTMLElement): string {
  const copy = el.clone() as HTMLElement;
  for (const foreign of copy.querySelectorAll('[lang]')) if (foreign.getAttribute('lang') !== 'en') foreign.remove();
  return copy.textContent;
}

describe('the 14 source articles in English', () => {
  it('each has a Chinese original and an English translation file', () => {
    for (const slug of SOURCE_ARTICLES) {
      expect(articles.find((a) => a.id === slug && a.data.lang !== 'en'), slug).toBeTruthy();
      const translation = articles.find((a) => a.id === `${slug}.en`);
      expect(translation, `${slug}.en.md`).toBeTruthy();
      expect(translation!.data.lang).toBe('en');
      expect(translation!.data.translationOf).toBe(slug);
    }
  });

  it.each(SOURCE_ARTICLES)('%s: the English page is an English <article>, marked unofficial, linked to the original', (slug) => {
    const translation = articles.find((a) => a.id === `${slug}.en`)!;
    const doc = page(`/en/articles/${slug}/`);
    expect(doc.querySelector('html')?.getAttribute('lang')).toBe('en');
    const article = doc.querySelector('main article')!;
    expect(article.getAttribute('lang')).toBe('en');
    expect(text(article.querySelector('h1'))).toBe(translation.data.title);
    const note = article.querySelector('.translation-note')!;
    expect(text(note)).toContain('unofficial translation');
    const back = note.querySelector('a')!;
    expect(back.getAttribute('href')).toBe(`/articles/${slug}/`);
    expect(back.getAttribute('hreflang')).toBe('zh-CN');
    // What a reader sees in the article is English: no Chinese outside parts marked lang="zh-CN".
    const english = ownText(article);
    expect(english.match(new RegExp(`.{0,20}${HAN.source}+.{0,20}`, 'gu')) ?? []).toEqual([]);
  });

  it.each(SOURCE_ARTICLES)('%s: the Chinese page links the English one, and both have the same paragraphs', (slug) => {
    const doc = page(`/articles/${slug}/`);
    const article = doc.querySelector('main article')!;
    expect(article.getAttribute('lang')).toBe('zh-CN');
    const link = article.querySelector('.translation-note a')!;
    expect(link.getAttribute('href')).toBe(`/en/articles/${slug}/`);
    expect(link.getAttribute('hreflang')).toBe('en');
    expect(doc.querySelector('.lang-switch')?.getAttribute('href')).toBe(`/en/articles/${slug}/`);
    const paragraphs = (path: string) => page(path).querySelectorAll('main article .article__body > p').length;
    expect(paragraphs(`/en/articles/${slug}/`)).toBe(paragraphs(`/articles/${slug}/`));
    expect(paragraphs(`/articles/${slug}/`)).toBeGreaterThan(0);
  });

  it('English lists link only English pages, with no 中文 badge, now that every article is translated', () => {
    const lists = allPages().filter((p) => p.startsWith('/en/') && page(p).querySelector('main .article-item'));
    expect(lists).toEqual(expect.arrayContaining(['/en/', '/en/columns/ganbu-kaocha-qishi/', '/en/archive/2023/', '/en/departments/yongan-town/']));
    for (const path of lists) {
      for (const item of page(path).querySelectorAll('main .article-item')) {
        expect(item.querySelector('.badge'), path).toBeNull();
        expect(item.querySelector('.article-item__title a')?.getAttribute('href'), path).toMatch(/^\/en\/articles\//);
      }
    }
    // Each translation is listed in the English archive of its year.
    for (const slug of SOURCE_ARTICLES) {
      const year = new Date(articles.find((a) => a.id === `${slug}.en`)!.data.date).getUTCFullYear();
      expect(page(`/en/archive/${year}/`).querySelector(`main a[href="/en/articles/${slug}/"]`), slug).not.toBeNull();
    }
  });
});

describe('the 中文 badge on English lists, on a fixture with one translated and one untranslated article', () => {
  let build: BuildResult;
  const LISTS = ['/en/', '/en/columns/test-column/', '/en/departments/test-town/', '/en/topics/test-topic/', '/en/types/report/', '/en/archive/2024/'];

  beforeAll(() => {
    const dir = mkdtempSync(join(tmpdir(), 'shizhong-translations-'));
    cpSync(join(ROOT, 'tests/fixtures/content'), dir, { recursive: true });
    const frontmatter = 'column: test-column\ntype: report\ndate: 2024-04-01\ndepartments: [test-town]\ntopics: [test-topic]';
    writeFileSync(join(dir, 'articles/2024/translated-article.md'), `---\ntitle: 一篇有译文的测试文章\n${frontmatter}\n---\n\n这篇测试文章有英文译文。\n`);
    writeFileSync(
      join(dir, 'articles/2024/translated-article.en.md'),
      `---\ntitle: A test article with a translation\n${frontmatter}\nlang: en\ntranslationOf: translated-article\n---\n\nThis test article has an English translation.\n`,
    );
    build = runBuild({ contentDir: dir });
  });

  it('builds', () => {
    expect(build.status, build.output).toBe(0);
  });

  it.each(LISTS)('%s lists the translation as English and the untranslated article with the 中文 badge', (path) => {
    const doc = page(path, build.outDir);
    const translated = doc.querySelector('main a[href="/en/articles/translated-article/"]');
    expect(translated, 'the translation is listed').not.toBeNull();
    const translatedItem = translated!.closest('.article-item')!;
    expect(translatedItem.querySelector('.badge')).toBeNull();
    expect(translatedItem.getAttribute('lang')).toBeUndefined();
    expect(text(translated)).toBe('A test article with a translation');
    // The original of a translated article is not listed next to it.
    expect(doc.querySelector('main a[href="/articles/translated-article/"]')).toBeNull();

    const untranslated = doc.querySelector('main a[href="/articles/good-article/"]');
    expect(untranslated, 'the untranslated article is listed in Chinese').not.toBeNull();
    expect(untranslated!.getAttribute('hreflang')).toBe('zh-CN');
    const untranslatedItem = untranslated!.closest('.article-item')!;
    expect(untranslatedItem.getAttribute('lang')).toBe('zh-CN');
    expect(text(untranslatedItem.querySelector('.badge'))).toBe('中文');
    // Every item (the home page lists an article under several headings): a badge exactly where the link is Chinese.
    for (const item of doc.querySelectorAll('main .article-item')) {
      const chinese = item.querySelector('.article-item__title a')!.getAttribute('href')!.startsWith('/articles/');
      expect(item.querySelector('.badge') !== null).toBe(chinese);
    }
  });

  it('switches language to the translation where there is one, and to the English home where there is none', () => {
    expect(page('/articles/translated-article/', build.outDir).querySelector('.lang-switch')?.getAttribute('href')).toBe('/en/articles/translated-article/');
    expect(page('/articles/good-article/', build.outDir).querySelector('.lang-switch')?.getAttribute('href')).toBe('/en/');
  });
});
