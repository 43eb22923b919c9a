/**
 * The string logic behind `remark-cjk-soft-break`: which line endings of a
 * run of inline text sit next to CJK text and must be removed.
 *
 * The plugin flattens a paragraph's inline content (text of all nodes, in
 * reading order) into one string, so that a line ending at the edge of one
 * node can see its neighbour in the next node (`**粗体**`, a link, code…).
 */
import { isAmbiguous, isCjk } from '../lib/cjk.ts';

/**
 * Stands for inline content that is not text (an image, a hard break, a
 * footnote reference) in the flattened string. It is neither CJK nor
 * ambiguous, so it never makes a line ending removable by itself.
 */
export const OBJECT_MARK = '\uFFFC';

/** A line ending (`\n`, `\r\n` or `\r`) with the spaces and tabs around it. */
const LINE_ENDING = /[ \t]*(?:\r\n|\r|\n)[ \t]*/g;

/** A [start, end) range of UTF-16 offsets. */
export type Range = readonly [start: number, end: number];

/**
 * Find the line endings in `flat.slice(start, end)` that must be removed:
 * those whose previous or next character is CJK. Each range covers the line
 * ending and the spaces/tabs next to it (inside `start`–`end` only), so that
 * `的 \n 中` becomes `的中`. Neighbours are looked up in the whole `flat`
 * string; spaces/tabs between a line ending and its neighbour are skipped.
 *
 * @param flat   the flattened inline text of a paragraph, heading or cell
 * @param start  first offset of the editable segment (one text node)
 * @param end    offset just after the editable segment
 * @returns      ranges in `flat` offsets, in increasing order
 */
export function findRemovableLineBreaks(flat: string, start: number, end: number): Range[] {
  const ranges: Range[] = [];
  for (const match of flat.slice(start, end).matchAll(LINE_ENDING)) {
    const from = start + match.index;
    const to = from + match[0].length;
    if (sideIsCjk(flat, from - 1, -1) || sideIsCjk(flat, to, 1)) ranges.push([from, to]);
  }
  return ranges;
}

/**
 * Remove the line endings next to CJK text from a plain string (e.g. an
 * image's alt text).
 */
export function removeCjkLineBreaks(text: string): string {
  return removeRanges(text, findRemovableLineBreaks(text, 0, text.length));
}

/** Delete the given increasing, non-overlapping ranges from a string. */
export function removeRanges(text: string, ranges: readonly Range[]): string {
  let result = '';
  let last = 0;
  for (const [start, end] of ranges) {
    result += text.slice(last, start);
    last = end;
  }
  return result + text.slice(last);
}

/**
 * Whether the character found by walking from `index` in direction `step`
 * is CJK. Spaces and tabs are skipped first. An ambiguous character (“ ” …)
 * counts as CJK when the character beyond it (further from the line break)
 * is CJK; a run of them (`……`, `”。`) is walked through.
 */
function sideIsCjk(text: string, index: number, step: 1 | -1): boolean {
  let i = index;
  while (i >= 0 && i < text.length && (text[i] === ' ' || text[i] === '\t')) i += step;
  while (i >= 0 && i < text.length) {
    const [codePoint, size] = step === 1 ? codePointAt(text, i) : codePointEndingAt(text, i);
    if (isCjk(codePoint)) return true;
    if (!isAmbiguous(codePoint)) return false;
    i += step * size;
  }
  return false;
}

/** The code point starting at UTF-16 offset `i`, and its length in code units. */
function codePointAt(text: string, i: number): [number, number] {
  const codePoint = text.codePointAt(i) ?? 0;
  return [codePoint, codePoint > 0xffff ? 2 : 1];
}

/** The code point whose last UTF-16 code unit is at offset `i`, and its length. */
function codePointEndingAt(text: string, i: number): [number, number] {
  const unit = text.charCodeAt(i);
  if (unit >= 0xdc00 && unit <= 0xdfff && i > 0) {
    const high = text.charCodeAt(i - 1);
    if (high >= 0xd800 && high <= 0xdbff) return [text.codePointAt(i - 1) ?? 0, 2];
  }
  return [unit, 1];
}
