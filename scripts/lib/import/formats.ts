/**
 * What `npm run import` was given, decided from the file's bytes (not only
 * its name): raw text (OCR or pasted, UTF-8, UTF-16 or GB18030/GBK), a Word
 * file (.docx), or a WeChat article saved from the browser (an .html file,
 * or the folder it was saved in, or one .mhtml file as Chrome, Edge and
 * phones save a page). Everything else is refused with a
 * message an editor can act on.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { decodeMhtml, isMhtml } from './mhtml.ts';

export type Source =
  | { kind: 'text'; path: string; text: string; notes: string[] }
  | { kind: 'docx'; path: string; bytes: Buffer }
  /** A WeChat page: an .html (its images in the folder beside it) or an .mhtml (its images inside, in `resources`). */
  | { kind: 'wechat'; path: string; html: string; notes: string[]; resources?: Map<string, Buffer> | undefined; report?: string[] | undefined };

/** An input the importer cannot read; `message` is plain Chinese for the editor. */
export class ImportInputError extends Error {}

const WHAT_WORKS = '能导入的有：文字文件（.txt，OCR 识别结果或复制的文字）、Word 文件（.docx）、从浏览器或手机保存的微信公众号文章（.html 或它所在的文件夹，.mhtml）';

const IMAGE_EXT = new Set(['.jpg', '.jpeg', '.png', '.gif', '.webp', '.bmp', '.tif', '.tiff', '.heic', '.heif', '.avif']);

/** The kind of a file from its first bytes, for the kinds we refuse or dispatch on. */
export function sniff(bytes: Uint8Array): 'zip' | 'ole' | 'pdf' | 'image' | 'utf16le' | 'utf16be' | undefined {
  const b = (i: number) => bytes[i];
  const ascii = (from: number, s: string) => [...s].every((c, i) => b(from + i) === c.charCodeAt(0));
  if (ascii(0, 'PK\u0003\u0004')) return 'zip';
  if (b(0) === 0xd0 && b(1) === 0xcf && b(2) === 0x11 && b(3) === 0xe0) return 'ole';
  if (ascii(0, '%PDF')) return 'pdf';
  if (b(0) === 0xff && b(1) === 0xd8 && b(2) === 0xff) return 'image';
  if (b(0) === 0x89 && ascii(1, 'PNG')) return 'image';
  if (ascii(0, 'GIF8') || ascii(0, 'BM') || (ascii(0, 'RIFF') && ascii(8, 'WEBP'))) return 'image';
  if (ascii(0, 'II*\u0000') || ascii(0, 'MM\u0000*') || ascii(4, 'ftyp')) return 'image';
  if (b(0) === 0xff && b(1) === 0xfe) return 'utf16le';
  if (b(0) === 0xfe && b(1) === 0xff) return 'utf16be';
  return undefined;
}

/** Whether bytes look like a binary file rather than text: NUL bytes or many control characters. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 64 * 1024);
  let control = 0;
  for (let i = 0; i < n; i += 1) {
    const c = bytes[i]!;
    if (c === 0) return true;
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) control += 1;
  }
  return control > n / 100;
}

/**
 * Text from bytes: UTF-8 (a BOM is dropped), UTF-16 with a BOM, or
 * GB18030/GBK (what Chinese Windows editors save), with a note saying
 * which was used when it was not UTF-8.
 */
export function decodeText(bytes: Uint8Array, name: string): { text: string; notes: string[] } {
  const kind = sniff(bytes);
  if (kind === 'utf16le' || kind === 'utf16be') {
    return { text: new TextDecoder(kind === 'utf16le' ? 'utf-16le' : 'utf-16be').decode(bytes), notes: [`${name} 是 UTF-16 编码，已按 UTF-16 读取，草稿存为 UTF-8`] };
  }
  if (looksBinary(bytes)) throw new ImportInputError(`不是文字文件（里面有文字以外的内容），导入工具读不了。${WHAT_WORKS}。`);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), notes: [] };
  } catch {
    // not UTF-8: try the Chinese national encoding
  }
  try {
    const text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    return { text, notes: [`${name} 不是 UTF-8 编码，已按 GB18030（GBK）编码读取并转成 UTF-8；请核对草稿里没有乱码`] };
  } catch {
    throw new ImportInputError('既不是 UTF-8 也不是 GB18030（GBK）编码的文字，导入工具读不出来：请用记事本打开，“另存为”时编码选 UTF-8，再导入。');
  }
}

/** The saved page of a WeChat article in a folder: the one .html/.htm file beside its `_files` folder. */
function pageInFolder(dir: string): string {
  const pages = readdirSync(dir).filter((f) => /\.html?$/iu.test(f));
  if (pages.length === 1) return join(dir, pages[0]!);
  if (pages.length === 0) {
    throw new ImportInputError(`是一个文件夹，不是文件，里面也没有保存下来的网页（.html）：请给出要导入的文件，如 npm run import -- 稿件.docx。${WHAT_WORKS}。`);
  }
  throw new ImportInputError(`是一个文件夹，里面有 ${pages.length} 个网页（${pages.join('、')}）：请直接给出要导入的那个 .html 文件。`);
}

