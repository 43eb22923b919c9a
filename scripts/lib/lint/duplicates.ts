/**
 * The same text in two articles: identical bodies, bodies that are mostly
 * the same, and single paragraphs that are (nearly) the same.
 *
 * The printed paper once put the 区住建局 text under 任金雷's name. Such a
 * pair is published as printed with an editor's note; the note "marks it as
 * known" when it names the other article by its title in 《》 (or by its
 * file name). A known pair is still reported, as information (提示), so it
 * stays visible; an unknown one is an error.
 */
import { createHash } from 'node:crypto';
import type { Finding } from './findings.ts';
import type { TextBlock } from '../shared/markdown-blocks.ts';

export interface DuplicateInput {
  /** File as shown to editors. */
  display: string;
  id: string;
  title: string;
  lang: string;
  /** YYYY-MM-DD, to decide which of a pair is the later one. */
  date: string;
  editorNote?: string | undefined;
  /** Line of the editorNote field (or 1). */
  noteLine: number;
  /** First body line in the file. */
  bodyLine: number;
  /** What the check compares of the body (duplicateText()): kept per file by the content check's cache. */
  text: DuplicateText;
}

/** The paragraphs compared (normalised, long enough) and a hash of the whole body, normalised. */
export interface DuplicateText {
  paragraphs: { index: number; text: string; line: number }[];
  body: string;
}

/** What duplicateFindings() needs of one body's blocks. */
export function duplicateText(blocks: readonly TextBlock[]): DuplicateText {
  const paragraphs: DuplicateText['paragraphs'] = [];
  blocks.forEach((b, index) => {
    if (b.type !== 'paragraph') return;
    const text = normalise(b.text);
    if ([...text].length >= MIN_PARAGRAPH) paragraphs.push({ index, text, line: b.line });
  });
  return { paragraphs, body: createHash('sha256').update(normalise(blocks.map((x) => x.text).join(''))).digest('base64') };
}

