/**
 * Each article page's QR code: inline SVG made at build time, decoded
 * here with a QR reader (jsqr, on the SVG rasterised by sharp), must
 * give the page's own URL; large enough to scan; printed with the page;
 * the 打印本页 button hidden until a script shows it.
 */
import jsQR from 'jsqr';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { sourceArticles } from '../support/content';
import { page, text } from '../support/html';

const SITE = 'https://news.shizhong.example';
const paths = sourceArticles().map((a) => `${a.data.lang === 'en' ? '/en' : ''}/articles/${a.slug}/`);

/** The text a QR reader gets from an SVG, rasterised as a phone camera would see it on screen (no anti-aliasing tricks). */
async function decode(svg: string): Promise<string | undefined> {
  const { data, info } = await sharp(Buffer.from(svg), { density: 144 }).flatten({ background: '#ffffff' }).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height)?.data;
}

describe('QR code of the page URL', () => {
  it.each(paths.map((p) => [p] as const))('%s has one that decodes to its own URL', async (path) => {
    const doc = page(path);
    const figure = doc.querySelector('.article .qr');
    expect(figure, 'no QR code').not.toBeNull();
    const svg = figure!.querySelector('svg')!;
    expect(await decode(svg.toString())).toBe(`${SITE}${path}`);
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${SITE}${path}`);
    // At least 4 CSS pixels a module on screen, so a phone reads it from the screen.
    const modules = Number(svg.getAttribute('viewBox')?.split(' ')[2]);
    expect(Number(svg.getAttribute('width')) / modules).toBeGreaterThanOrEqual(4);
    expect(text(figure!.querySelector('figcaption'))).toBe(path.startsWith('/en/') ? 'Scan to read on your phone' : '扫码在手机上阅读');
    expect(figure!.querySelector('[role="img"]')?.getAttribute('aria-label')).toContain(`${SITE}${path}`);
  });

  it('comes with a print button that is hidden without JavaScript', () => {
    for (const path of paths) {
      const button = page(path).querySelector('.article [data-print]');
      expect(button?.tagName).toBe('BUTTON');
      expect(button?.hasAttribute('hidden')).toBe(true);
      expect(text(button)).toBe(path.startsWith('/en/') ? 'Print this page' : '打印本页');
    }
  });
});
