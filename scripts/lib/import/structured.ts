/**
 * One article from the blocks of a Word file or a WeChat page (see
 * html-blocks.ts): the title block at the top (column, kicker, headline,
 * subtitle, byline lines, a date, a source) goes into the frontmatter as for
 * OCR text; the rest is the body, paragraphs as they are; a letter's
 * signatories and date at the end are recognised; images become
 * `![说明](@image/N)` placeholders that import.ts replaces with the path of
 * the file it saves under content/media/<year>/.
 */
import type { Block } from './html-blocks.ts';
import { BODY_PUNCT, bylineRolesNote, isHeadlineLike, isKickerAbove, isLetterhead, parseDateLine, parseReporterLine, parseRoleLine, parseSourceLine } from './printed-lines.ts';
import { emptyArticle, type RawArticle } from './raw-article.ts';
import { width } from './text.ts';

export interface PendingImage {
  /** The placeholder in the body, replaced by the saved file's relative path. */
  token: string;
  /** Index of the image block this comes from. */
  block: number;
}

export interface StructuredOptions {
  /** Chinese names of the known columns. */
  columnNames: readonly string[];
  /** A title known from elsewhere (a WeChat page's #activity-name). */
  title?: string | undefined;
  /** The first block is set as a letterhead is (red or very large type in Word). */
  letterheadStyled?: boolean | undefined;
}

