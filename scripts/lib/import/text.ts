/**
 * Character-level rules for raw newspaper text: what ends a sentence, how
 * wide a line is, how two wrapped lines join, which OCR spaces go.
 */
import { isAmbiguous, isCjk, isHan } from '../../../src/lib/cjk.ts';

/** Whether a character is Han (the one CJK module's `isHan`). */
export const isHanChar = isHan;

function cjkChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const cp = ch.codePointAt(0) ?? 0;
  return isCjk(cp) || isAmbiguous(cp);
}

/** Closing marks that may follow the end of a sentence: ”’）》」』 and `**`. */
const TRAILING = /[”’）》」』)\]*\s]+$/u;

/**
 * Whether a line (or paragraph) ends a sentence: 。！？… or a colon
 * (a salutation, an introduction), possibly inside closing quotes or bold.
 */
export function endsSentence(text: string): boolean {
  const t = text.replace(TRAILING, '');
  return /[。！？!?…：:]$/u.test(t);
}

/** Display width: CJK characters 1, other characters ½. */
export function width(text: string): number {
  let w = 0;
  for (const ch of text) w += cjkChar(ch) ? 1 : 0.5;
  return w;
}

/**
 * Join two wrapped lines of one paragraph: nothing between them when either
 * side is Chinese (the wrap fell inside a word), one space between Latin words.
 */
export function joinLines(a: string, b: string): string {
  const left = a.trimEnd();
  const right = b.trimStart();
  if (left === '') return right;
  if (right === '') return left;
  const last = [...left].at(-1);
  const first = [...right][0];
  return cjkChar(last) || cjkChar(first) || last === '*' || first === '*' ? left + right : `${left} ${right}`;
}

/**
 * Remove OCR spacing: spaces between a Chinese character and a digit,
 * Latin letter or %, and around Chinese punctuation. Spaces between two
 * Han characters are kept (the paper may print them on purpose, as in a
 * two-part slogan); `keptHanSpaces` lists them for the report.
 */
export function removeOcrSpaces(text: string): { text: string; keptHanSpaces: string[] } {
  const kept: string[] = [];
  const chars = [...text.replace(/[\u3000\u00a0\t]/g, ' ').replace(/ {2,}/g, ' ').trim()];
  let out = '';
  for (let i = 0; i < chars.length; i += 1) {
    const ch = chars[i]!;
    if (ch !== ' ') {
      out += ch;
      continue;
    }
    const prev = chars[i - 1];
    const next = chars[i + 1];
    const latinish = (c: string | undefined) => c !== undefined && /[0-9A-Za-z%.]/.test(c);
    const punct = (c: string | undefined) => cjkChar(c) && !isHanChar(c);
    if (isHanChar(prev) && isHanChar(next)) {
      out += ch;
      kept.push(chars.slice(Math.max(0, i - 5), i + 6).join(''));
    } else if ((cjkChar(prev) && (latinish(next) || punct(next) || isHanChar(next))) || (latinish(prev) && cjkChar(next)) || punct(prev)) {
      // dropped
    } else out += ch;
  }
  return { text: out, keptHanSpaces: kept };
}

/** Text without any whitespace and markdown emphasis, for comparing. */
export function squash(text: string): string {
  return text.replace(/\*\*/g, '').replace(/\s+/gu, '');
}

/** Split into sentences after 。！？； (the mark stays with its sentence). */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[。！？；])(?![”’）])|(?<=[。！？；][”’）])/u)
    .map((s) => s.trim())
    .filter(Boolean);
}
