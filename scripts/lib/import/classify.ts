/**
 * The line classifier: what each line of an OCR page is (column heading,
 * kicker, headline, subtitle, byline, speaker, source, signatories, date or
 * body text), read from evidence: its width against the wrap width around
 * it (page.ts), its punctuation, the lines around it and the shape of
 * bylines (printed-lines.ts). `#` marks count when present; no layout is
 * assumed. The page's furniture is taken out before (page-furniture.ts).
 */
import { type Line, type Page, beginsBlock } from './page.ts';
import {
  BODY_PUNCT,
  CONTINUES,
  PARAGRAPH_START,
  SURNAMES,
  balanced,
  headlineSet,
  isHeadlineLike,
  isKickerAbove,
  parseDateLine,
  parseReporterLine,
  parseRoleLine,
  parseSourceLine,
} from './printed-lines.ts';
import { endsSentence, width } from './text.ts';

/** What one or more lines were read as. */
export type Unit =
  | { kind: 'column'; text: string; line: Line }
  | { kind: 'kicker'; text: string; line: Line }
  | { kind: 'headline'; lines: Line[]; why: string }
  | { kind: 'subtitle'; text: string; line: Line }
  | { kind: 'reporters'; reporters: string[]; correspondents: string[]; roles?: string[] | undefined; line: Line }
  | { kind: 'speaker'; text: string; dash: boolean; line: Line; lines: number }
  | { kind: 'source'; text: string; line: Line }
  | { kind: 'signatories'; names: string[]; date: string; line: Line }
  | { kind: 'date'; text: string; line: Line }
  | { kind: 'body'; line: Line };

export type UnitKind = Unit['kind'];

/** The reading of a page so far: the units read, and the kind each line read belongs to. */
export interface Reading {
  page: Page;
  /** Column names, without spaces. */
  columns: ReadonlySet<string>;
  units: Unit[];
  /** Line index → the kind of unit it was read as. */
  kinds: Map<number, UnitKind>;
}

/** Why a run of lines was read as a headline (said in the report). */
export const WHY = {
  marked: '有 # 号',
  alone: '单独成行、没有标点',
  shape: '没有标点、比正文行短或宽',
  printed: '没有标点、前后是署名、副题或文章的结尾',
} as const;

const noSpaces = (s: string) => s.replace(/\s+/g, '');
const kindBefore = (r: Reading, i: number) => r.kinds.get(i - 1);
const printedKind = (kind: UnitKind | undefined) => kind !== undefined && kind !== 'body';

/** Whether line i begins a new unit: the page's start, a blank line, a finished sentence, or a printed line before it. */
export function startsUnit(r: Reading, i: number): boolean {
  if (i === 0) return true;
  const { lines } = r.page;
  const l = lines[i]!;
  if (CONTINUES.test(l.text)) return false;
  if (l.blankBefore || l.level > 0) return true;
  // A line of closing marks alone (” after …红火！) ends the sentence the line before it ended.
  const prev = lines[i - 1]!.text;
  const ended = endsSentence(prev) || (i > 1 && /^[”’）》」』]+$/u.test(prev) && endsSentence(lines[i - 2]!.text + prev));
  return printedKind(kindBefore(r, i)) || ended;
}

/** A line that could be a headline's by its text alone (on a page that indents its paragraphs, not an indented one). */
export function isHeadlineText(page: Page, l: Line): boolean {
  return isHeadlineLike(l.text) && !CONTINUES.test(l.text) && !parseReporterLine(l.text) && width(l.text) <= 34 && !(page.indentsParagraphs && l.indent && l.level === 0);
}

/** A kicker printed with a colon (孟庄镇：) above a headline line. */
export function isKicker(page: Page, i: number): boolean {
  const l = page.lines[i]!;
  const next = page.lines[i + 1];
  return /[：:]$/u.test(l.text) && width(l.text) <= 16 && !BODY_PUNCT.test(l.text.slice(0, -1)) && next !== undefined && isHeadlineText(page, next);
}

/** A column heading: a known column's name, or a `#` line above a `##` one (that is not a kicker). */
export function isColumnHeading(r: Reading, i: number): boolean {
  const { lines } = r.page;
  return r.columns.has(noSpaces(lines[i]!.text)) || (lines[i]!.level === 1 && lines[i + 1]?.level === 2 && !isKicker(r.page, i));
}

/** A subtitle: ——… without sentence punctuation (——访… even when it names a role and a person). */
export function isSubtitle(l: Line): boolean {
  return l.text.startsWith('——') && !/[。，；！？]/u.test(l.text) && width(l.text) <= 44 && (/^——\s*访/u.test(l.text) || !parseRoleLine(l.text));
}

/** Letter signatories: lines that could be names, ending with a printed date (after a body that ended a sentence). */
export function signatoriesAt(page: Page, i: number): { names: string[]; date: string; used: number } | undefined {
  const { lines } = page;
  let k = i;
  while (k < lines.length && k - i < 8 && isHeadlineLike(lines[k]!.text) && !parseDateLine(lines[k]!.text) && (k === i || !lines[k]!.blankBefore)) k += 1;
  if (k === i || k >= lines.length) return undefined;
  const date = parseDateLine(lines[k]!.text) ? lines[k]!.text : undefined;
  return date ? { names: lines.slice(i, k).map((l) => l.text), date, used: k - i + 1 } : undefined;
}

