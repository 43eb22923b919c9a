/**
 * The 打印本页 button in a real browser: shown and printing where
 * JavaScript runs, absent without it; the QR code printed with the page.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, type LaunchedBrowser } from '../support/browser';

const baseUrl = inject('baseUrl');
const PATH = '/articles/kuangqu-subdistrict-chen-yan/';
let withJs: LaunchedBrowser;
let withoutJs: LaunchedBrowser;

beforeAll(async () => {
  [withJs, withoutJs] = await Promise.all([launchBrowser(), launchBrowser({ javaScriptEnabled: false })]);
});
afterAll(async () => {
  await Promise.all([withJs?.close(), withoutJs?.close()]);
});

describe('print button', () => {
  it('is shown where JavaScript runs, and opens the print dialog', async () => {
    const page = await withJs.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { __printed: number };
      w.__printed = 0;
      window.print = () => {
        w.__printed += 1;
      };
    });
    await page.goto(`${baseUrl}${PATH}`);
    const button = page.getByRole('button', { name: '打印本页' });
    await expect.poll(() => button.isVisible()).toBe(true);
    await button.click();
    expect(await page.evaluate(() => (window as unknown as { __printed: number }).__printed)).toBe(1);
    await page.close();
  });

  it('is not shown without JavaScript; the QR code is', async () => {
    const page = await withoutJs.newPage();
    await page.goto(`${baseUrl}${PATH}`);
    expect(await page.locator('[data-print]').isVisible()).toBe(false);
    expect(await page.locator('.qr svg').isVisible()).toBe(true);
    await page.close();
  });

  it('is left off the printed page, where the QR code stays, at a scannable size', async () => {
    const page = await withJs.newPage();
    await page.goto(`${baseUrl}${PATH}`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('[data-print]').isVisible()).toBe(false);
    const box = await page.locator('.qr svg').boundingBox();
    // 3.5 cm at 96 CSS px per inch.
    expect(box?.width).toBeCloseTo((3.5 / 2.54) * 96, 0);
    await page.close();
  });
});
