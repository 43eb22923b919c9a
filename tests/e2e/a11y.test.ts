/**
 * Accessibility in a real browser (Debian's Chromium), on the built site
 * served from dist/: axe-core's WCAG 2.1 A/AA rules and its best
 * practices on a page of every kind in both languages, in the default
 * mode and at 特大 with high contrast, the reading tools with the
 * keyboard alone, reflow at 320 px, the skip link, and JavaScript off.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, type LaunchedBrowser } from '../../scripts/lib/shared/browser.ts';
import { settled } from './search-helpers';

const baseUrl = inject('baseUrl');
/** The reading-tool buttons (html carries the same data attributes once a setting is on). */
const TOOL = '[data-reading-tools] button';
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** The pages the keyboard, reflow and skip-link checks run on: one of each main kind, both languages. */
const PAGES = [
  '/',
  '/articles/yongan-town-li-feng/',
  '/departments/',
  '/departments/yongan-town/',
  '/search/?q=招商引资',
  '/en/articles/letter-to-science-workers/',
] as const;

/** axe runs on a page of every kind, in both languages. */
const KINDS = [
  '/',
  '/articles/yongan-town-li-feng/',
  '/columns/',
  '/columns/qianggong-xingchan/',
  '/departments/',
  '/departments/yongan-town/',
  '/topics/',
  '/types/',
  '/types/interview/',
  '/archive/',
  '/archive/2023/',
  '/companies/',
  '/companies/xinyuanda/',
  '/sitemap/',
  '/search/?q=招商引资',
];
// The English index holds the English articles: an English query there.
const AXE_PAGES = [...KINDS, ...KINDS.map((p) => (p.startsWith('/search/') ? '/en/search/?q=industry' : `/en${p}`)), '/en/articles/letter-to-science-workers/', '/404.html'];

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; summary: string }[];
}

