/**
 * Every image an article uses (its cover and the images of its body,
 * inline `![]()` or reference-style `![说明][pic]` with `[pic]: 路径`),
 * through the same checks before the build: the path must be relative and
 * stay inside content/ (no symlink out of it), the name must be a valid
 * URL, the file must exist, be a whole JPEG, PNG, WebP, AVIF, GIF or TIFF
 * the build can decode (a truncated download is refused), and not be huge.
 * SVG is refused: the build's image service does not process it, a body
 * SVG would be published as it is, and an SVG can carry scripts that run
 * on the site's own origin wherever it is served without the CSP; charts
 * and logos are exported as PNG. The build makes each image into a few
 * widths up to 1,440 px; a 8,000 px photo only slows the build and risks
 * publishing a multi-megabyte file, so it is refused with what to do.
 *
 * Asynchronous (sharp reads the image header), so it runs next to the
 * other checks: see scripts/lib/lint/full.ts.
 */
import { existsSync, lstatSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { Definition, Image, ImageReference } from 'mdast';
import { visit } from 'unist-util-visit';
import { displayPath, type Content } from '../shared/content.ts';
import type { Finding } from './findings.ts';
import { lineOf } from '../../../src/lib/content-files/frontmatter.ts';
import { parseMarkdown } from '../shared/markdown-blocks.ts';
import { isExternalUrl } from './html-rules.ts';

/** Largest image file accepted, in bytes. */
export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;
/** Largest width or height accepted, in pixels. */
export const MAX_IMAGE_PIXELS = 6000;
/** What the build's image service reads (sharp's names). */
const FORMATS = new Set(['jpeg', 'png', 'webp', 'avif', 'gif', 'tiff']);

const SHRINK = `请先把图片缩小：长边 ${MAX_IMAGE_PIXELS} 像素以内、文件 20 MB 以内（网站最大只用到 1440 像素宽）。可以用画图、Photoshop 的“调整大小”，或手机相册导出时选“大”尺寸，再替换 content/media/ 里的文件。`;

interface ImageUse {
  /** As written in the article. */
  src: string;
  line: number;
  what: string;
}

/** Every body image, inline or reference-style, with the URL as written (undecoded). */
function imagesOf(body: string, bodyStartLine: number): ImageUse[] {
  const tree = parseMarkdown(body);
  const definitions = new Map<string, Definition>();
  visit(tree, 'definition', (d: Definition) => void definitions.set(d.identifier, d));
  const uses: ImageUse[] = [];
  visit(tree, (node) => {
    if (node.type !== 'image' && node.type !== 'imageReference') return;
    const url = node.type === 'image' ? (node as Image).url : definitions.get((node as ImageReference).identifier)?.url;
    // An undefined reference is shown as text, external images are the HTML rules' (external-media).
    if (url === undefined || isExternalUrl(url) || /^[a-z]+:/i.test(url)) return;
    uses.push({ src: url, line: (node.position?.start.line ?? 1) + bodyStartLine - 1, what: '正文图片' });
  });
  return uses;
}

const PATH_ADVICE = '图片要放在 content/media/ 里，用相对于文章的路径插入，如 ../../media/文件名.jpg。';

/** Where an image path points, or why it may not be used. */
function imagePath(contentDir: string, articlePath: string, use: ImageUse): { path: string } | { problem: string } {
  let src: string;
  try {
    src = decodeURI(use.src);
  } catch {
    return { problem: `${use.what}的路径 ${use.src} 里的“%”不是合法的网址写法，网站无法找到这张图。请把图片文件改名，去掉名字里的 %（如 增长50%.jpg 改为 增长50.jpg），再改这里的路径。` };
  }
  if (isAbsolute(src) || /^[\\/]/.test(src)) return { problem: `${use.what}的路径 ${use.src} 是绝对路径，网站只发布 content/ 里的文件。${PATH_ADVICE}` };
  const path = resolve(dirname(articlePath), src);
  const inside = (root: string, p: string) => {
    const rel = relative(root, p);
    return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
  };
  if (!inside(contentDir, path)) return { problem: `${use.what} ${use.src} 在 content/ 文件夹外面，网站不发布 content/ 以外的文件。${PATH_ADVICE}` };
  if (existsSync(path)) {
    const link = lstatSync(path).isSymbolicLink();
    if (link || !inside(realpathSync(contentDir), realpathSync(path))) {
      return { problem: `${use.what} ${use.src} 是一个${link ? '符号链接（快捷方式）' : '指向 content/ 以外的路径'}，网站不发布 content/ 以外的文件。请把图片文件本身复制到 content/media/，再用 ../../media/文件名.jpg 插入。` };
    }
  }
  return { path };
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
  if ((meta.format as string) === 'svg') {
    return { ...at, rule: 'bad-image', message: `${use.what} ${use.src} 是 SVG 矢量图，网站不发布 SVG（它可能带有脚本，网站也不能把它做成适合手机的尺寸）。请导出为 PNG（图表、标志）或 JPEG（照片）后替换。` };
  }
  if (!meta.format || !FORMATS.has(meta.format)) {
    return { ...at, rule: 'bad-image', message: `${use.what} ${use.src} 是 ${meta.format ?? '未知'} 格式，网站处理不了。请另存为 JPEG 或 PNG。` };
  }
  const longest = Math.max(meta.width ?? 0, meta.height ?? 0);
  if (meta.format !== 'svg' && longest > MAX_IMAGE_PIXELS) {
    return { ...at, rule: 'image-too-large', message: `${use.what} ${use.src} 有 ${meta.width}×${meta.height} 像素，太大了。${SHRINK}` };
  }
  // The header alone says nothing of the rest: decode the whole picture (small), so a cut-off file is refused.
  const decoded = await sharp(path, { failOn: 'truncated' })
    .resize(32)
    .toBuffer()
    .then(
      () => undefined,
      (e: unknown) => (e instanceof Error ? e.message : String(e)),
    );
  if (decoded !== undefined) {
    return { ...at, rule: 'bad-image', message: `${use.what} ${use.src} 不完整或已损坏，网站上会显示成半张灰图（${decoded}）。请重新下载或导出这张图片后替换。` };
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
    const uses = imagesOf(a.fm.body, a.fm.bodyStartLine).map((use) => ({ use, reportMissing: true }));
    // A missing cover is reported by the frontmatter checks already.
    if (typeof cover === 'string') uses.unshift({ use: { src: cover, line: lineOf(a.fm, ['cover']), what: '封面图' }, reportMissing: false });
    for (const { use, reportMissing } of uses) {
      const where = imagePath(content.dir, a.path, use);
      if ('problem' in where) jobs.push(Promise.resolve({ file, line: use.line, severity: 'error', rule: 'image-path', message: where.problem }));
      else jobs.push(imageFinding(file, use, where.path, reportMissing));
    }
  }
  return (await Promise.all(jobs)).filter((f): f is Finding => f !== undefined);
}
