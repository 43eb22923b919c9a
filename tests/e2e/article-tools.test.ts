/**
 * The 打印本页 button in a real browser: shown and printing where
 * JavaScript runs, absent without it; the QR code printed with the page.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, type LaunchedBrowser } from '../../scripts/lib/shared/browser.ts';

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

describe('朗读本文', () => {
  /** A stand-in for the browser's speech synthesis with one voice per language (headless Chromium has none), recording what it is asked to say. */
  const fakeSpeech = () => {
    const w = window as unknown as { __spoken: { text: string; lang: string; voice: string | undefined }[]; __cancelled: number };
    w.__spoken = [];
    w.__cancelled = 0;
    const voices = [
      { lang: 'zh-CN', name: 'Chinese', voiceURI: 'zh', default: true, localService: true },
      { lang: 'en-GB', name: 'English', voiceURI: 'en', default: false, localService: true },
    ];
    // The real utterance accepts only the browser's own voice objects.
    class Utterance extends EventTarget {
      lang = '';
      voice: { name: string } | null = null;
      constructor(readonly text: string) {
        super();
      }
    }
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance });
    Object.defineProperty(window, 'speechSynthesis', {
      value: Object.assign(new EventTarget(), {
        getVoices: () => voices,
        speak: (u: Utterance) => w.__spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name }),
        cancel: () => {
          w.__cancelled += 1;
        },
      }),
    });
  };
  const spoken = (page: import('playwright-core').Page) => page.evaluate(() => (window as unknown as { __spoken: { text: string; lang: string; voice: string }[] }).__spoken);

  it('reads the title and the body in the language of the article, and stops on a second press', async () => {
    const page = await withJs.newPage();
    await page.addInitScript(fakeSpeech);
    await page.goto(`${baseUrl}${PATH}`);
    const button = page.getByRole('button', { name: '朗读本文' });
    await expect.poll(() => button.isVisible()).toBe(true);
    await button.click();
    const said = await spoken(page);
    const title = (await page.locator('h1.article__title').innerText()).trim();
    // The kicker (矿区街道), then the title, then the body.
    expect(said.slice(0, 2).map((x) => x.text)).toEqual([(await page.locator('.article__kicker').innerText()).trim(), title]);
    expect(said.every((x) => x.lang === 'zh-CN' && x.voice === 'Chinese')).toBe(true);
    const paragraphs = await page.locator('.article__body p').count();
    expect(said.length).toBeGreaterThanOrEqual(paragraphs);
    expect(said.map((s) => s.text).join('')).toContain((await page.locator('.article__body p').first().innerText()).trim());
    await expect.poll(() => page.getByRole('button', { name: '停止朗读' }).isVisible()).toBe(true);
    await page.getByRole('button', { name: '停止朗读' }).click();
    expect(await page.evaluate(() => (window as unknown as { __cancelled: number }).__cancelled)).toBeGreaterThan(1);
    await expect.poll(() => page.getByRole('button', { name: '朗读本文' }).isVisible()).toBe(true);
    await page.close();
  });

  it('reads an English article with an English voice', async () => {
    const page = await withJs.newPage();
    await page.addInitScript(fakeSpeech);
    await page.goto(`${baseUrl}/en${PATH}`);
    const button = page.getByRole('button', { name: 'Read aloud' });
    await expect.poll(() => button.isVisible()).toBe(true);
    await button.click();
    expect((await spoken(page))[0]).toMatchObject({ lang: 'en', voice: 'English' });
    await page.close();
  });

  it('is not shown where the browser has no speech synthesis, nor without JavaScript', async () => {
    const page = await withJs.newPage();
    await page.addInitScript(() => {
      delete (window as unknown as { speechSynthesis?: unknown }).speechSynthesis;
      // The real utterance accepts only the browser's own voice objects.
    class Utterance extends EventTarget {
      lang = '';
      voice: { name: string } | null = null;
      constructor(readonly text: string) {
        super();
      }
    }
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance });
    Object.defineProperty(window, 'speechSynthesis', { value: undefined });
    });
    await page.goto(`${baseUrl}${PATH}`);
    await page.waitForSelector('[data-reading-tools]:not([hidden])');
    expect(await page.locator('[data-speak]').isVisible()).toBe(false);
    await page.close();
    const plain = await withoutJs.newPage();
    await plain.goto(`${baseUrl}${PATH}`);
    expect(await plain.locator('[data-speak]').count()).toBe(1);
    expect(await plain.locator('[data-speak]').isVisible()).toBe(false);
    await plain.close();
  });
});
