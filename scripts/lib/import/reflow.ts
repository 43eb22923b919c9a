/**
 * Rebuilding paragraphs from OCR lines: hard wraps joined, paragraphs cut
 * by a column or page break joined again, new paragraphs where the layout
 * shows one.
 *
 * The rules are the ones the curated articles follow (see the seeds in
 * tests/fixtures/seeds and content/articles):
 * - Lines of one paragraph are joined without a space next to Chinese.
 * - Across a blank line, the text goes on in the same paragraph when the
 *   sentence before the blank is unfinished (力争2026年底前 / 引入…).
 * - Without a blank line, a new paragraph starts after a finished sentence
 *   when the next line begins with a heading marker (一、 （一） —— 1.), or
 *   with 一是/二是… when every item of that list begins a line (a list
 *   written inside one paragraph keeps its items inline), or when the line
 *   before was short (the paragraph's last line).
 * - A line that begins with ，or ” (a narrow column cut before it) never
 *   begins a paragraph.
 */
import { endsSentence, joinLines, removeOcrSpaces, width } from './text.ts';

export interface BodyLine {
  text: string;
  /** Whether one or more blank lines came before it. */
  blankBefore: boolean;
  /** 1-based line in the source text. */
  line: number;
}

export interface ReflowResult {
  paragraphs: string[];
  /** Spaces kept between Han characters (maybe printed on purpose), for the report. */
  keptHanSpaces: string[];
}

const HEADING_MARKER = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\([一二三四五六七八九十]+\)|——|\d{1,2}[、.．]\D|（\d{1,2}）)/u;
const NUMERALS = '一二三四五六七八九十';
const SHI = /([一二三四五六七八九十])是/gu;

/** Line indexes that begin an item of a 一是/二是… list whose every item begins a line. */
function blockListStarts(lines: readonly BodyLine[]): Set<number> {
  interface Item {
    value: number;
    line: number;
    atStart: boolean;
  }
  const items: Item[] = [];
  lines.forEach((l, i) => {
    for (const m of l.text.matchAll(SHI)) {
      const at = m.index;
      const before = at === 0 ? (i > 0 ? lines[i - 1]!.text.trimEnd().at(-1) : undefined) : l.text[at - 1];
      // An item follows the start of the text, a sentence end, or a colon/semicolon.
      if (before !== undefined && !/[。！？；：”]/u.test(before)) continue;
      const atStart = at === 0 && (i === 0 || l.blankBefore || endsSentence(lines[i - 1]!.text));
      items.push({ value: NUMERALS.indexOf(m[1]!) + 1, line: i, atStart });
    }
  });
  const starts = new Set<number>();
  let series: Item[] = [];
  const close = () => {
    if (series.length >= 2 && series.every((s) => s.atStart)) for (const s of series) starts.add(s.line);
    series = [];
  };
  for (const item of items) {
    if (item.value === 1) close();
    if (series.length > 0 && item.value !== series.at(-1)!.value + 1) close();
    if (series.length > 0 || item.value === 1) series.push(item);
  }
  close();
  return starts;
}

function median(values: number[]): number {
  if (values.length === 0) return Infinity;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Paragraphs from the body lines of one article. */
export function reflow(input: readonly BodyLine[]): ReflowResult {
  const keptHanSpaces: string[] = [];
  const lines = input
    .map((l) => {
      const cleaned = removeOcrSpaces(l.text);
      keptHanSpaces.push(...cleaned.keptHanSpaces);
      return { ...l, text: cleaned.text };
    })
    .filter((l) => l.text !== '');
  // The width of a full line: lines followed by another line of the same block.
  const wrapped = lines.filter((_, i) => i + 1 < lines.length && !lines[i + 1]!.blankBefore).map((l) => width(l.text));
  const full = wrapped.length >= 3 ? median(wrapped) : Infinity;
  const listStarts = blockListStarts(lines);

  const paragraphs: string[] = [];
  let current = '';
  lines.forEach((l, i) => {
    if (i === 0) {
      current = l.text;
      return;
    }
    const prev = lines[i - 1]!.text;
    let newParagraph: boolean;
    if (l.blankBefore) newParagraph = endsSentence(current);
    else
      newParagraph =
        endsSentence(prev) && (HEADING_MARKER.test(l.text) || listStarts.has(i) || width(prev) < 0.75 * full || /^\*\*/.test(l.text));
    // A line that begins with ，。” and the like goes on from the line before, whatever the layout.
    if (/^[，。、；：！？,;:!?”’）》」』]/u.test(l.text)) newParagraph = false;
    if (newParagraph) {
      paragraphs.push(current);
      current = l.text;
    } else current = joinLines(current, l.text);
  });
  if (current) paragraphs.push(current);
  return { paragraphs, keptHanSpaces };
}