/** Paragraph text without whitespace and markup, for comparison. */
export function normalise(text: string): string {
  return text.replace(/[\s\uFFFC*_`#>]/gu, '');
}

const SHINGLE = 4;
/** Paragraphs shorter than this (after normalising) are not compared: short stock phrases repeat legitimately. */
export const MIN_PARAGRAPH = 40;
/** Jaccard similarity of 4-character shingles from which two paragraphs count as near duplicates. */
export const NEAR = 0.8;
/** Share of the shorter article's paragraphs that must repeat for the bodies to count as the same. */
export const MOSTLY = 0.6;
/** A shingle found in more paragraphs than this is a stock phrase and is not used to find candidates. */
const MAX_POSTING = 64;

/**
 * The text's runs of SHINGLE UTF-16 units (a Han character is one unit; the
 * rare character outside the BMP is two, which changes no verdict), each as
 * a 30-bit hash, sorted and without repeats: numbers in a typed array, not
 * strings or a Set, so that 10,000 articles' paragraphs do not hold some
 * twenty million entries (as a Set of 32-bit hashes, which V8 boxes
 * beyond 30 bits, the check took 2.2 GB at 10,000 articles). Two runs
 * that hash alike count as one; a paragraph pair is "near" only when 80%
 * of its runs are shared, which collisions cannot make.
 */
function shingles(s: string): Int32Array {
  const n = Math.max(0, s.length - SHINGLE + 1);
  const all = new Int32Array(n);
  for (let i = 0; i < n; i += 1) {
    let h = 0x811c9dc5;
    for (let k = i; k < i + SHINGLE; k += 1) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
    all[i] = h >>> 2;
  }
  all.sort();
  let unique = 0;
  for (let i = 0; i < n; i += 1) if (i === 0 || all[i] !== all[i - 1]) all[unique++] = all[i]!;
  return all.slice(0, unique);
}

/** Jaccard similarity of two sorted sets without repeats (as shingles() makes them). */
export function jaccard(a: Int32Array, b: Int32Array): number {
  let inter = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      inter += 1;
      i += 1;
      j += 1;
    } else if (a[i]! < b[j]!) i += 1;
    else j += 1;
  }
  const union = a.length + b.length - inter;
  return union === 0 ? 0 : inter / union;
}

interface Para {
  article: number;
  index: number;
  text: string;
  line: number;
  set: Int32Array;
}

/** Whether `a`'s editor's note names `b` (by 《title》, by “title” in an English note, or by file name). */
export function noteNames(a: DuplicateInput, b: DuplicateInput): boolean {
  const note = a.editorNote ?? '';
  return note !== '' && (note.includes(`《${b.title}》`) || note.includes(`“${b.title}”`) || note.includes(b.id));
}

/** Pairs of similar paragraphs: matches.get(articleA)!.get(articleB) = [A's, B's] pairs. */
type Matches = Map<number, Map<number, Array<[Para, Para]>>>;

/** Bodies that repeat each other: whole bodies, then paragraphs, by hashed shingles. */
export function duplicateFindings(articles: readonly DuplicateInput[]): Finding[] {
  const { paras, perArticle } = paragraphsOf(articles);
  return reportMatches(articles, perArticle, similarParagraphs(articles, paras));
}

/** Every paragraph with its shingles, in one list and per article. */
function paragraphsOf(articles: readonly DuplicateInput[]): { paras: Para[]; perArticle: Para[][] } {
  const paras: Para[] = [];
  const perArticle: Para[][] = articles.map(() => []);
  articles.forEach((a, ai) => {
    for (const { index, text, line } of a.text.paragraphs) {
      const p: Para = { article: ai, index, text, line, set: shingles(text) };
      paras.push(p);
      perArticle[ai]!.push(p);
    }
  });
  return { paras, perArticle };
}

/** Similar paragraphs of different articles in one language, found through an index of shingles. */
function similarParagraphs(articles: readonly DuplicateInput[], paras: readonly Para[]): Matches {
  // Candidate pairs through an index of shingles, so that the work grows with matches, not with articles².
  const postings = new Map<number, number[]>();
  paras.forEach((p, pi) => {
    for (const s of p.set) {
      const list = postings.get(s);
      if (list) list.push(pi);
      else postings.set(s, [pi]);
    }
  });
  const matches: Matches = new Map();
  paras.forEach((p, pi) => {
    const shared = new Map<number, number>();
    for (const s of p.set) {
      const list = postings.get(s)!;
      if (list.length > MAX_POSTING) continue;
      for (const qi of list) if (qi > pi && paras[qi]!.article !== p.article) shared.set(qi, (shared.get(qi) ?? 0) + 1);
    }
    for (const [qi, count] of shared) {
      const q = paras[qi]!;
      if (count < NEAR * Math.min(p.set.length, q.set.length) * 0.5) continue;
      if (articles[p.article]!.lang !== articles[q.article]!.lang) continue;
      if (p.text !== q.text && jaccard(p.set, q.set) < NEAR) continue;
      const [x, y] = p.article < q.article ? [p, q] : [q, p];
      const byA = matches.get(x.article) ?? new Map<number, Array<[Para, Para]>>();
      matches.set(x.article, byA);
      byA.set(y.article, [...(byA.get(y.article) ?? []), [x, y]]);
    }
  });
  return matches;
}

/** A finding on the later article of each matched pair: a body mostly the same, or each repeated paragraph. */
function reportMatches(articles: readonly DuplicateInput[], perArticle: readonly Para[][], matches: Matches): Finding[] {
  const findings: Finding[] = [];
  for (const [ai, byB] of matches) {
    for (const [bi, pairs] of byB) {
      const a = articles[ai]!;
      const b = articles[bi]!;
      // Report on the later article (by date, then file), naming the earlier one.
      const [later, earlier, laterSide] = a.date > b.date || (a.date === b.date && a.display > b.display) ? [a, b, 0 as const] : [b, a, 1 as const];
      const laterIndex = laterSide === 0 ? ai : bi;
      const known = noteNames(later, earlier) || noteNames(earlier, later);
      const severity = known ? 'info' : 'error';
      const knownText = known ? '编者按已说明这一情况（已知，照登）。' : '';
      const howToMark = `如确属原报如此、照登，请在 editorNote（编者按）里写明与《${earlier.title}》相同，本检查就只作提示。`;
      const laterParas = perArticle[laterIndex]!;
      const earlierParas = perArticle[laterIndex === ai ? bi : ai]!;
      const uniqueLater = new Set(pairs.map((pair) => pair[laterSide]));
      const sameBody = later.text.body === earlier.text.body;
      const mostly = uniqueLater.size >= MOSTLY * Math.min(laterParas.length, earlierParas.length);
      if (sameBody || mostly) {
        findings.push({
          file: later.display,
          line: known ? later.noteLine : later.bodyLine,
          severity,
          rule: 'duplicate-body',
          message: `正文与 ${earlier.display}（《${earlier.title}》）${sameBody ? '完全相同' : `大部分相同（${uniqueLater.size} 段重复）`}。${knownText || `请核对是否放错了正文。${howToMark}`}`,
        });
        continue;
      }
      for (const p of [...uniqueLater].sort((x, y) => x.line - y.line)) {
        const other = pairs.find((pair) => pair[laterSide] === p)![laterSide === 0 ? 1 : 0];
        findings.push({
          file: later.display,
          line: p.line,
          severity: known ? 'info' : 'warning',
          rule: 'near-duplicate-paragraph',
          message: `这一段与 ${earlier.display} 第 ${other.line} 行的一段${p.text === other.text ? '相同' : '几乎相同'}。${knownText || '请核对是否重复粘贴。'}`,
        });
      }
    }
  }
  return findings;
}
