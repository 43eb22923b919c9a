/**
 * Site search in a real browser (Debian's Chromium), on the built site
 * served from dist/: typing Chinese queries, facets, the URL, the header
 * box, the English index, a phone screen, the keyboard, JavaScript off.
 *
 * Expected results come from the built article pages (the text inside
 * data-pagefind-body, as Pagefind indexed it) and from the articles'
 * frontmatter, never from the search itself.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DIST } from '../support/build';
import { page as builtPage } from '../support/html';
import { launchBrowser, type LaunchedBrowser } from '../../scripts/lib/shared/browser.ts';
import {
  expandFacets,
  facetCount,
  indexedArticles,
  pathsContaining,
  resultPaths,
  shownPaths,
  searched,
  settled,
  sorted,
  sourceFacts,
  statusText,
  typeQuery,
} from './search-helpers';

const baseUrl = inject('baseUrl');
let browser: LaunchedBrowser;
/** Every URL the browser asked for, to check that nothing is fetched from another host. */
const requested: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  browser.context.on('request', (request) => requested.push(request.url()));
});
afterAll(async () => {
  await browser?.close();
});

async function open(path: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${baseUrl}${path}`);
  return page;
}

const zh = sourceFacts('zh-CN');

describe('the index', () => {
  it('holds exactly the article pages, in shards of whole years per language, each listed by its search page', () => {
    for (const [lang, locale, searchPath] of [
      ['zh-cn', 'zh-CN', '/search/'],
      ['en', 'en', '/en/search/'],
    ] as const) {
      const facts = sourceFacts(locale);
      const config = JSON.parse(builtPage(searchPath).querySelector('[data-config]')?.getAttribute('data-config') ?? '{}') as {
        shards: { years: string[]; path: string }[];
      };
      // Every year of the language's articles in exactly one shard; the shards the page lists are those built.
      expect(config.shards.flatMap((s) => s.years).sort()).toEqual([...new Set(facts.map((a) => a.year))].sort());
      expect(config.shards.map((s) => s.path.split('/').at(-2)).sort()).toEqual(readdirSync(join(DIST, 'pagefind', lang)).sort());
      for (const shard of config.shards) {
        const entry = JSON.parse(readFileSync(join(DIST, shard.path, 'pagefind-entry.json'), 'utf8')) as {
          languages: Record<string, { page_count: number }>;
        };
        expect(Object.keys(entry.languages), shard.path).toEqual([lang]);
        expect(entry.languages[lang]?.page_count, shard.path).toBe(facts.filter((a) => shard.years.includes(a.year)).length);
      }
    }
    expect(indexedArticles('zh-CN').length).toBe(zh.length);
  });

  it('has no navigation, footer, related lists or department chips in it', async () => {
    // Text on every article page, but outside the article body.
    for (const word of ['主办单位', '相关文章', '本栏目中的上一篇']) expect(pathsContaining('zh-CN', word)).toEqual([]);
    const page = await open('/search/');
    await settled(page);
    for (const word of ['主办单位', '相关文章']) {
      await typeQuery(page, word);
      expect(await resultPaths(page), word).toEqual([]);
    }
    await page.close();
  });
});

describe('Chinese queries', () => {
  let page: Page;
  beforeAll(async () => {
    page = await open('/search/');
    await settled(page);
  });
  afterAll(() => page.close());

  it('招商引资 finds every article that says it, the investment-promotion articles among them', async () => {
    await typeQuery(page, '招商引资');
    const expected = pathsContaining('zh-CN', '招商引资');
    expect(expected.length).toBeGreaterThan(1);
    expect(sorted(await resultPaths(page))).toEqual(expected);
    const tagged = zh.filter((a) => a.topics.includes('investment-promotion')).map((a) => a.path);
    expect(expected.filter((p) => tagged.includes(p)).length).toBeGreaterThan(0);
    expect(await statusText(page)).toBe(`找到 ${expected.length} 篇文章`);
  });

  it('shows title, date, department and an excerpt with the match highlighted', async () => {
    const first = page.locator('.search-result').first();
    expect((await first.locator('.search-result__title a').textContent())?.trim()).not.toBe('');
    expect(await first.locator('.search-result__meta time').getAttribute('datetime')).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
    expect((await first.locator('.search-result__meta time').textContent()) ?? '').toMatch(/^\d{4}年\d{1,2}月(\d{1,2}日)?$/);
    expect((await first.locator('.search-result__meta span').textContent())?.trim()).not.toBe('');
    const marks = await page.locator('.search-result__excerpt mark').allTextContents();
    expect(marks.length).toBeGreaterThanOrEqual(await page.locator('.search-result').count());
    expect(marks.every((m) => m.includes('招商引资'))).toBe(true);
  });

  it('招商 (inside the longer 招商引资) finds every article that contains it', async () => {
    await typeQuery(page, '招商');
    const expected = pathsContaining('zh-CN', '招商');
    expect(expected.length).toBeGreaterThan(pathsContaining('zh-CN', '招商引资').length);
    expect(sorted(await resultPaths(page))).toEqual(expected);
  });

  it('新远大 finds the 2023 矿区街道 interview and the 2024 潘超 reflection', async () => {
    await typeQuery(page, '新远大');
    const paths = await resultPaths(page);
    expect(sorted(paths)).toEqual(['/articles/kuangqu-subdistrict-chen-yan/', '/articles/study-trip-pan-chao/']);
    expect(sorted(paths)).toEqual(pathsContaining('zh-CN', '新远大'));
    // Newest first by default.
    expect(paths).toEqual(['/articles/study-trip-pan-chao/', '/articles/kuangqu-subdistrict-chen-yan/']);
  });

  it('a quoted phrase matches exactly, in ASCII or Chinese quotation marks', async () => {
    const exact = pathsContaining('zh-CN', '工业项目');
    const loose = pathsContaining('zh-CN', '工业', '项目');
    expect(exact.length).toBeGreaterThan(0);
    expect(loose.length).toBeGreaterThan(exact.length);
    await typeQuery(page, '"工业项目"');
    expect(sorted(await resultPaths(page))).toEqual(exact);
    await typeQuery(page, '“工业项目”');
    expect(sorted(await resultPaths(page))).toEqual(exact);
  });

  it('a word in no article says so clearly', async () => {
    // Pagefind alone returns pages that only share a character with such a word (量 of 量子).
    expect(pathsContaining('zh-CN', '量子计算')).toEqual([]);
    await typeQuery(page, '量子计算');
    expect(await resultPaths(page)).toEqual([]);
    expect(await statusText(page)).toContain('没有找到包含“量子计算”的文章');
  });

  it('does not search in the middle of an input method composition', async () => {
    await page.goto(`${baseUrl}/search/`);
    await settled(page);
    const before = await statusText(page);
    const cdp = await page.context().newCDPSession(page);
    await page.focus('#search-page-q');
    await cdp.send('Input.imeSetComposition', { text: 'zhao', selectionStart: 4, selectionEnd: 4 });
    await cdp.send('Input.imeSetComposition', { text: 'zhao shang', selectionStart: 10, selectionEnd: 10 });
    await page.waitForTimeout(1000);
    expect(await page.inputValue('#search-page-q')).toBe('zhao shang');
    expect(new URL(page.url()).search).toBe('');
    expect(await statusText(page)).toBe(before);
    await cdp.send('Input.insertText', { text: '招商' });
    await searched(page, '招商');
    expect(sorted(await resultPaths(page))).toEqual(pathsContaining('zh-CN', '招商'));
    await cdp.detach();
  });
});

describe('facets', () => {
  it('count, combine and clear department, topic, column, type and year filters', async () => {
    const page = await open('/search/?q=招商');
    await searched(page, '招商');
    const matching = zh.filter((a) => pathsContaining('zh-CN', '招商').includes(a.path));
    const count = (pred: (a: (typeof zh)[number]) => boolean) => matching.filter(pred).length;

    // Counts for every facet, before any is chosen (long lists unfolded).
    await expandFacets(page);
    for (const topic of new Set(matching.flatMap((a) => a.topics))) {
      expect(await facetCount(page, 'topic', topic), topic).toBe(count((a) => a.topics.includes(topic)));
    }
    for (const year of new Set(matching.map((a) => a.year))) {
      expect(await facetCount(page, 'year', year), year).toBe(count((a) => a.year === year));
    }
    for (const department of new Set(matching.flatMap((a) => a.departments))) {
      expect(await facetCount(page, 'department', department)).toBe(count((a) => a.departments.includes(department)));
    }
    for (const type of new Set(matching.map((a) => a.type))) {
      expect(await facetCount(page, 'type', type)).toBe(count((a) => a.type === type));
    }
    for (const column of new Set(matching.map((a) => a.column).filter((c) => c !== undefined))) {
      expect(await facetCount(page, 'column', column)).toBe(count((a) => a.column === column));
    }

    // One topic.
    await page.click('.search-facet input[name="topic"][value="investment-promotion"]');
    await page.waitForURL(/topic=investment-promotion/);
    await settled(page);
    const withTopic = matching.filter((a) => a.topics.includes('investment-promotion'));
    expect(sorted(await resultPaths(page))).toEqual(sorted(withTopic.map((a) => a.path)));
    // The year counts now count within the topic.
    for (const year of new Set(withTopic.map((a) => a.year))) {
      expect(await facetCount(page, 'year', year)).toBe(withTopic.filter((a) => a.year === year).length);
    }

    // And a year: both apply.
    await page.click('.search-facet input[name="year"][value="2024"]');
    await page.waitForURL(/year=2024/);
    await settled(page);
    const both = withTopic.filter((a) => a.year === '2024');
    expect(sorted(await resultPaths(page))).toEqual(sorted(both.map((a) => a.path)));
    expect(new URL(page.url()).searchParams.getAll('topic')).toEqual(['investment-promotion']);
    expect(await page.textContent('[data-search-filters-summary]')).toContain('已选 2 项');

    // Two values of one facet widen it.
    await page.click('.search-facet input[name="year"][value="2023"]');
    await page.waitForURL(/year=2023/);
    await settled(page);
    expect(sorted(await resultPaths(page))).toEqual(sorted(withTopic.filter((a) => ['2023', '2024'].includes(a.year)).map((a) => a.path)));

    // Clear them all.
    await page.click('[data-search-clear]');
    await page.waitForURL((url) => !url.search.includes('topic='));
    await settled(page);
    expect(new URL(page.url()).search).toBe(`?q=${encodeURIComponent('招商')}`);
    expect(sorted(await resultPaths(page))).toEqual(pathsContaining('zh-CN', '招商'));
    await page.close();
  });

  it('browse by filters alone, without a query, newest first', async () => {
    const page = await open('/search/?department=yongan-town');
    await settled(page);
    const expected = zh.filter((a) => a.departments.includes('yongan-town')).map((a) => a.path);
    expect(sorted(await resultPaths(page))).toEqual(sorted(expected));
    expect(await statusText(page)).toBe(`共 ${expected.length} 篇文章`);
    expect(await page.isChecked('.search-facet input[name="department"][value="yongan-town"]')).toBe(true);

    await page.goto(`${baseUrl}/search/?type=reflection&year=2024`);
    await settled(page);
    const reflections = zh.filter((a) => a.type === 'reflection' && a.year === '2024').map((a) => a.path);
    expect(sorted(await resultPaths(page))).toEqual(sorted(reflections));
    await page.close();
  });

  it('sorts newest first by default, and oldest first on request', async () => {
    const page = await open('/search/?q=招商');
    await searched(page, '招商');
    const dates = () => page.$$eval('.search-result__meta time', (ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
    const newest = await dates();
    expect(newest).toEqual([...newest].sort().reverse());
    expect(new Set(newest).size).toBeGreaterThan(1);
    await page.selectOption('[data-search-sort]', 'oldest');
    await page.waitForURL(/sort=oldest/);
    await settled(page);
    const oldest = await dates();
    expect(oldest).toEqual([...oldest].sort());
    await page.close();
  });
});

describe('the URL', () => {
  it('follows a ?q= link, keeps the URL in step, and goes back with the back button', async () => {
    const page = await open(`/search/?q=${encodeURIComponent('新远大')}`);
    await searched(page, '新远大');
    expect(await page.inputValue('#search-page-q')).toBe('新远大');
    expect(sorted(await resultPaths(page))).toEqual(pathsContaining('zh-CN', '新远大'));
    expect(await page.title()).toContain('新远大');

    await page.fill('#search-page-q', '招商引资');
    await page.press('#search-page-q', 'Enter');
    await searched(page, '招商引资');
    expect(sorted(await resultPaths(page))).toEqual(pathsContaining('zh-CN', '招商引资'));

    await page.goBack();
    await searched(page, '新远大');
    expect(await page.inputValue('#search-page-q')).toBe('新远大');
    expect(sorted(await resultPaths(page))).toEqual(pathsContaining('zh-CN', '新远大'));

    await page.goForward();
    await searched(page, '招商引资');
    expect(await page.inputValue('#search-page-q')).toBe('招商引资');
    await page.close();
  });

  it('the header box on any page goes to the search page with the query', async () => {
    const page = await open('/articles/yongan-town-li-feng/');
    await page.fill('#site-search-q', '新远大');
    await page.press('#site-search-q', 'Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await searched(page, '新远大');
    expect(new URL(page.url()).pathname).toBe('/search/');
    expect(sorted(await resultPaths(page))).toEqual(pathsContaining('zh-CN', '新远大'));
    await page.close();
  });
});

describe('English', () => {
  it('searches the English index with an English interface and English names', async () => {
    const page = await open('/en/search/');
    await settled(page);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await typeQuery(page, 'midsummer');
    const expected = pathsContaining('en', 'midsummer');
    expect(expected).toEqual(['/en/articles/letter-to-science-workers/']);
    expect(await resultPaths(page)).toEqual(expected);
    expect(await statusText(page)).toBe('Found 1 article');
    expect(await page.locator('.search-result__excerpt mark').first().textContent()).toMatch(/midsummer/i);

    await typeQuery(page, 'investment');
    const investment = pathsContaining('en', 'investment');
    expect(investment).toContain('/en/articles/yongan-town-li-feng/');
    expect(sorted(await resultPaths(page))).toEqual(investment);
    const legends = await page.locator('.search-facet legend').allTextContents();
    expect(legends).toContain('Department');
    const yongan = page.locator('.search-facet input[name="department"][value="yongan-town"]').locator('xpath=..');
    expect(await yongan.locator('.search-facet__name').textContent()).toBe("Yong'an Town");

    await typeQuery(page, 'zzyzx');
    expect(await statusText(page)).toContain('No articles found for “zzyzx”.');
    await page.close();
  });

  it('every translated article can be found by a word of its own', async () => {
    const page = await open('/en/search/');
    await settled(page);
    for (const [word, path] of [
      ['midsummer', '/en/articles/letter-to-science-workers/'],
      ["Yong'an", '/en/articles/yongan-town-li-feng/'],
      ['Shuiguo', '/en/articles/study-trip-liu-hao/'],
    ] as const) {
      await typeQuery(page, word);
      expect(await resultPaths(page), word).toContain(path);
    }
    await page.close();
  });
});

describe('readers', () => {
  it('works on a 360 px phone: nothing wider than the screen, filters folded away', async () => {
    const phone = await launchBrowser({ viewport: { width: 360, height: 740 } });
    const page = await phone.newPage();
    await page.goto(`${baseUrl}/search/?q=${encodeURIComponent('招商')}`);
    await searched(page, '招商');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(await page.evaluate(() => (document.querySelector('[data-search-filters]') as HTMLDetailsElement).open)).toBe(false);
    await page.click('[data-search-filters-summary]');
    await page.click('.search-facet input[name="year"][value="2023"]');
    await page.waitForURL(/year=2023/);
    await settled(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const box = await page.locator('#search-page-q').boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 360).toBe(true);
    await phone.close();
  });

  it('works with the keyboard alone', async () => {
    const page = await open('/search/');
    await settled(page);
    const focused = () => page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el ? `${el.tagName.toLowerCase()}#${el.id}.${el.className}[${el.getAttribute('name') ?? ''}]` : '';
    });
    let tabs = 0;
    while (!(await focused()).startsWith('input#search-page-q') && tabs++ < 40) await page.keyboard.press('Tab');
    expect(await focused()).toMatch(/^input#search-page-q/);
    await page.keyboard.type('新远大');
    await page.keyboard.press('Enter');
    await searched(page, '新远大');

    tabs = 0;
    while (!(await focused()).startsWith('input#.[department]') && tabs++ < 40) await page.keyboard.press('Tab');
    expect(await focused()).toBe('input#.[department]');
    await page.keyboard.press('Space');
    await page.waitForURL(/department=/);
    await settled(page);
    expect(await focused()).toBe('input#.[department]');
    const shown = await shownPaths(page);
    expect(shown.length).toBeGreaterThan(0);

    tabs = 0;
    while (!(await focused()).startsWith('a#.') && tabs++ < 60) await page.keyboard.press('Tab');
    const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).pathname);
    expect(shown).toContain(href);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${baseUrl}${href}`);
    await page.close();
  });

  it('says plainly that search needs JavaScript when it is off', async () => {
    const noJs = await launchBrowser({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${baseUrl}/search/`);
    const note = page.locator('.search-page__noscript');
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toContain('JavaScript');
    expect(await note.locator('a').count()).toBeGreaterThanOrEqual(3);
    await page.goto(`${baseUrl}/en/search/`);
    expect(await page.locator('.search-page__noscript').textContent()).toContain('Search needs JavaScript');
    await noJs.close();
  });

  it('fetches nothing from any other host', () => {
    expect(requested.length).toBeGreaterThan(0);
    const foreign = requested.filter((url) => !url.startsWith(baseUrl) && !url.startsWith('data:') && !url.startsWith('blob:'));
    expect(foreign).toEqual([]);
  });
});
