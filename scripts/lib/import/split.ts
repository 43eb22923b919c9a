/**
 * Cutting a page of raw newspaper text into articles, and recognising the
 * printed lines that are not body text: column headings, kickers (引题),
 * headlines, subtitles (——访…), bylines (记者 … 通讯员 …, or a role ending
 * with a person's name), sources (来源于…), signatories and a date.
 *
 * Two layouts are understood:
 * - "heading first" (a headline, then its byline and body): markdown-ish
 *   texts with # headings, and plain texts that start with a headline;
 * - "heading last" (OCR of a multi-column page where each body is followed
 *   by its headline, the byline printed before the body or after the
 *   headline): plain texts that start with body text.
 */
import type { BodyLine } from './reflow.ts';
import { endsSentence, width } from './text.ts';

export interface RawArticle {
  /** Text of the column heading (# …) the article is under, as printed. */
  columnHeading?: string | undefined;
  kicker?: string | undefined;
  /** Headline lines as printed (several when the headline wraps). */
  headline: string[];
  subtitle?: string | undefined;
  reporters: string[];
  correspondents: string[];
  /** A role-and-name line, e.g. 区住建局党组成员、副局长黄永民 (without a leading ——). */
  speakerLine?: string | undefined;
  source?: string | undefined;
  signatories: string[];
  /** A printed date, e.g. 2023年5月26日. */
  dateText?: string | undefined;
  body: BodyLine[];
  /** Paragraphs already made (a Word file or WeChat page): used as they are instead of reflowing `body`. */
  paragraphs?: string[] | undefined;
  /** The publishing account (a WeChat 公众号), whose name may be a department's. */
  account?: string | undefined;
  /** 1-based source line where the article's text begins. */
  firstLine: number;
  /** Things the splitter was unsure of. */
  notes: string[];
}

/** Words that end a role before a person's name: 党委书记李锋, 总经理张洋. */
const ROLE_END =
  '(?:副?书记|副?局长|副?镇长|副?主任|副?区长|副?县长|副?市长|副?部长|副?处长|副?科长|副?主席|副?院长|副?校长|副?所长|副?站长|副?队长|副?社长|副?会长|秘书长|理事长|董事长|总经理|副?经理|总裁|总监|主编|厂长|行长|馆长|委员|成员|负责人|干部|代表|组长)';
