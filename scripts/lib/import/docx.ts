/**
 * A Word file (.docx) to one draft: mammoth reads the document into plain
 * HTML (its markdown output is deprecated), html-blocks.ts turns that into
 * paragraphs, and structured.ts reads the title block. Images are kept as
 * bytes for import.ts to save under content/media/<year>/. What mammoth
 * leaves out is read from the document's XML (fflate): comments (with the
 * text they are on), tracked changes not yet accepted, and whether the
 * first line is set in red or very large type (a letterhead).
 */
import { unzipSync } from 'fflate';
import mammoth from 'mammoth';
import type { Content } from '../shared/content.ts';
import { buildDrafts, type DraftOptions } from './draft.ts';
import { htmlBlocks } from './html-blocks.ts';
import type { MediaDraft } from './media.ts';
import { articleFromBlocks } from './structured.ts';

/** Word styles an editor's file may use for a title block or a caption (English and Chinese Word). */
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='标题'] => h1:fresh",
  "p[style-name='Subtitle'] => p:fresh",
  "p[style-name='副标题'] => p:fresh",
  "p[style-name='Caption'] => p.caption:fresh",
  "p[style-name='题注'] => p.caption:fresh",
  "p[style-name='标题 1'] => h1:fresh",
  "p[style-name='标题 2'] => h2:fresh",
  "p[style-name='标题 3'] => h3:fresh",
];

/** What mammoth does not show: comments, tracked changes, and how the first paragraph is set. */
export interface DocxMarkup {
  comments: Array<{ author: string; text: string; anchor: string; paragraph: string }>;
  insertions: string[];
  deletions: string[];
  /** The first paragraph with text is in red or very large type (a letterhead). */
  firstStyled: boolean;
}

const xmlText = (xml: string) =>
  xml
    .replace(/<[^>]+>/gu, '')
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&quot;/gu, '"')
    .replace(/&apos;/gu, "'")
    .replace(/&amp;/gu, '&');

/** Text of runs in a piece of WordprocessingML (w:t, and w:delText when asked). */
function runText(xml: string, deleted = false): string {
  const re = deleted ? /<w:delText(?:\s[^>]*)?>([^<]*)<\/w:delText>/gu : /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/gu;
  return [...xml.matchAll(re)].map((m) => xmlText(m[1]!)).join('');
}

/** Red (a letterhead's colour) or 24 pt and larger. */
function letterheadRun(xml: string): boolean {
  const colour = /<w:color w:val="([0-9A-Fa-f]{6})"/u.exec(xml)?.[1];
  const red = colour !== undefined && parseInt(colour.slice(0, 2), 16) >= 0xb0 && parseInt(colour.slice(2, 4), 16) <= 0x50 && parseInt(colour.slice(4, 6), 16) <= 0x50;
  const size = Number(/<w:sz w:val="(\d+)"/u.exec(xml)?.[1] ?? 0);
  return red || size >= 48;
}