/**
 * Whether a full-width line at i that reads as a role and a name stands
 * apart from the lines around it, as a byline does (a body line that
 * happens to end with a role word and a name does not).
 */
function standsApart(r: Reading, i: number): boolean {
  const { page } = r;
  const prev = page.lines[i - 1]!;
  const after = page.lines[i + 1];
  const afterPrintedLine = printedKind(kindBefore(r, i));
  const beforeHeadline = after !== undefined && isHeadlineLike(after.text) && headlineSet(after.text);
  const afterShortLine = !page.full(prev);
  const afterHeadlineLike = isHeadlineLike(prev.text) && !CONTINUES.test(prev.text) && (i === 1 || endsSentence(page.lines[i - 2]!.text) || prev.blankBefore);
  const beforeBlock = after === undefined || beginsBlock(after);
  return afterPrintedLine || beforeHeadline || afterShortLine || afterHeadlineLike || beforeBlock;
}

/** Whether a speaker byline may wrap from line k-1 onto line k. */
function wrapsOnto(page: Page, k: number): boolean {
  const prev = page.lines[k - 1]!;
  const l = page.lines[k]!;
  // A byline wraps after 、 or ，, at the column's width, or before the name alone.
  const wrapMark = /[、，,]$/u.test(prev.text);
  if (!wrapMark && !page.full(prev) && width(l.text) > 4) return false;
  // A line that is a whole byline by itself is not the end of one begun above.
  return wrapMark || !(parseRoleLine(l.text) && width(l.text) > 6);
}

/** A byline of role and name over 1–3 lines starting at i (区行政审批服务局党组副书记、/区政务服务中心主任李子刚). */
export function speakerAt(r: Reading, i: number): { text: string; used: number } | undefined {
  const { page } = r;
  const { lines } = page;
  let joined = '';
  for (let k = i; k < Math.min(lines.length, i + 3); k += 1) {
    const l = lines[k]!;
    if (k > i && (l.blankBefore || l.level > 0 || l.text.startsWith('——') || /[。！？；]/u.test(joined))) break;
    if (k > i && !wrapsOnto(page, k)) break;
    joined += l.text;
    if (width(l.text) > 44) break;
    const role = parseRoleLine(joined);
    if (role && SURNAMES.includes(role.name[0]!) && (joined.match(/，/gu) ?? []).length <= 1) {
      // Not a byline when the text goes on after the name on the same line's continuation.
      const after = lines[k + 1];
      if (after && !after.blankBefore && CONTINUES.test(after.text)) return undefined;
      // A full-width line amid body text that ends with a role word and a name (…习近平总书记关于) is body.
      const amidBody = k === i && page.full(l) && !page.wide(l) && i > 0 && !l.blankBefore && !l.indent;
      if (amidBody && !standsApart(r, i)) return undefined;
      return { text: joined, used: k - i + 1 };
    }
    if (endsSentence(l.text)) break;
  }
  return undefined;
}

/** Printed lines that a headline may stand before: another headline line, a subtitle, a byline, a kicker, a marked line. */
function printedAt(r: Reading, i: number): boolean {
  const l = r.page.lines[i];
  if (!l) return true;
  const dashRole = l.text.startsWith('——') && parseRoleLine(l.text) !== undefined;
  return isSubtitle(l) || parseReporterLine(l.text) !== undefined || dashRole || speakerAt(r, i) !== undefined || isKicker(r.page, i) || l.level > 0;
}

/** Whether line k may go on the headline run begun at line i. */
function continuesHeadline(r: Reading, i: number, k: number): boolean {
  const { page } = r;
  const l = page.lines[k]!;
  if (!isHeadlineText(page, l) || isKicker(page, k)) return false;
  const joined = k === i || (!l.blankBefore && !l.gap && !l.indent && l.level === page.lines[i]!.level);
  return joined && !(k > i && r.columns.has(noSpaces(l.text))) && speakerAt(r, k) === undefined;
}

/**
 * Why the lines i..k-1 are a headline, or undefined when they are not
 * evidently other than body text: marked, standing alone, shaped as a
 * headline, or with printed lines after or before it, and not going on
 * into the line after.
 */
