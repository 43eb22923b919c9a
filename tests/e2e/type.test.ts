/**
 * Type in both scripts, measured in a real browser: a Chinese paragraph's
 * “ is full-width (about 1em, from a CJK font), an English title's ’ and “
 * are narrow (a Latin font first in its stack), an English word inside a
 * Chinese page is set in the Latin stack. Screenshots of an article at
 * 360 px in both languages are written to the temp folder for a person to
 * look at (their paths are printed).
 */
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, type LaunchedBrowser } from '../../scripts/lib/shared/browser.ts';

const baseUrl = inject('baseUrl');
const SLUG = 'kuangqu-subdistrict-chen-yan';

/** The width of the first `char` in the text of the first element matching `selector`, in ems of that element's font size. */
async function charWidth(page: Page, selector: string, char: string): Promise<{ em: number; font: string }> {
  return page.evaluate(
    ({ selector, char }) => {
      for (const el of document.querySelectorAll(selector)) {
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.textContent!.indexOf(char);
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + 1);
          const style = getComputedStyle(node.parentElement!);
          return { em: range.getBoundingClientRect().width / parseFloat(style.fontSize), font: style.fontFamily };
        }
      }
      throw new Error(`No ${char} in ${selector}`);
    },
    { selector, char },
  );
}

let browser: LaunchedBrowser;
beforeAll(async () => {
  browser = await launchBrowser({ viewport: { width: 360, height: 780 } });
});
afterAll(async () => {
  await browser?.close();
});

async function open(path: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${baseUrl}${path}`);
  await page.evaluate(() => document.fonts.ready);
  return page;
}

describe('quotation marks in each script', () => {
  it('a Chinese paragraph sets “ and ” full-width, from a CJK font', async () => {
    const page = await open(`/articles/${SLUG}/`);
    for (const char of ['“', '”']) {
      const { em } = await charWidth(page, '.article__body p', char);
      expect(em, `${char} in a Chinese paragraph`).toBeGreaterThan(0.85);
      expect(em).toBeLessThan(1.15);
    }
    // The title, in the serif stack, too.
    expect((await charWidth(page, '.article__title', '“')).em).toBeGreaterThan(0.85);
    await page.close();
  });

  it('an English title sets ’ and “ narrow, in a Latin-first stack', async () => {
    const page = await open(`/en/articles/${SLUG}/`);
    const apostrophe = await charWidth(page, '.article__title', '’');
    expect(apostrophe.em, `’ in the English title (${apostrophe.font})`).toBeLessThan(0.45);
    expect((await charWidth(page, '.article__title', '“')).em).toBeLessThan(0.6);
    expect((await charWidth(page, '.article__body p', '“')).em).toBeLessThan(0.6);
    expect(apostrophe.font.split(',')[0]).not.toMatch(/CJK|Song|Hei|SimSun|PingFang/i);
    // The footer's labels are English with an English colon.
    expect(await page.locator('footer.site-footer').innerText()).toContain('Published by: ');
    await page.close();
  });

  it('English inside a Chinese page (lang="en") is set in the Latin stack', async () => {
    const page = await open(`/articles/${SLUG}/`);
    const font = await page.evaluate(() => getComputedStyle(document.querySelector('.lang-switch [lang="en"]')!).fontFamily);
    expect(font.split(',')[0]).not.toMatch(/CJK Quotes/);
    const zh = await page.evaluate(() => getComputedStyle(document.querySelector('.article__body p')!).fontFamily);
    expect(zh.split(',')[0]).toMatch(/CJK Quotes/);
    await page.close();
  });
});

describe('screenshots at 360 px', () => {
  it.each([
    ['zh', `/articles/${SLUG}/`],
    ['en', `/en/articles/${SLUG}/`],
  ])('%s article', async (lang, path) => {
    const dir = join(tmpdir(), 'shizhong-screenshots');
    mkdirSync(dir, { recursive: true });
    const page = await open(path);
    const file = join(dir, `article-360-${lang}.png`);
    await page.screenshot({ path: file, fullPage: false });
    await page.locator('footer.site-footer').screenshot({ path: join(dir, `footer-360-${lang}.png`) });
    console.log(`screenshot: ${file}`);
    await page.close();
  });
});