const NAME = '([\\p{Script=Han}·]{2,4})';
const ROLE_LINE = new RegExp(`^(.{2,40}?${ROLE_END})${NAME}$`, 'u');
const REPORTER_LINE = /^(?:(?:本报)?(?:记者|通讯员)[\s：:]*[\p{Script=Han}·]{2,4}(?:[\s、，,]+[\p{Script=Han}·]{2,4})*\s*)+$/u;
export const SOURCE_LINE = /^(?:来源于|来源[：:]|稿件来源[：:]|来源)\s*(.{2,40})$/u;
const DATE_LINE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/u;
const HEADING = /^(#{1,6})\s+(.+?)\s*#*$/u;
/** Punctuation that a headline line does not contain (a body line almost always does). */
export const BODY_PUNCT = /[。，、；：！？,;:!?]/u;

/** A role-and-name line → role and name, or undefined. */
export function parseRoleLine(text: string): { role: string; name: string } | undefined {
  const t = text.replace(/^——\s*/u, '').replace(/\s+/g, '').replace(/^访/u, '');
  if (/[。；！？]/u.test(t)) return undefined;
  const m = ROLE_LINE.exec(t);
  if (!m) return undefined;
  return { role: m[1]!, name: m[2]! };
}

/** 记者 李森 通讯员 张修阳 → reporters and correspondents. */
export function parseReporterLine(text: string): { reporters: string[]; correspondents: string[] } | undefined {
  const t = text.trim();
  if (!REPORTER_LINE.test(t)) return undefined;
  const reporters: string[] = [];
  const correspondents: string[] = [];
  let target = reporters;
  for (const token of t.split(/[\s、，,：:]+/u).filter(Boolean)) {
    const m = /^(?:本报)?(记者|通讯员)(.*)$/u.exec(token);
    if (m) {
      target = m[1] === '记者' ? reporters : correspondents;
      if (m[2]) target.push(m[2]);
    } else target.push(token);
  }
  return { reporters, correspondents };
}

/** 2023年5月26日 → 2023-05-26 */
export function parseDateLine(text: string): string | undefined {
  const m = DATE_LINE.exec(text.replace(/\s+/g, ''));
  if (!m) return undefined;
  return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
}

interface Line {
  text: string;
  n: number;
  blankBefore: boolean;
}

export function isHeadlineLike(text: string): boolean {
  const t = text.trim();
  return t !== '' && !BODY_PUNCT.test(t) && !t.startsWith('——') && width(t) <= 32 && !parseDateLine(t) && !HEADING.test(t);
}

function emptyArticle(firstLine: number): RawArticle {
  return { headline: [], reporters: [], correspondents: [], signatories: [], body: [], firstLine, notes: [] };
}

function hasContent(a: RawArticle): boolean {
  return a.body.length > 0 || a.headline.length > 0;
}

/**
 * Split raw text into articles.
 *
 * @param columnNames  Chinese names of the known columns (a # heading with such a name is a column, not a headline)
 */
export function splitArticles(text: string, columnNames: readonly string[] = []): RawArticle[] {
  const normColumn = (s: string) => s.replace(/\s+/g, '');
  const columns = new Set(columnNames.map(normColumn));
  const lines: Line[] = [];
  let blank = false;
  text
    .replace(/\r\n?/g, '\n')
    .replace(/^\uFEFF/, '')
    .split('\n')
    .forEach((raw, i) => {
      const t = raw.replace(/[\s\u3000]+$/u, '').replace(/^[\s\u3000]+/u, '');
      if (t === '') {
        blank = true;
        return;
      }
      lines.push({ text: t, n: i + 1, blankBefore: blank || lines.length === 0 });
      blank = false;
    });

  const first = lines[0];
  const markdownish = lines.some((l) => HEADING.test(l.text));
  const headingLast =
    !markdownish && first !== undefined && !isHeadlineLike(first.text) && !parseRoleLine(first.text) && !parseReporterLine(first.text);

  const articles: RawArticle[] = [];
  let column: string | undefined;
  let current = emptyArticle(first?.n ?? 1);
  let lastClosed: RawArticle | undefined;
  const close = () => {
    if (hasContent(current)) {
      current.columnHeading ??= column;
      articles.push(current);
      lastClosed = current;
    }
    current = emptyArticle(current.firstLine);
  };
  const start = (n: number) => {
    close();
    current.firstLine = n;
  };
  const bodyEnded = () => current.body.length === 0 || endsSentence(current.body.at(-1)!.text);

  for (let i = 0; i < lines.length; i += 1) {
    const l = lines[i]!;
    const next = lines[i + 1];
    const heading = HEADING.exec(l.text);

    if (heading) {
      const h = heading[2]!.trim();
      // A column: a known column name, or a top heading followed directly by another heading.
      if (columns.has(normColumn(h)) || (heading[1] === '#' && next !== undefined && /^##\s/u.test(next.text))) {
        close();
        column = h;
      } else if (/[：:]$/u.test(h)) {
        if (hasContent(current)) start(l.n);
        current.kicker = h.replace(/[：:]$/u, '');
      } else if (h.startsWith('——')) {
        current.subtitle = h;
      } else {
        if (current.headline.length > 0 || current.body.length > 0) start(l.n);
        // A top-level headline begins a new part of the page: the column above no longer applies.
        if (heading[1] === '#') column = undefined;
        current.headline.push(h);
      }
      continue;
    }

    const reporters = parseReporterLine(l.text);
    if (reporters) {
      if (current.body.length > 0) start(l.n);
      current.reporters.push(...reporters.reporters);
      current.correspondents.push(...reporters.correspondents);
      continue;
    }

    const source = SOURCE_LINE.exec(l.text);
    if (source && !BODY_PUNCT.test(source[1]!.replace(/[“”]/g, '')) && current.body.length > 0) {
      current.source = source[1]!.trim();
      close();
      continue;
    }

    // Signatories: a few short lines without punctuation, then a date line.
    if (l.blankBefore && bodyEnded() && current.body.length > 0) {
      let k = i;
      while (k < lines.length && k - i < 8 && isHeadlineLike(lines[k]!.text) && (k === i || !lines[k]!.blankBefore)) k += 1;
      const date = k < lines.length && k > i ? parseDateLine(lines[k]!.text) : undefined;
      if (date) {
        current.signatories.push(...lines.slice(i, k).map((x) => x.text));
        current.dateText = lines[k]!.text;
        i = k;
        close();
        continue;
      }
    }
    if (parseDateLine(l.text) && current.body.length > 0) {
      current.dateText = l.text;
      close();
      continue;
    }

    // ——访永安镇党委书记李锋 (a subtitle) or ——枣庄…局长潘超 (a byline after the headline).
    if (l.text.startsWith('——') && !/[。！？]/u.test(l.text) && width(l.text) <= 40) {
      const isInterview = /^——\s*访/u.test(l.text);
      const role = parseRoleLine(l.text);
      const previousWasHeadline = i > 0 && lines[i - 1]!.n === l.n - 1 && current.body.length === 0;
      if (isInterview || role) {
        if (isInterview) {
          if (headingLast && !hasContent(current) && lastClosed) lastClosed.subtitle = l.text;
          else current.subtitle = l.text;
        } else if (headingLast && !hasContent(current) && lastClosed && lastClosed.speakerLine === undefined) {
          lastClosed.speakerLine = l.text.replace(/^——\s*/u, '');
        } else if (previousWasHeadline || current.body.length === 0) {
          current.speakerLine = l.text.replace(/^——\s*/u, '');
        } else {
          current.body.push({ text: l.text, blankBefore: l.blankBefore, line: l.n });
        }
        continue;
      }
    }

    // A role-and-name byline, on one line or wrapped over two (…党组副书记、 / …主任李子刚).
    if (l.blankBefore || current.body.length === 0) {
      let role = parseRoleLine(l.text);
      let used = 1;
      // Wrapped after a comma (…党组副书记、 / …主任李子刚), or the name alone on the next line.
      if (!role && next && !next.blankBefore && width(l.text) <= 24 && !BODY_PUNCT.test(l.text.replace(/[、，,]$/u, '')) && (/[、，,]$/u.test(l.text) || width(next.text) <= 4)) {
        role = parseRoleLine(l.text + next.text);
        used = 2;
      }
      if (role && (bodyEnded() || headingLast)) {
        if (current.body.length > 0 || current.speakerLine !== undefined) start(l.n);
        current.speakerLine = used === 2 ? l.text + next!.text : l.text;
        i += used - 1;
        continue;
      }
    }

    // A headline: up to three short lines without body punctuation, after a finished paragraph.
    if ((l.blankBefore || i === 0) && bodyEnded() && isHeadlineLike(l.text)) {
      let k = i;
      while (k < lines.length && k - i < 3 && isHeadlineLike(lines[k]!.text) && (k === i || !lines[k]!.blankBefore)) k += 1;
      const after = lines[k];
      const endsBlock = after === undefined || after.blankBefore || after.text.startsWith('——') || parseRoleLine(after.text) !== undefined;
      if (endsBlock) {
        const headline = lines.slice(i, k).map((x) => x.text);
        if (headingLast && current.body.length > 0) {
          current.headline = headline;
          close();
        } else {
          if (hasContent(current) && (current.body.length > 0 || current.headline.length > 0)) start(l.n);
          current.headline = headline;
        }
        i = k - 1;
        continue;
      }
    }

    if (current.body.length === 0 && !hasContent(current)) current.firstLine = l.n;
    current.body.push({ text: l.text, blankBefore: l.blankBefore, line: l.n });
  }
  close();
  for (const a of articles) {
    if (a.headline.length === 0) a.notes.push('没有找到标题：请补上 title');
    if (a.body.length === 0) a.notes.push('没有找到正文');
  }
  return articles;
}
