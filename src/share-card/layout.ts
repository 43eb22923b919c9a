/**
 * Text layout for the share cards, done here rather than left to the
 * renderer so that a title never runs off the card: break a title into
 * lines (Chinese may break between any two characters, except before
 * closing and after opening punctuation; Latin only at spaces), pick the
 * largest font size at which it fits in at most three lines, and put an
 * ellipsis on the last line only when even the smallest size does not fit.
 *
 * Widths come from a `measure` function in em (font size = 1), so this file
 * is pure and knows nothing of font files.
 */
import { isCjk } from '../lib/cjk.ts';

/** The width of a string in em, at font size 1. */
export type Measure = (text: string) => number;

const SEPARATOR = /[ \u3000]/u;
const WHITESPACE = /[\s\u3000]+/gu;

/** Closing punctuation: never at the start of a line (it stays with the character before it). */
const NO_LINE_START = new Set([...'，。、；：！？）］｝〕】》〉」』”’）)]},.;:!?%…·ー々〆']);
/** Opening punctuation: never at the end of a line (it stays with the character after it). */
const NO_LINE_END = new Set([...'（［｛〔【《〈「『“‘([{']);

/** Han, kana, CJK punctuation and full-width forms: each may stand on its own in a line. */
function isCjkChar(char: string): boolean {
  return isCjk(char.codePointAt(0)!);
}

/** A piece of a line that is never broken, and the separator (space or nothing) before it. */
interface Unit {
  before: string;
  text: string;
}

/** Collapse runs of white space to one space (keeping an ideographic space as such) and trim. */
export function normaliseSpace(text: string): string {
  return text.replace(WHITESPACE, (run) => (run.includes('\u3000') ? '\u3000' : ' ')).trim();
}

/** The text split at its spaces: each phrase is one unbreakable unit. */
function phraseUnits(text: string): Unit[] {
  const units: Unit[] = [];
  let before = '';
  for (const part of text.split(/([ \u3000])/u)) {
    if (SEPARATOR.test(part)) before = part;
    else if (part !== '') {
      units.push({ before, text: part });
      before = '';
    }
  }
  return units;
}

/** The smallest units a line may break between: CJK characters, Latin words, with punctuation kept in place. */
function breakUnits(text: string): Unit[] {
  const units: Unit[] = [];
  let before = '';
  let word = '';
  const flushWord = () => {
    if (word) units.push({ before, text: word });
    if (word) before = '';
    word = '';
  };
  for (const char of text) {
    if (SEPARATOR.test(char)) {
      flushWord();
      before = char;
    } else if (isCjkChar(char)) {
      flushWord();
      units.push({ before, text: char });
      before = '';
    } else {
      word += char;
    }
  }
  flushWord();
  // Glue: closing punctuation to what precedes it, opening punctuation to what follows it.
  const glued: Unit[] = [];
  for (const unit of units) {
    const prev = glued.at(-1);
    const first = [...unit.text][0]!;
    const prevLast = prev ? [...prev.text].at(-1)! : '';
    if (prev && unit.before === '' && (NO_LINE_START.has(first) || NO_LINE_END.has(prevLast))) {
      prev.text += unit.text;
    } else {
      glued.push({ ...unit });
    }
  }
  return glued;
}

