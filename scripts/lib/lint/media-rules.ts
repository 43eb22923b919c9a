/**
 * Every image an article uses (its cover and the `![]()` images of its
 * body), opened before the build: the file must exist, be a picture the
 * build can read, and not be huge. The build makes each image into a few
 * widths up to 1,440 px; a 8,000 px photo only slows the build and risks
 * publishing a multi-megabyte file, so it is refused with what to do.
 *
 * Asynchronous (sharp reads the image header), so it runs next to the
 * other checks: see scripts/lib/lint/full.ts.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Image } from 'mdast';
import { visit } from 'unist-util-visit';
import { displayPath, type Content } from '../shared/content.ts';
import type { Finding } from '../shared/findings.ts';
import { lineOf } from '../../../src/lib/content-files/frontmatter.ts';
import { parseMarkdown } from '../shared/markdown-blocks.ts';
import { isExternalUrl } from './html-rules.ts';

/** Largest image file accepted, in bytes. */
export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;
/** Largest width or height accepted, in pixels. */
export const MAX_IMAGE_PIXELS = 6000;
/** What the build's image service reads (sharp's names). */
const FORMATS = new Set(['jpeg', 'png', 'webp', 'avif', 'gif', 'tiff', 'svg']);

const SHRINK = `请先把图片缩小：长边 ${MAX_IMAGE_PIXELS} 像素以内、文件 20 MB 以内（网站最大只用到 1440 像素宽）。可以用画图、Photoshop 的“调整大小”，或手机相册导出时选“大”尺寸，再替换 content/media/ 里的文件。`;

interface ImageUse {
  /** As written in the article. */
  src: string;
  line: number;
  what: string;
}

function imagesOf(body: string, bodyStartLine: number): ImageUse[] {
  const uses: ImageUse[] = [];
  visit(parseMarkdown(body), 'image', (node: Image) => {
    if (isExternalUrl(node.url) || /^[a-z]+:/i.test(node.url)) return;
    uses.push({ src: decodeURI(node.url), line: (node.position?.start.line ?? 1) + bodyStartLine - 1, what: '正文图片' });
  });
  return uses;
}

async function imageFinding(file: string, use: ImageUse, path: string, reportMissing: boolean): Promise<Finding | undefined> {
  const at = { file, line: use.line, severity: 'error' as const };
  if (!existsSync(path)) {
    return reportMissing
      ? { ...at, rule: 'missing-image', message: `找不到${use.what} ${use.src}（路径相对于本文件）。请检查文件名和大小写，图片放在 content/media/ 下，如 ../../media/文件名.jpg。` }
      : undefined;
  }
  const bytes = statSync(path).size;
  if (bytes > MAX_IMAGE_BYTES) {
    return { ...at, rule: 'image-too-large', message: `${use.what} ${use.src} 有 ${(bytes / 1024 / 1024).toFixed(1)} MB，太大了。${SHRINK}` };
  }
  // Loaded only when there is an image to read (a native module: the checks start faster without it).
  const { default: sharp } = await import('sharp');
  const meta = await sharp(path)
    .metadata()
    .catch((e: unknown) => (e instanceof Error ? e : new Error(String(e))));
  if (meta instanceof Error) {
    return {
      ...at,
      rule: 'bad-image',
      message: `${use.what} ${use.src} 打不开：文件损坏，或不是图片（${meta.message}）。请重新导出为 JPEG 或 PNG 后替换。`,
    };
  }
  if (!meta.format || !FORMATS.has(meta.format)) {
    return { ...at, rule: 'bad-image', message: `${use.what} ${use.src} 是 ${meta.format ?? '未知'} 格式，网站处理不了。请另存为 JPEG 或 PNG。` };
  }
  const longest = Math.max(meta.width ?? 0, meta.height ?? 0);
  if (meta.format !== 'svg' && longest > MAX_IMAGE_PIXELS) {
    return { ...at, rule: 'image-too-large', message: `${use.what} ${use.src} 有 ${meta.width}×${meta.height} 像素，太大了。${SHRINK}` };
  }
  return undefined;
}

/** Problems with the image files the articles use. */
export async function mediaFindings(content: Content): Promise<Finding[]> {
  const jobs: Promise<Finding | undefined>[] = [];
  for (const a of content.articles) {
    if (a.encoding || !a.fm.data) continue;
    const file = displayPath(a.path);
    const cover = a.fm.data.cover;
    // A missing cover is reported by the frontmatter checks already.
    if (typeof cover === 'string') jobs.push(imageFinding(file, { src: cover, line: lineOf(a.fm, ['cover']), what: '封面图' }, resolve(dirname(a.path), cover), false));
    for (const use of imagesOf(a.fm.body, a.fm.bodyStartLine)) jobs.push(imageFinding(file, use, resolve(dirname(a.path), use.src), true));
  }
  return (await Promise.all(jobs)).filter((f): f is Finding => f !== undefined);
}