const NOT_WECHAT = '是网页，但不是保存下来的微信公众号文章（找不到正文 js_content）：请在浏览器里打开文章，用“另存为 → 网页，全部”保存，再导入保存的 .html；其他网页请复制文字存成 .txt。';

const isWechatArticle = (html: string) => /id=["']?js_content/u.test(html);

/** A page saved as one file (.mhtml): its HTML and images, when it is a WeChat article. */
function mhtmlSource(file: string, bytes: Uint8Array, ext: string): Source {
  if (!isMhtml(bytes)) {
    throw new ImportInputError(`名字是 ${ext}，但不是保存成单个文件的网页（可能已经损坏或改过扩展名）：请重新保存文章，或复制文字存成 .txt 再导入。`);
  }
  let page;
  try {
    page = decodeMhtml(bytes);
  } catch (e) {
    throw new ImportInputError(`是保存成单个文件的网页（${ext || 'MHTML'}），但读不出来（${(e as Error).message}）：请重新保存文章，或用电脑浏览器“另存为 → 网页，全部”保存成 .html 再导入。`);
  }
  if (!isWechatArticle(page.html)) {
    throw new ImportInputError(`是保存成单个文件的网页（${ext || 'MHTML'}），但不是微信公众号文章（找不到正文 js_content）：请在浏览器或手机里打开公众号文章本身再保存；其他网页请复制文字存成 .txt。`);
  }
  const report = [`是保存成单个文件的网页（MHTML，编码 ${page.charset}），已取出里面的网页和 ${page.resources.size} 个图片等文件`];
  const notes = /^utf-?8$/iu.test(page.charset) ? [] : [`${basename(file)} 里的网页是 ${page.charset} 编码，已转成 UTF-8；请核对草稿里没有乱码`];
  return { kind: 'wechat', path: file, html: page.html, notes, resources: page.resources, report };
}

/** Read what the editor named, or throw an ImportInputError saying why not. */
export function readSource(path: string): Source {
  if (!existsSync(path)) throw new ImportInputError('找不到这个文件：请检查文件名和所在文件夹（文件名里有空格时，前后加英文引号）。');
  let file = path;
  if (statSync(path).isDirectory()) file = pageInFolder(path);
  const ext = extname(file).toLowerCase();
  const bytes = readFileSync(file);
  if (bytes.length === 0 || (bytes.length < 4096 && bytes.toString('utf8').trim() === '')) {
    throw new ImportInputError('文件是空的（没有文字）：请确认保存了内容，或者选错了文件。');
  }
  const kind = sniff(bytes);
  if (ext === '.wps') {
    throw new ImportInputError('这是 WPS 文字的 .wps 文件，导入工具读不了：请在 WPS 里打开，选“文件 → 另存为”，文件类型选“Word 文档（*.docx）”，再导入 .docx 文件。');
  }
  if (ext === '.doc' || kind === 'ole') {
    throw new ImportInputError('这是旧版 Word 文件（.doc），导入工具读不了：请在 Word 或 WPS 里打开，选“另存为”，格式选“Word 文档（*.docx）”，再导入 .docx 文件。');
  }
  if (kind === 'zip') {
    if (ext === '.docx' || bytes.includes('word/document.xml')) return { kind: 'docx', path: file, bytes };
    throw new ImportInputError(`是压缩文件（${ext || 'zip'}），不是 Word 文件：请先解压，再导入里面的 .docx 或 .txt 文件。`);
  }
  if (ext === '.docx') throw new ImportInputError('名字是 .docx，但不是 Word 文件（可能已经损坏）：请在 Word 或 WPS 里打开后重新“另存为” .docx。');
  if (kind === 'image' || IMAGE_EXT.has(ext)) {
    throw new ImportInputError('这是图片，导入工具不识别图片里的字：请先用 OCR 软件把图片识别成文字，存成 .txt 再导入。');
  }
  if (kind === 'pdf' || ext === '.pdf') {
    throw new ImportInputError('这是 PDF 文件，导入工具读不了：请在 PDF 阅读器里把文字复制出来存成 .txt，或用 WPS 转成 .docx，再导入。');
  }
  if (isMhtml(bytes) || ext === '.mhtml' || ext === '.mht') return mhtmlSource(file, bytes, ext);
  const { text, notes } = decodeText(bytes, basename(file));
  if (ext === '.html' || ext === '.htm' || /^\s*(?:<!doctype html|<html)/iu.test(text)) {
    if (!isWechatArticle(text)) throw new ImportInputError(NOT_WECHAT);
    return { kind: 'wechat', path: file, html: text, notes };
  }
  if (text.trim() === '') throw new ImportInputError('文件是空的（没有文字）：请确认保存了内容，或者选错了文件。');
  return { kind: 'text', path: file, text, notes };
}
