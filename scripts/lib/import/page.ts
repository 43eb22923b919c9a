/**
 * The page model of an OCR page: its non-blank lines with what their shape
 * says (blank line before, indent, `#` marks, furniture taken out before),
 * and the wrap width around each line, against which a line is as wide as
 * the column, shorter, or wider (printed across columns, as headlines are).
 */
import { HEADING } from './printed-lines.ts';
import { endsSentence, width } from './text.ts';

/** One non-blank line of the page, with what its shape says. */
export interface Line {
  text: string;
  /** 1-based line of the source text. */
  n: number;
  blankBefore: boolean;
  /** Began with spaces or 　 (a paragraph's first line, in OCR that keeps indents). */
  indent: boolean;
  /** `#` marks, when the text has them (evidence of a heading, not required). */
  level: number;
  /** A line of the page's furniture (a page number, a footer) was taken out just before it. */
  gap: boolean;
}

/** The page's text as lines (line ends normalised, no BOM). */
export const textLines = (text: string) => text.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '').split('\n');

/** The non-blank lines of a text, leaving out the 1-based line numbers in `skip` (the page's furniture). */
export function pageLines(text: string, skip: ReadonlySet<number> = new Set()): Line[] {
  const lines: Line[] = [];
  let blank = false;
  let gap = false;
  textLines(text).forEach((raw, i) => {
    if (skip.has(i + 1)) {
      gap = true;
      return;
    }
    let t = raw.replace(/[\s\u3000]+$/u, '');
    const indent = /^(?:\u3000|[ \t]{2,})/u.test(t);
    t = t.replace(/^[\s\u3000]+/u, '');
    if (t === '') {
      blank = true;
      return;
    }
    const h = HEADING.exec(t);
    lines.push({ text: h ? h[2]!.trim() : t, n: i + 1, blankBefore: blank || lines.length === 0, indent, level: h ? h[1]!.length : 0, gap });
    blank = false;
    gap = false;
  });
  return lines;
}

/**
 * The page's wrap width: the median width of the lines that run on into the
 * next line (not ending a sentence, no blank line after). Infinity when
 * the text is not wrapped (one paragraph a line).
 */
export function wrapWidth(lines: ReadonlyArray<{ text: string; blankBefore: boolean }>): number {
  const runOn = lines.filter((l, i) => i + 1 < lines.length && !lines[i + 1]!.blankBefore && !endsSentence(l.text) && width(l.text) >= 6).map((l) => width(l.text));
  if (runOn.length < 3) return Infinity;
  const s = [...runOn].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Lines on each side of a line whose wrap width is its own (pages put together may be set in different widths). */
const NEIGHBOURHOOD = 40;

/** A page's lines and what is known about each line's neighbourhood. */
export class Page {
  readonly lines: readonly Line[];
  /** The page indents its paragraphs: an indented line begins a paragraph, not a headline. */
  readonly indentsParagraphs: boolean;
  readonly #widthAt = new Map<Line, number>();
  readonly #byNumber = new Map<number, Line>();
  readonly #width: number;

  constructor(lines: readonly Line[]) {
    this.lines = lines;
    this.indentsParagraphs = lines.filter((l) => l.indent).length >= 3;
    lines.forEach((l, i) => {
      this.#widthAt.set(l, wrapWidth(lines.slice(Math.max(0, i - NEIGHBOURHOOD), i + NEIGHBOURHOOD + 1)));
      this.#byNumber.set(l.n, l);
    });
    this.#width = wrapWidth(lines);
  }

  /** The line at 1-based source line n. */
  line(n: number): Line {
    const l = this.#byNumber.get(n);
    if (!l) throw new Error(`line ${n} is not a line of this page`);
    return l;
  }

  /** The wrap width around a line (Infinity where the text around it is not wrapped). */
  wrapAt(l: Line): number {
    return this.#widthAt.get(l) ?? this.#width;
  }

  /** Whether the text around a line is wrapped at a width. */
  wrapped(l: Line): boolean {
    return Number.isFinite(this.wrapAt(l));
  }

  /** A line as wide as the column (within what OCR and half-width characters vary). */
  full(l: Line): boolean {
    const w = this.wrapAt(l);
    return Number.isFinite(w) && width(l.text) >= w - Math.max(2, 0.15 * w);
  }

  /** A line wider than the column: printed across columns, as headlines are. */
  wide(l: Line): boolean {
    const w = this.wrapAt(l);
    return Number.isFinite(w) && width(l.text) > w + 1;
  }
}

/** Whether a line begins a block of its own: after a blank line, indented, or marked with `#`. */
export const beginsBlock = (l: Line) => l.blankBefore || l.indent || l.level > 0;
