/**
 * Images that come with a Word file or a WeChat page: saved as
 * content/media/<year>/<slug>-<n>.<ext> (or under --out) and referenced
 * from the draft by a path relative to it. Never a link to another host.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS } from '../lint/media-rules.ts';
import type { Draft } from './draft.ts';

export interface MediaDraft {
  draft: Draft;
  /** Images of the body, by their placeholder token (see structured.ts); `bytes` missing when the file was not found. */
  media: Array<{ token: string; bytes: Buffer | undefined; note?: string | undefined }>;
}

/** File extension from an image's first bytes. */
export function imageExtension(bytes: Uint8Array): string | undefined {
  const ascii = (from: number, s: string) => [...s].every((c, i) => bytes[from + i] === c.charCodeAt(0));
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return 'jpg';
  if (bytes[0] === 0x89 && ascii(1, 'PNG')) return 'png';
  if (ascii(0, 'GIF8')) return 'gif';
  if (ascii(0, 'RIFF') && ascii(8, 'WEBP')) return 'webp';
  return undefined;
}

/** The long side an image too large for the content check is shrunk to (the site uses at most 1,440 px). */
const SHRUNK_TO = 2560;

/**
 * Images the content check would refuse, mended before they are saved: one
 * that does not open is left out (named), one over the check's limits
 * (MAX_IMAGE_PIXELS, MAX_IMAGE_BYTES) is shrunk, saying so.
 */
export async function checkMedia(item: MediaDraft): Promise<void> {
  const { default: sharp } = await import('sharp');
  for (const [i, m] of item.media.entries()) {
    if (!m.bytes) continue;
    const meta = await sharp(m.bytes)
      .metadata()
      .catch(() => undefined);
    if (!meta?.width || !meta.height) {
      m.bytes = undefined;
      m.note ??= `第 ${i + 1} 张图片打不开（文件损坏或不是图片）：已从正文删去，请另存原图放进 content/media/ 再加回正文`;
      continue;
    }
    if (Math.max(meta.width, meta.height) > MAX_IMAGE_PIXELS || m.bytes.length > MAX_IMAGE_BYTES) {
      const format = meta.format === 'png' ? 'png' : 'jpeg';
      m.bytes = await sharp(m.bytes).resize({ width: SHRUNK_TO, height: SHRUNK_TO, fit: 'inside' }).toFormat(format).toBuffer();
      item.draft.notes.push(`第 ${i + 1} 张图片太大（${meta.width}×${meta.height} 像素），已缩小到长边 ${SHRUNK_TO} 像素（网站最大只用到 1440 像素）`);
    }
  }
}

/**
 * Save the images of a draft beside the other media and put their paths
 * into its body. Images that could not be read are taken out of the body
 * and named in the draft's notes. Returns the paths written.
 */
export function placeMedia(item: MediaDraft, draftPath: string, mediaBase: string, write: boolean): string[] {
  const { draft } = item;
  const year = draft.frontmatter.date.slice(0, 4);
  const written: string[] = [];
  let body = draft.body;
  item.media.forEach((m, i) => {
    const ext = m.bytes ? imageExtension(m.bytes) : undefined;
    if (!m.bytes || !ext) {
      body = body.replace(new RegExp(`\\n*!\\[[^\\]]*\\]\\(${m.token.replace('/', '\\/')}\\)`, 'u'), '');
      draft.notes.push(m.note ?? `第 ${i + 1} 张图片读不出来（不是 JPEG、PNG、GIF 或 WebP）：已从正文删去，请另存图片放进 content/media/${year}/ 再加回正文`);
      return;
    }
    const target = join(mediaBase, year, `${draft.slug}-${i + 1}.${ext}`);
    const rel = relative(dirname(draftPath), target).split(sep).join('/');
    body = body.replace(`(${m.token})`, `(${rel})`);
    if (write) {
      if (existsSync(target) && !readFileSync(target).equals(m.bytes)) throw new Error(`${target} 已经存在，内容不同，没有覆盖`);
      mkdirSync(dirname(target), { recursive: true });
      if (!existsSync(target)) writeFileSync(target, m.bytes);
      written.push(target);
    }
  });
  draft.body = body;
  draft.paragraphs = body.split('\n\n');
  return written;
}