/** Open a page and wait until its scripts have run (reading tools shown; search results shown). */
async function open(browser: LaunchedBrowser, path: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${baseUrl}${encodeURI(path)}`);
  await page.waitForSelector('[data-reading-tools]:not([hidden])');
  if (path.startsWith('/search/') || path.startsWith('/en/search/')) {
    await settled(page);
    await page.waitForSelector('.search-result__title a');
  }
  await page.evaluate(() => document.fonts.ready);
  return page;
}

async function axe(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async (tags) => {
    const result = await (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.map(String), summary: n.failureSummary ?? '' })),
    }));
  }, AXE_TAGS);
}

function report(path: string, violations: Violation[]): string {
  if (violations.length === 0) return '';
  const lines = [`${violations.length} axe violation(s) on ${path}:`];
  for (const v of violations) {
    lines.push(`- ${v.id} (${v.impact}): ${v.help}`);
    for (const n of v.nodes.slice(0, 8)) {
      lines.push(`    ${n.target.join(' ')}`);
      lines.push(`      ${n.summary.replace(/\n\s*/g, ' | ')}`);
    }
    if (v.nodes.length > 8) lines.push(`    … and ${v.nodes.length - 8} more`);
  }
  return lines.join('\n');
}

async function setContrast(page: Page, high: boolean): Promise<void> {
  const isHigh = await page.evaluate(() => document.documentElement.dataset.contrast === 'high');
  if (isHigh !== high) await page.click(`${TOOL}[data-contrast]`);
  await page.waitForFunction(
    (high) => (document.documentElement.dataset.contrast === 'high') === high,
    high,
  );
  expect(await page.getAttribute(`${TOOL}[data-contrast]`, 'aria-pressed')).toBe(String(high));
}

describe('axe-core, WCAG 2.1 A and AA and best practices', () => {
  let browser: LaunchedBrowser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  // One page load for both modes: the default first, then 特大 with high contrast.
  for (const path of AXE_PAGES) {
    it(`${path} has no violations, in the default mode and at 特大 with high contrast`, async () => {
      const page = await open(browser, path);
      try {
        const normal = await axe(page);
        expect(normal, report(`${path} (default)`, normal)).toEqual([]);
        await page.click(`${TOOL}[data-font-size="xlarge"]`);
        await setContrast(page, true);
        await page.evaluate(() => document.fonts.ready);
        const large = await axe(page);
        expect(large, report(`${path} (特大, high contrast)`, large)).toEqual([]);
      } finally {
        // Leave the next page in the default mode.
        await page.evaluate(() => localStorage.clear());
        await page.close();
      }
    });
  }
});

describe('reading tools with the keyboard', () => {
  let browser: LaunchedBrowser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** Press Tab until the element matching `selector` has focus. */
  async function tabTo(page: Page, selector: string): Promise<void> {
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    }
    throw new Error(`Tab never reached ${selector}`);
  }

  const pressed = (page: Page, selector: string) => page.getAttribute(selector, 'aria-pressed');
  const fontSize = (page: Page) => page.evaluate(() => document.documentElement.dataset.fontSize ?? null);
  const status = async (page: Page) => ((await page.textContent('[data-reading-status]')) ?? '').trim();

  it('change text size and contrast with Enter and Space, announce it, and remember it on the next page', async () => {
    const page = await open(browser, '/articles/yongan-town-li-feng/');
    expect(await page.getAttribute('[data-reading-status]', 'role')).toBe('status');
    expect(await fontSize(page)).toBeNull();
    expect(await pressed(page, `${TOOL}[data-font-size="normal"]`)).toBe('true');
    const before = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.article__body')!).fontSize));

    await tabTo(page, `${TOOL}[data-font-size="large"]`);
    await page.keyboard.press('Enter');
    expect(await fontSize(page)).toBe('large');
    expect(await pressed(page, `${TOOL}[data-font-size="large"]`)).toBe('true');
    expect(await pressed(page, `${TOOL}[data-font-size="normal"]`)).toBe('false');
    expect(await status(page)).toBe(await page.getAttribute(`${TOOL}[data-font-size="large"]`, 'data-announce'));
    expect(await status(page)).not.toBe('');
    const after = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.article__body')!).fontSize));
    expect(after).toBeGreaterThan(before);

    await tabTo(page, `${TOOL}[data-font-size="xlarge"]`);
    await page.keyboard.press('Space');
    expect(await fontSize(page)).toBe('xlarge');
    expect(await pressed(page, `${TOOL}[data-font-size="xlarge"]`)).toBe('true');
    expect(await pressed(page, `${TOOL}[data-font-size="large"]`)).toBe('false');
    expect(await status(page)).toBe(await page.getAttribute(`${TOOL}[data-font-size="xlarge"]`, 'data-announce'));

    await tabTo(page, `${TOOL}[data-contrast]`);
    await page.keyboard.press('Space');
    expect(await page.evaluate(() => document.documentElement.dataset.contrast)).toBe('high');
    expect(await pressed(page, `${TOOL}[data-contrast]`)).toBe('true');
    expect(await status(page)).toBe(await page.getAttribute(`${TOOL}[data-contrast]`, 'data-announce-on'));
    await page.close();

    // The next page opens the way the reader left it.
    const next = await open(browser, '/departments/');
    expect(await next.evaluate(() => localStorage.getItem('sz-font-size'))).toBe('xlarge');
    expect(await fontSize(next)).toBe('xlarge');
    expect(await next.evaluate(() => document.documentElement.dataset.contrast)).toBe('high');
    expect(await pressed(next, `${TOOL}[data-font-size="xlarge"]`)).toBe('true');
    expect(await pressed(next, `${TOOL}[data-font-size="normal"]`)).toBe('false');
    expect(await pressed(next, `${TOOL}[data-contrast]`)).toBe('true');

    // And back to the standard size, again by keyboard.
    await tabTo(next, `${TOOL}[data-font-size="normal"]`);
    await next.keyboard.press('Enter');
    expect(await fontSize(next)).toBeNull();
    expect(await pressed(next, `${TOOL}[data-font-size="normal"]`)).toBe('true');
    expect(await next.evaluate(() => localStorage.getItem('sz-font-size'))).toBeNull();
    await next.close();
  });
});

describe('skip link', () => {
  let browser: LaunchedBrowser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const path of PAGES) {
    it(`is the first focusable element on ${path} and moves focus to main`, async () => {
      const page = await open(browser, path);
      await page.keyboard.press('Tab');
      const first = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        const box = el?.getBoundingClientRect();
        return {
          skip: !!el?.matches('a.skip-link[href="#main"]'),
          visible: !!box && box.width > 0 && box.height > 0 && box.top >= 0 && box.left >= 0,
        };
      });
      expect(first).toEqual({ skip: true, visible: true });
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement?.id === 'main');
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('MAIN');
      await page.close();
    });
  }
});

describe('at 320 px wide', () => {
  let browser: LaunchedBrowser;
  beforeAll(async () => {
    browser = await launchBrowser({ viewport: { width: 320, height: 640 } });
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const size of ['normal', 'xlarge'] as const) {
    for (const path of PAGES) {
      it(`${path} does not scroll sideways (text size ${size})`, async () => {
        const page = await open(browser, path);
        if (size !== 'normal') {
          await page.click(`${TOOL}[data-font-size="${size}"]`);
          await page.evaluate(() => document.fonts.ready);
        }
        const widths = await page.evaluate(() => {
          const root = document.documentElement;
          const wide = [...document.querySelectorAll<HTMLElement>('body *')]
            .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 0.5)
            .slice(0, 5)
            .map((el) => `${el.tagName.toLowerCase()}${el.className ? '.' + String(el.className).split(' ').join('.') : ''}`);
          return { scrollWidth: root.scrollWidth, wide };
        });
        await page.evaluate(() => localStorage.clear());
        await page.close();
        expect(widths.scrollWidth, `too wide: ${widths.wide.join(', ')}`).toBeLessThanOrEqual(320);
      });
    }
  }
});

describe('with JavaScript off', () => {
  let browser: LaunchedBrowser;
  beforeAll(async () => {
    browser = await launchBrowser({ javaScriptEnabled: false });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('an article shows its body text and hides the reading-tool buttons', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/articles/yongan-town-li-feng/`);
    const body = page.locator('.article__body');
    await expect.poll(() => body.isVisible()).toBe(true);
    expect(((await body.innerText()) ?? '').trim().length).toBeGreaterThan(200);
    expect(await page.locator('h1.article__title').isVisible()).toBe(true);
    for (const selector of [`${TOOL}[data-font-size="normal"]`, `${TOOL}[data-font-size="large"]`, `${TOOL}[data-font-size="xlarge"]`, `${TOOL}[data-contrast]`]) {
      expect(await page.locator(selector).isVisible(), selector).toBe(false);
    }
    await page.close();
  });

  it('the reading tools are links that set the text size and contrast on the page', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/articles/yongan-town-li-feng/`);
    const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.article__body')!).fontSize));
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const links = page.locator('[data-reading-links] a');
    expect(await links.count()).toBe(5);
    const normal = await size();
    expect(await background()).toBe('rgb(255, 255, 255)');
    await page.locator('[data-reading-links]').getByRole('link', { name: '特大', exact: true }).click();
    const xlarge = await size();
    expect(xlarge).toBeGreaterThan(normal * 1.3);
    expect(await background()).toBe('rgb(255, 255, 255)');
    await page.locator('[data-reading-links]').getByRole('link', { name: '特大字和高对比度' }).click();
    expect(await size()).toBe(xlarge);
    expect(await background()).toBe('rgb(0, 0, 0)');
    await page.locator('[data-reading-links]').getByRole('link', { name: '标准', exact: true }).click();
    expect(await size()).toBe(normal);
    expect(await background()).toBe('rgb(255, 255, 255)');
    // The page did not scroll to the (hidden) targets.
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await page.close();
  });
});
