/**
 * Search beyond a handful of results, over an index in several shards.
 * With more than 30 candidates the search page leaves matching to
 * Pagefind, so this builds its own content over three years, with shards
 * of at most 15 pages (one per year): 30 articles that say 招商引资 and 10
 * that have its four characters only apart (招聘…商贸…引进…资金). ICU cuts
 * 招商引资 into four one-character words, so a loose search would find
 * all 40; a reader must get the 30, in date order across the shards
 * (Pagefind itself orders merged shards by relevance). The page loads the
 * newest shard first and an older one only while a page of results (10)
 * is not full: the newest shard (2022–2024) holds 5 of the 30, so the
 * first search also covers 2021 and says so, and “search older articles
 * too” brings in 2020.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type LaunchedBrowser } from '../../scripts/lib/shared/browser.ts';
import { runBuild, type BuildResult } from '../support/build';
import { articleFile, contentWith } from '../support/fixtures';
import { serveStatic } from '../support/static-server';
import { resultPaths, settled, shownPaths, statusText } from './search-helpers';

const EXACT = 30;
const APART = 10;
let build: BuildResult;
let browser: LaunchedBrowser;
let close: () => void;
let baseUrl: string;
/** Each article's date, by path. */
const dates = new Map<string, string>();

const article = (title: string, date: string, body: string) => articleFile(`title: ${title}\ntype: news\ndate: ${date}\ndepartments: [test-bureau]`, body);

beforeAll(async () => {
  const files: Record<string, string> = {};
  for (let i = 1; i <= EXACT + APART; i++) {
    // The exact ones: 5 in 2022, 12 in 2021, 13 in 2020; the others a year each in turn.
    const year = i > EXACT ? 2020 + (i % 3) : i <= 5 ? 2022 : 2020 + (i % 2);
    const date = `${year}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`;
    const body =
      i <= EXACT
        ? `第${i}次会议要求，全力推进招商引资工作，第${i}个项目签约落地。`
        : `第${i}次会议要求，招聘人才${i}名，商贸繁荣，引进项目，资金到位。`;
    files[`articles/${year}/scale-${i}.md`] = article(`第${i}期工作简报`, date, body);
    dates.set(`/articles/scale-${i}/`, date);
  }
  build = runBuild({ contentDir: contentWith(files, { prefix: 'shizhong-search-' }), env: { SHIZHONG_SEARCH_SHARD_PAGES: '15' } });
  const served = await serveStatic(build.outDir);
  baseUrl = served.url;
  close = () => served.server.close();
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  close?.();
});

async function search(query: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${baseUrl}/search/?${query}`);
  await settled(page);
  return page;
}

const exact = (path: string) => Number(/scale-(\d+)/.exec(path)?.[1]) <= EXACT;

describe('search over more results than the page checks itself, in several shards', () => {
  it('builds shards of whole years, at most 15 pages each where a year allows', () => {
    expect(build.status, build.output).toBe(0);
    expect(readdirSync(join(build.outDir, 'pagefind', 'zh-cn')).sort()).toEqual(['2020', '2021', '2022-2024']);
  });

  it('finds the pages that say 招商引资, not those with its characters apart, newest first across shards', async () => {
    const page = await search(`q=${encodeURIComponent('招商引资')}`);
    const newest = [...dates].filter(([p]) => exact(p)).map(([, d]) => d).sort().reverse();
    const since2021 = newest.filter((d) => d >= '2021');
    // The newest shard (2022–2024) has 5 of them, fewer than a page: 2021's shard is searched too, and no older one.
    expect(await statusText(page)).toContain(`在 2021—2024 年的文章里找到 ${since2021.length} 篇`);
    let shown = await shownPaths(page);
    expect(shown).toHaveLength(10);
    expect(shown.every(exact)).toBe(true);
    expect(shown.map((p) => dates.get(p))).toEqual(since2021.slice(0, 10));

    const older = page.locator('[data-search-older]');
    expect(await older.innerText()).toBe('也搜索更早的文章（2020 年）');
    await older.click();
    await page.waitForFunction((n) => document.querySelector('[data-search-status]')?.textContent?.includes(`找到 ${n} 篇`), EXACT);
    expect(await statusText(page)).not.toContain('年的文章里');
    expect(await older.isHidden()).toBe(true);
    shown = await shownPaths(page);
    expect(shown).toHaveLength(10);
    expect(shown.every(exact)).toBe(true);
    expect(shown.map((p) => dates.get(p))).toEqual(newest.slice(0, 10));
    // The focus goes to the first result, as after “show more”.
    expect(await page.evaluate(() => document.activeElement?.closest('.search-result') !== null)).toBe(true);

    // Ten at a time: “show more” adds the next ten, in the same order.
    expect(await page.locator('[data-search-shown]').innerText()).toBe(`已显示 10 篇，共 ${EXACT} 篇`);
    await page.locator('[data-search-more]').click();
    await expect.poll(() => shownPaths(page).then((p) => p.length)).toBe(20);
    expect((await shownPaths(page)).map((p) => dates.get(p))).toEqual(newest.slice(0, 20));
    expect(await resultPaths(page)).toHaveLength(EXACT);
    await page.close();
  });

  it('lists oldest first on request, and one year when its filter is set', async () => {
    const oldest = await search(`q=${encodeURIComponent('招商引资')}&sort=oldest`);
    const shown = await resultPaths(oldest);
    const ascending = [...dates].filter(([p]) => exact(p)).map(([, d]) => d).sort();
    expect(shown.map((p) => dates.get(p))).toEqual(ascending.slice(0, shown.length));
    await oldest.close();

    const year = await search(`q=${encodeURIComponent('招商引资')}&year=2021`);
    const in2021 = [...dates].filter(([p, d]) => exact(p) && d.startsWith('2021'));
    expect(await statusText(year)).toContain(`找到 ${in2021.length} 篇`);
    expect((await resultPaths(year)).every((p) => dates.get(p)?.startsWith('2021'))).toBe(true);
    await year.close();
  });
});
