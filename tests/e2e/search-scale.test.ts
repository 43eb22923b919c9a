/**
 * Search beyond a handful of results. With more than 30 candidates the
 * search page leaves matching to Pagefind, so this builds its own content:
 * 30 articles that say 招商引资 and 10 that have its four characters only
 * apart (招聘…商贸…引进…资金). ICU cuts 招商引资 into four one-character
 * words, so a loose search would find all 40; a reader must get the 30.
 */
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type LaunchedBrowser } from '../support/browser';
import { ROOT, runBuild, type BuildResult } from '../support/build';
import { serveStatic } from '../support/static-server';
import { resultPaths, settled, statusText } from './search-helpers';

const EXACT = 30;
const APART = 10;
let build: BuildResult;
let browser: LaunchedBrowser;
let close: () => void;
let baseUrl: string;

const article = (title: string, date: string, body: string) =>
  `---\ntitle: ${title}\ntype: news\ndate: ${date}\ndepartments: [test-bureau]\n---\n\n${body}\n`;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'shizhong-search-'));
  cpSync(join(ROOT, 'tests/fixtures/content'), dir, { recursive: true });
  mkdirSync(join(dir, 'articles/2022'), { recursive: true });
  for (let i = 1; i <= EXACT + APART; i++) {
    const date = `2022-${String(Math.ceil(i / 28)).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
    const body =
      i <= EXACT
        ? `第${i}次会议要求，全力推进招商引资工作，第${i}个项目签约落地。`
        : `第${i}次会议要求，招聘人才${i}名，商贸繁荣，引进项目，资金到位。`;
    writeFileSync(join(dir, `articles/2022/scale-${i}.md`), article(`第${i}期工作简报`, date, body));
  }
  build = runBuild({ contentDir: dir });
  const served = await serveStatic(build.outDir);
  baseUrl = served.url;
  close = () => served.server.close();
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  close?.();
});

describe('search over more results than the page checks itself', () => {
  it('builds', () => {
    expect(build.status, build.output).toBe(0);
  });

  it('finds the pages that say 招商引资, not those with its characters apart', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/search/?q=${encodeURIComponent('招商引资')}`);
    await settled(page);
    expect(await statusText(page)).toContain(`找到 ${EXACT} 篇`);
    const shown = await resultPaths(page);
    expect(shown.length).toBeGreaterThan(0);
    for (const path of shown) expect(Number(/scale-(\d+)/.exec(path)?.[1])).toBeLessThanOrEqual(EXACT);
  });
});
