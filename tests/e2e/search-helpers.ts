/**
 * Helpers for the search browser tests: what the built article pages
 * say (the text Pagefind was given to index), and how to drive and read
 * the search page in the browser.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DIST } from '../support/build';
import { sourceArticles } from '../support/content';
import { page as builtPage } from '../support/html';
import { indexedText, settled } from '../../scripts/lib/shared/search-page.ts';

export { settled };

export type Lang = 'zh-CN' | 'en';

export interface IndexedArticle {
  /** Site path, e.g. /articles/yongan-town-li-feng/ */
  path: string;
  /** The text inside data-pagefind-body, without data-pagefind-ignore parts, one line per block. */
  text: string;
}

const cache = new Map<Lang, IndexedArticle[]>();

/** Every built article page of a language with the text it gives the index. */
export function indexedArticles(lang: Lang): IndexedArticle[] {
  const known = cache.get(lang);
  if (known) return known;
  const prefix = lang === 'en' ? '/en/articles/' : '/articles/';
  const slugs = readdirSync(join(DIST, prefix), { withFileTypes: true }).filter((e) => e.isDirectory());
  const list = slugs.map((e) => {
    const path = `${prefix}${e.name}/`;
    return { path, text: indexedText(builtPage(path)) };
  });
  cache.set(lang, list);
  return list;
}

/** Paths of the articles whose indexed text contains every one of `words` (case-insensitive). */
export function pathsContaining(lang: Lang, ...words: string[]): string[] {
  return indexedArticles(lang)
    .filter((a) => words.every((w) => a.text.toLowerCase().includes(w.toLowerCase())))
    .map((a) => a.path)
    .sort();
}

/** Frontmatter of the published articles of a language, with their site paths. */
export function sourceFacts(lang: Lang) {
  return sourceArticles()
    .filter((a) => (a.data.lang ?? 'zh-CN') === lang && a.data.draft !== true)
    .map((a) => ({
      path: `${lang === 'en' ? '/en' : ''}/articles/${a.slug}/`,
      departments: (a.data.departments ?? []) as string[],
      topics: (a.data.topics ?? []) as string[],
      type: a.data.type as string,
      column: a.data.column as string | undefined,
      year: String(a.data.date).slice(0, 4),
    }));
}

/** Wait until the URL's `q` is `q` and the search for it has finished. */
export async function searched(page: Page, q: string): Promise<void> {
  await page.waitForFunction((q) => new URLSearchParams(location.search).get('q') === q, q, { timeout: 20_000 });
  await settled(page);
}

/** Type a query into the search page's box (as a reader types, one character after another) and wait for its results. */
export async function typeQuery(page: Page, q: string): Promise<void> {
  const box = page.locator('#search-page-q');
  await box.fill('');
  await box.pressSequentially(q, { delay: 20 });
  await searched(page, q);
}

/** Site paths of the results shown, in order. */
/** The results shown now (the first page of them, until “显示更多结果” is pressed). */
export async function shownPaths(page: Page): Promise<string[]> {
  return page.$$eval('.search-result__title a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/** Every result of the search: “显示更多结果” pressed until it goes. */
export async function resultPaths(page: Page): Promise<string[]> {
  const more = page.locator('[data-search-more]');
  while (await more.isVisible()) {
    const before = (await shownPaths(page)).length;
    await more.click();
    await page.waitForFunction((n) => document.querySelectorAll('.search-result').length > n, before);
  }
  return shownPaths(page);
}

export async function statusText(page: Page): Promise<string> {
  return ((await page.textContent('[data-search-status]')) ?? '').trim();
}

/** Unfold every facet that lists only its first values. */
export async function expandFacets(page: Page): Promise<void> {
  for (;;) {
    const toggle = page.locator('.search-facet__more[aria-expanded="false"]').first();
    if ((await toggle.count()) === 0) return;
    await toggle.click();
  }
}

/** The count shown next to a facet value, or undefined when the value is not listed. */
export async function facetCount(page: Page, key: string, value: string): Promise<number | undefined> {
  const box = page.locator(`.search-facet input[name="${key}"][value="${value}"]`);
  if ((await box.count()) === 0) return undefined;
  const count = await box.locator('xpath=..').locator('.search-facet__count').textContent();
  return Number(count);
}

export const sorted = (list: readonly string[]): string[] => [...list].sort();