const plain = (t: string) => t.replace(/\*\*/g, '').trim();
/** Alt text that WeChat or an editor fills in by itself and that describes nothing: 图片, image, 微信图片_2024…, a file name. */
const GENERIC_ALT = /^(?:图片|图|图像|照片|插图|配图|image|img|photo|picture|pic|微信图片.*|.*\.(?:jpe?g|png|gif|webp))$/iu;
const CAPTION = /^(?:[▲△↑]|图为|图：|图:|图片：|（图|\(图)/u;

/** A letter's title (…的一封信, 倡议书): its first line ending with a colon is the salutation. */
const LETTER_TITLE = /信$|公开信|倡议书$/u;

/** Placeholder of the n-th image (1-based). */
export const imageToken = (n: number) => `@image/${n}`;

/** The raw article and the images it refers to. */
export function articleFromBlocks(blocks: readonly Block[], options: StructuredOptions): { raw: RawArticle; images: PendingImage[] } {
  const columns = new Set(options.columnNames.map((c) => c.replace(/\s+/g, '')));
  const raw = emptyArticle(1);
  const given = options.title ? plain(options.title) : undefined;
  if (given) raw.headline.push(given);

  // The title block: at most 9 leading blocks that are not body text.
  let i = 0;
  /** Whether each headline line came from a heading (Word's Title or Heading style). */
  const headingLine: boolean[] = [];
  const first = blocks[0];
  if (first && (first.kind === 'p' || first.kind === 'h') && isLetterhead(plain(first.text), options.letterheadStyled) && blocks.length > 1) {
    raw.letterhead = plain(first.text);
    i = 1;
  }
  for (; i < blocks.length && i < 9; i += 1) {
    const b = blocks[i]!;
    if (b.kind !== 'p' && b.kind !== 'h') break;
    const t = plain(b.text);
    const short = width(t) <= 40 && !/[。！？]$/u.test(t);
    if (!short) break;
    const reporters = parseReporterLine(t);
    const source = parseSourceLine(t);
    if (columns.has(t.replace(/\s+/g, '')) && raw.headline.length === (given ? 1 : 0)) raw.columnHeading = t;
    // A letter's salutation (全区广大科技工作者：) is not a kicker.
    else if (/[：:]$/u.test(t) && width(t) <= 16 && !BODY_PUNCT.test(t.slice(0, -1)) && raw.headline.length === (given ? 1 : 0) && !(given && LETTER_TITLE.test(given))) raw.kicker = t.slice(0, -1);
    // A page that gives the title (WeChat) may print the kicker above the text: a short line before anything else.
    else if (given && i === 0 && raw.kicker === undefined && isHeadlineLike(t) && t !== given && isKickerAbove(t, given) && !parseRoleLine(t)) raw.kicker = t;
    else if (t.startsWith('——')) {
      if (/^——\s*访/u.test(t) || !parseRoleLine(t)) raw.subtitle = t;
      else raw.speakerLine = t.replace(/^——\s*/u, '');
    } else if (reporters) {
      raw.reporters.push(...reporters.reporters);
      raw.correspondents.push(...reporters.correspondents);
      if (reporters.roles) raw.notes.push(bylineRolesNote(t, reporters.roles));
    } else if (parseDateLine(t)) raw.dateText = t;
    else if (source) raw.source = source;
    else if (raw.headline.length > 0 && parseRoleLine(t) && raw.speakerLine === undefined) raw.speakerLine = t;
    else if (given && t === given) continue;
    else if ((b.kind === 'h' || isHeadlineLike(t)) && !given && raw.subtitle === undefined && raw.reporters.length === 0 && raw.speakerLine === undefined) {
      raw.headline.push(t);
      headingLine.push(b.kind === 'h');
    } else break;
  }
  // The paper's convention: a short line above the main title is its kicker (引题), with or without a colon.
  const [above, below] = raw.headline;
  if (!given && raw.kicker === undefined && above !== undefined && below !== undefined && ((headingLine[1] && !headingLine[0]) || isKickerAbove(above, below))) {
    raw.kicker = above;
    raw.headline.shift();
    raw.notes.push(`标题上方的短行“${above}”当作引题（kicker）：请核对`);
  }

  // A letter's end: signatories (short lines without punctuation) and a date.
  let end = blocks.length;
  const last = blocks.at(-1);
  if (last?.kind === 'p' && parseDateLine(plain(last.text))) {
    raw.dateText = plain(last.text);
    end -= 1;
    let k = end;
    while (k > i && end - k < 8 && blocks[k - 1]!.kind === 'p' && isHeadlineLike(plain((blocks[k - 1] as { text: string }).text))) k -= 1;
    raw.signatories = blocks.slice(k, end).map((b) => plain((b as { text: string }).text));
    end = k;
  } else if (last?.kind === 'p') {
    const source = parseSourceLine(plain(last.text));
    if (source) {
      raw.source = source;
      end -= 1;
    }
  }

  const paragraphs: string[] = [];
  const images: PendingImage[] = [];
  for (let k = i; k < end; k += 1) {
    const b = blocks[k]!;
    if (b.kind === 'p') paragraphs.push(b.text);
    else if (b.kind === 'raw') paragraphs.push(b.text);
    else if (b.kind === 'h') paragraphs.push(`${b.level <= 2 ? '##' : '###'} ${plain(b.text)}`);
    else {
      const next = blocks[k + 1];
      const captionText = next?.kind === 'p' && (b.caption || CAPTION.test(plain(next.text))) ? plain(next.text).replace(/^[▲△↑]\s*/u, '') : undefined;
      const generic = captionText === undefined && GENERIC_ALT.test(b.alt);
      const alt = captionText ?? (generic ? '' : b.alt);
      const n = images.length + 1;
      images.push({ token: imageToken(n), block: k });
      if (generic) raw.notes.push(`第 ${n} 张图片的说明只是网页自动加的“${b.alt}”，不是图片说明：请在 ![……] 的方括号里写清图片拍的是什么`);
      else if (!alt) raw.notes.push(`第 ${n} 张图片没有说明：请在 ![……] 的方括号里写清图片拍的是什么`);
      paragraphs.push(`![${alt || '图片说明待核对'}](${imageToken(n)})`);
    }
  }
  raw.paragraphs = paragraphs;
  if (raw.headline.length === 0) raw.notes.push('没有找到标题：请补上 title');
  if (paragraphs.length === 0) raw.notes.push('没有找到正文');
  return { raw, images };
}