function headlineWhy(r: Reading, i: number, k: number): string | undefined {
  const { page } = r;
  const run = page.lines.slice(i, k);
  // A headline is whole: its quotes and brackets close (持续开展“向前一步走 goes on in the next line).
  if (!balanced(run.map((x) => x.text).join(''))) return undefined;
  // A third headline line as wide as the column is more likely the next body's first line.
  if (k - i === 3 && page.full(run[2]!) && !page.wide(run[2]!)) return undefined;
  const after = page.lines[k];
  // Followed by a blank line, a marked line or an indented paragraph start: the run is a whole unit without punctuation.
  const standsAlone = after === undefined || beginsBlock(after) || PARAGRAPH_START.test(after.text);
  const marked = run.every((x) => x.level > 0);
  // Shorter or wider than the column, or set as a headline is (phrases apart, a label in brackets):
  // one such line makes the run a headline (body lines without any punctuation are rare).
  const shape = run.some((x) => !page.full(x) || page.wide(x) || headlineSet(x.text));
  // Printed lines after it, or a column, kicker, source or date before it (an article ended or begins there).
  const before = r.units.at(-1)?.kind;
  const beforePrinted = printedAt(r, k) || before === 'column' || before === 'kicker' || before === 'source' || before === 'signatories' || before === 'date';
  const unwrapped = !page.wrapped(page.lines[i]!) && standsAlone;
  // The line after goes on from the run's last line: it begins with ，” or a one-character clause (问|题，…).
  const runsOn = after !== undefined && !after.blankBefore && (CONTINUES.test(after.text) || /^[^，、。；：！？“”]{1}[，、；：。！？]/u.test(after.text));
  if (marked) return WHY.marked;
  if (unwrapped || (standsAlone && !runsOn)) return WHY.alone;
  if (runsOn) return undefined;
  if (shape) return WHY.shape;
  return beforePrinted ? WHY.printed : undefined;
}

/**
 * A headline at line i: up to three lines without body punctuation, each
 * short, wider than the column, marked, or standing before other printed
 * lines (a subtitle, a byline, a kicker); its first line is a kicker when
 * short above a longer one.
 */
export function headlineAt(r: Reading, i: number): { kicker?: Line | undefined; lines: Line[]; why: string } | undefined {
  let k = i;
  while (k < r.page.lines.length && k - i < 3 && continuesHeadline(r, i, k)) k += 1;
  // Shorten the run from the end until its lines are evidently not body text.
  for (; k > i; k -= 1) {
    const why = headlineWhy(r, i, k);
    if (why === undefined) continue;
    const run = r.page.lines.slice(i, k);
    // A short line above a longer one is the headline's kicker (引题), printed with or without a colon.
    if (run.length >= 2 && isKickerAbove(run[0]!.text, run[1]!.text)) return { kicker: run[0]!, lines: run.slice(1), why };
    return { lines: run, why };
  }
  return undefined;
}

/** How many lines a unit takes. */
function span(u: Unit): number {
  if (u.kind === 'headline') return u.lines.length;
  if (u.kind === 'speaker') return u.lines;
  if (u.kind === 'signatories') return u.names.length + 1;
  return 1;
}

/** The unit (a kicker and a headline: two) that begins at line i. */
function unitsAt(r: Reading, i: number): Unit[] {
  const { page } = r;
  const l = page.lines[i]!;
  if (!startsUnit(r, i)) return [{ kind: 'body', line: l }];
  if (isColumnHeading(r, i)) return [{ kind: 'column', text: l.text, line: l }];
  const reporters = parseReporterLine(l.text);
  if (reporters) return [{ kind: 'reporters', ...reporters, line: l }];
  const source = parseSourceLine(l.text);
  if (source && r.units.some((u) => u.kind === 'body')) return [{ kind: 'source', text: source, line: l }];
  if (parseDateLine(l.text)) return [{ kind: 'date', text: l.text, line: l }];
  if (r.units.at(-1)?.kind === 'body' && endsSentence(page.lines[i - 1]!.text)) {
    const sig = signatoriesAt(page, i);
    if (sig) return [{ kind: 'signatories', names: sig.names, date: sig.date, line: l }];
  }
  if (isKicker(page, i)) return [{ kind: 'kicker', text: l.text.replace(/[：:]$/u, ''), line: l }];
  const speaker = speakerAt(r, i);
  if (isSubtitle(l) && !(speaker && !/^——\s*访/u.test(l.text))) return [{ kind: 'subtitle', text: l.text, line: l }];
  if (speaker) return [{ kind: 'speaker', text: speaker.text.replace(/^——\s*/u, ''), dash: l.text.startsWith('——'), line: l, lines: speaker.used }];
  const headline = isHeadlineText(page, l) ? headlineAt(r, i) : undefined;
  if (!headline) return [{ kind: 'body', line: l }];
  const units: Unit[] = [{ kind: 'headline', lines: headline.lines, why: headline.why }];
  if (headline.kicker) units.unshift({ kind: 'kicker', text: headline.kicker.text, line: headline.kicker });
  return units;
}

/** The page's lines read as units, in page order. */
export function classifyLines(page: Page, columnNames: readonly string[] = []): Unit[] {
  const r: Reading = { page, columns: new Set(columnNames.map(noSpaces)), units: [], kinds: new Map() };
  let i = 0;
  while (i < page.lines.length) {
    for (const u of unitsAt(r, i)) {
      r.units.push(u);
      for (const end = i + span(u); i < end; i += 1) r.kinds.set(i, u.kind);
    }
  }
  return r.units;
}