/** Read comments, tracked changes and the first paragraph's type from the .docx's XML. */
export function docxMarkup(bytes: Uint8Array): DocxMarkup {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => f.name === 'word/document.xml' || f.name === 'word/comments.xml' });
  } catch {
    return { comments: [], insertions: [], deletions: [], firstStyled: false };
  }
  const decode = (name: string) => (files[name] ? new TextDecoder().decode(files[name]) : '');
  const doc = decode('word/document.xml');
  const notes = new Map<string, { author: string; text: string }>();
  for (const m of decode('word/comments.xml').matchAll(/<w:comment\b([^>]*)>([\s\S]*?)<\/w:comment>/gu)) {
    const id = /w:id="([^"]*)"/u.exec(m[1]!)?.[1];
    const author = /w:author="([^"]*)"/u.exec(m[1]!)?.[1] ?? '';
    const text = [...m[2]!.matchAll(/<w:p\b[\s\S]*?<\/w:p>/gu)].map((p) => runText(p[0])).join(' ').trim();
    if (id !== undefined && text) notes.set(id, { author: xmlText(author), text });
  }
  const comments: DocxMarkup['comments'] = [];
  const paragraphs = [...doc.matchAll(/<w:p\b(?:(?!<w:p\b)[\s\S])*?<\/w:p>/gu)].map((m) => m[0]);
  for (const [id, note] of notes) {
    const start = doc.search(new RegExp(`<w:commentRangeStart w:id="${id}"\\s*/>`, 'u'));
    const endMatch = new RegExp(`<w:commentRangeEnd w:id="${id}"\\s*/>`, 'u').exec(doc);
    const anchor = start !== -1 && endMatch ? runText(doc.slice(start, endMatch.index)) : '';
    const at = start !== -1 ? start : doc.search(new RegExp(`<w:commentReference w:id="${id}"\\s*/>`, 'u'));
    const paragraph = paragraphs.find((p) => doc.indexOf(p) <= at && at < doc.indexOf(p) + p.length);
    comments.push({ ...note, anchor: anchor.trim(), paragraph: paragraph ? runText(paragraph).trim() : '' });
  }
  const insertions = [...doc.matchAll(/<w:ins\b[^>]*>([\s\S]*?)<\/w:ins>/gu)].map((m) => runText(m[1]!)).filter(Boolean);
  const deletions = [...doc.matchAll(/<w:del\b[^>]*>([\s\S]*?)<\/w:del>/gu)].map((m) => runText(m[1]!, true)).filter(Boolean);
  const first = paragraphs.find((p) => runText(p).trim() !== '');
  const firstStyled = first !== undefined && [...first.matchAll(/<w:r\b[\s\S]*?<\/w:r>/gu)].filter((r) => runText(r[0]).trim() !== '').every((r) => letterheadRun(r[0]));
  return { comments, insertions, deletions, firstStyled };
}

/** A short quotation for the report: the first characters of a text. */
const quote = (text: string, n = 16) => ([...text].length > n ? `${[...text].slice(0, n).join('')}……` : text);

/** The report's lines for a Word file's comments and tracked changes. */
export function markupNotes(m: DocxMarkup): string[] {
  const notes = m.comments.map(
    (c) => `Word 批注${c.author ? `（${c.author}）` : ''}：“${c.text}”——批在${c.anchor ? `“${quote(c.anchor, 24)}”处，` : ''}所在段落以“${quote(c.paragraph)}”开头。请按批注核对后删去这一行`,
  );
  if (m.insertions.length + m.deletions.length > 0) {
    const list = (label: string, xs: string[]) => (xs.length ? `${label} ${xs.length} 处（${xs.slice(0, 3).map((x) => `“${quote(x)}”`).join('、')}${xs.length > 3 ? ' 等' : ''}）` : '');
    notes.push(
      `Word 文件里有没有接受或拒绝的修订：${[list('插入', m.insertions), list('删除', m.deletions)].filter(Boolean).join('，')}。草稿用的是接受全部修订后的文字（插入的留下，删除的去掉）：请和发稿单位确认修订都应接受`,
    );
  }
  return notes;
}

export async function importDocx(bytes: Buffer, content: Content, options: DraftOptions): Promise<MediaDraft[]> {
  const images: Array<{ bytes: Buffer; contentType: string }> = [];
  let result;
  try {
    result = await mammoth.convertToHtml(
      { buffer: bytes },
      {
        styleMap: STYLE_MAP,
        ignoreEmptyParagraphs: true,
        externalFileAccess: false,
        convertImage: mammoth.images.imgElement(async (image) => {
          images.push({ bytes: await image.readAsBuffer(), contentType: image.contentType });
          return { src: `docx-image:${images.length - 1}` };
        }),
      },
    );
  } catch (e) {
    throw new Error(`读不出这个 Word 文件（可能已经损坏）：请在 Word 或 WPS 里打开后重新“另存为” .docx。（${(e as Error).message}）`);
  }
  const markup = docxMarkup(bytes);
  const blocks = htmlBlocks(result.value);
  const { raw, images: pending } = articleFromBlocks(blocks, { columnNames: content.columns.entries.map((c) => c.name.zh), letterheadStyled: markup.firstStyled });
  raw.notes.unshift(...markupNotes(markup));
  const [draft] = buildDrafts([raw], content, options);
  const media = pending.map((p) => {
    const block = blocks[p.block] as { src: string };
    const image = images[Number(block.src.replace('docx-image:', ''))];
    return { token: p.token, bytes: image?.bytes, note: image ? undefined : `第 ${p.token.split('/')[1]} 张图片在 Word 文件里是链接，不是图片本身：请另存这张图片放进 content/media/，再改正文里的路径` };
  });
  return [{ draft: draft!, media }];
}