/** Greedy line filling; units wider than a line are cut between characters, or fail when `hardBreak` is false. */
function fill(units: Unit[], width: number, measure: Measure, hardBreak: boolean): string[] | undefined {
  const lines: string[] = [];
  let line = '';
  for (const unit of units) {
    const joined = line === '' ? unit.text : line + unit.before + unit.text;
    if (measure(joined) <= width) {
      line = joined;
      continue;
    }
    if (line !== '') lines.push(line);
    line = '';
    if (measure(unit.text) <= width) {
      line = unit.text;
      continue;
    }
    if (!hardBreak) return undefined;
    for (const char of unit.text) {
      if (line !== '' && measure(line + char) > width) {
        lines.push(line);
        line = '';
      }
      line += char;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * Break text into lines of at most `width` em. `phrases` breaks only at
 * spaces (how newspaper headlines of two or three phrases read best) and
 * gives undefined when a phrase is wider than a line; `characters` breaks
 * wherever Chinese or Latin line breaking allows, and cuts a word wider
 * than a line unless `hardBreak` is false (then it gives undefined).
 */
export function breakLines(
  text: string,
  width: number,
  measure: Measure,
  mode: 'phrases' | 'characters',
  hardBreak = true,
): string[] | undefined {
  const normal = normaliseSpace(text);
  if (normal === '') return [];
  return mode === 'phrases'
    ? fill(phraseUnits(normal), width, measure, false)
    : fill(breakUnits(normal), width, measure, hardBreak);
}

/**
 * The same number of lines, as even as they can be: the narrowest width
 * that still gives no more lines (like CSS `text-wrap: balance`), so a
 * title never ends with one lonely character. Never cuts a word to do it.
 */
function balance(text: string, lines: string[], width: number, measure: Measure, mode: 'phrases' | 'characters'): string[] {
  if (lines.length < 2) return lines;
  let best = lines;
  let lo = 0;
  let hi = width;
  for (let i = 0; i < 12; i++) {
    const mid = (lo + hi) / 2;
    const candidate = breakLines(text, mid, measure, mode, false);
    if (candidate && candidate.length <= lines.length) {
      best = candidate;
      hi = mid;
    } else {
      lo = mid;
    }
  }
  return best;
}

/** Cut a line so that it and an ellipsis after it fit `width` em. */
function withEllipsis(line: string, width: number, measure: Measure, ellipsis = '…'): string {
  const chars = [...line];
  while (chars.length > 0 && measure(chars.join('').trimEnd() + ellipsis) > width) chars.pop();
  return chars.join('').trimEnd() + ellipsis;
}

/** Cut text to fit `width` em, ending it with an ellipsis when anything was cut. */
export function truncateToWidth(text: string, width: number, measure: Measure, ellipsis = '…'): string {
  const normal = normaliseSpace(text);
  return measure(normal) <= width ? normal : withEllipsis(normal, width, measure, ellipsis);
}

export interface FitOptions {
  /** Width of the text box in px. */
  width: number;
  /** Height of the text box in px. */
  height: number;
  /** Candidate font sizes in px, largest first. */
  sizes: readonly number[];
  /** Line height as a multiple of the font size. */
  lineHeight: number;
  maxLines: number;
}

export interface FittedText {
  fontSize: number;
  lines: string[];
  /** Whether the text was cut and ends with an ellipsis. */
  truncated: boolean;
}

/**
 * Lay out a title: the largest size at which it fits in the box, breaking
 * at its spaces when that costs at most one size step, otherwise wherever
 * allowed, with lines balanced; at the smallest size, cut with an ellipsis
 * if it still does not fit.
 */
export function fitText(text: string, measure: Measure, options: FitOptions): FittedText {
  const { width, height, sizes, lineHeight, maxLines } = options;
  if (sizes.length === 0) throw new Error('fitText needs at least one font size');
  const allowed = (size: number) => Math.max(1, Math.min(maxLines, Math.floor(height / (size * lineHeight) + 1e-9)));
  const attempt = (mode: 'phrases' | 'characters') => {
    for (const [index, fontSize] of sizes.entries()) {
      const lines = breakLines(text, width / fontSize, measure, mode);
      if (lines && lines.length <= allowed(fontSize)) return { index, fontSize, lines };
    }
    return undefined;
  };
  // Phrases only mean something when there are spaces: otherwise the "phrase" is the whole text on one line.
  const byPhrase = SEPARATOR.test(normaliseSpace(text)) ? attempt('phrases') : undefined;
  const byCharacter = attempt('characters');
  const chosen =
    byPhrase && (!byCharacter || byPhrase.index - byCharacter.index <= 1)
      ? { ...byPhrase, mode: 'phrases' as const }
      : byCharacter && { ...byCharacter, mode: 'characters' as const };
  if (chosen) {
    const lines = balance(text, chosen.lines, width / chosen.fontSize, measure, chosen.mode);
    return { fontSize: chosen.fontSize, lines, truncated: false };
  }

  const fontSize = sizes.at(-1)!;
  const room = allowed(fontSize);
  const lines = breakLines(text, width / fontSize, measure, 'characters') ?? [];
  const kept = lines.slice(0, room);
  kept[room - 1] = withEllipsis(kept[room - 1] ?? '', width / fontSize, measure);
  return { fontSize, lines: kept, truncated: true };
}
