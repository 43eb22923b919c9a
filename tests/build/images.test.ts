/**
 * Images go through sharp (astro:assets): a fixture article with a cover
 * and a body image, built for real, gets AVIF/WebP with a JPEG fallback
 * in several widths, width and height set, and lazy loading below the fold.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBuild, type BuildResult } from '../support/build';
import { contentWith } from '../support/fixtures';
import { page } from '../support/html';

let build: BuildResult;

beforeAll(async () => {
  const dir = contentWith({}, { prefix: 'shizhong-images-' });
  mkdirSync(join(dir, 'media'), { recursive: true });
  // A synthetic test card (a gradient), not a news photo.
  const gradient = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900"><defs><linearGradient id="g"><stop offset="0" stop-color="#9f1d20"/><stop offset="1" stop-color="#f6f4f1"/></linearGradient></defs><rect width="1600" height="900" fill="url(#g)"/></svg>`,
  );
  await sharp(gradient).jpeg().toFile(join(dir, 'media/test-cover.jpg'));
  await sharp(gradient).resize(1200, 675).jpeg().toFile(join(dir, 'media/test-body.jpg'));
  writeFileSync(
    join(dir, 'articles/2024/with-images.md'),
    `---\ntitle: 带图片的测试文章\ntype: report\ndate: 2024-03-02\ndepartments: [test-town]\ncover: ../../media/test-cover.jpg\ncoverAlt: 测试封面图\n---\n\n第一段文字。\n\n![正文里的测试图](../../media/test-body.jpg)\n\n第二段文字。\n`,
  );
  build = runBuild({ contentDir: dir });
});

describe('images', () => {
  it('builds', () => {
    expect(build.status, build.output).toBe(0);
  });

  it('gives the cover AVIF and WebP sources in several widths and a JPEG fallback with its size', () => {
    const doc = page('/articles/with-images/', build.outDir);
    const picture = doc.querySelector('.cover picture')!;
    expect(picture).not.toBeNull();
    const types = picture.querySelectorAll('source').map((s) => s.getAttribute('type'));
    expect(types).toEqual(['image/avif', 'image/webp']);
    const srcset = picture.querySelector('source[type="image/avif"]')!.getAttribute('srcset')!;
    expect(srcset.split(',').length).toBeGreaterThanOrEqual(3);
    const img = picture.querySelector('img')!;
    expect(img.getAttribute('alt')).toBe('测试封面图');
    expect(img.getAttribute('src')).toMatch(/\.jpg$/);
    expect(Number(img.getAttribute('width'))).toBeGreaterThan(0);
    expect(Number(img.getAttribute('height'))).toBeGreaterThan(0);
    for (const url of [img.getAttribute('src')!, ...srcset.split(',').map((s) => s.trim().split(' ')[0]!)]) {
      expect(existsSync(join(build.outDir, url)), url).toBe(true);
    }
  });

  it('writes real AVIF and WebP files', async () => {
    const doc = page('/articles/with-images/', build.outDir);
    const avif = doc.querySelector('source[type="image/avif"]')!.getAttribute('srcset')!.split(' ')[0]!;
    const webp = doc.querySelector('source[type="image/webp"]')!.getAttribute('srcset')!.split(' ')[0]!;
    expect((await sharp(join(build.outDir, avif)).metadata()).format).toBe('heif');
    expect((await sharp(join(build.outDir, webp)).metadata()).format).toBe('webp');
  });

  it('optimises body images with their alt text, size and lazy loading', () => {
    const img = page('/articles/with-images/', build.outDir).querySelector('.article__body img')!;
    expect(img).not.toBeNull();
    expect(img.getAttribute('alt')).toBe('正文里的测试图');
    expect(img.getAttribute('src')).toMatch(/^\/_astro\/.+\.webp$/);
    expect(img.getAttribute('width')).toBe('1200');
    expect(img.getAttribute('height')).toBe('675');
    expect(img.getAttribute('loading')).toBe('lazy');
    expect(existsSync(join(build.outDir, img.getAttribute('src')!))).toBe(true);
  });

  it('gives body images the widths of covers in a srcset, with sizes', () => {
    const img = page('/articles/with-images/', build.outDir).querySelector('.article__body img')!;
    const candidates = img.getAttribute('srcset')!.split(',').map((c) => c.trim().split(' '));
    // 360, 720, 1080 and the image's own 1,200 (1,440 is more than it has).
    expect(candidates.map((c) => c[1])).toEqual(['360w', '720w', '1080w', '1200w']);
    expect(img.getAttribute('sizes')).toBe('(max-width: 40rem) 100vw, 38rem');
    for (const [url] of candidates) expect(existsSync(join(build.outDir, url!)), url).toBe(true);
  });
});
