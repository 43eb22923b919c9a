/**
 * Images that come with a Word file or a WeChat page: saved as
 * content/media/<year>/<slug>-<n>.<ext> (or under --out) and referenced
 * from the draft by a path relative to it. Never a link to another host.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
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
