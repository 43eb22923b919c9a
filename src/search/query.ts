/**
 * What readers type, made into what Pagefind understands, and the words
 * to highlight in result excerpts.
 *
 * Chinese input methods type full-width characters and Chinese quotes:
 * `“招商引资”` should be the same exact-phrase search as `"招商引资"`.
 */
import { hasHan } from '../lib/cjk';

const CHINESE_QUOTES = /[“”„‟「」『』〝〞〟＂]/g;

/**
 * A query ready for Pagefind: full-width letters, digits and spaces made
 * half-width (NFKC), Chinese quotation marks made `"` (Pagefind's phrase
 * quotes), a lone unmatched quote dropped, whitespace collapsed.
 */
export function normalizeQuery(raw: string): string {
  let q = raw.normalize('NFKC').replace(CHINESE_QUOTES, '"').replace(/\s+/g, ' ').trim();
  const quotes = q.split('"').length - 1;
  if (quotes % 2 === 1) {
    const last = q.lastIndexOf('"');
    q = `${q.slice(0, last)}${q.slice(last + 1)}`.replace(/\s+/g, ' ').trim();
  }
  if (/^("\s*")*$/.test(q)) return '';
  return q;
}

/** The terms of a normalised query: each quoted phrase, and each other word. */
export function queryTerms(normalized: string): string[] {
  const terms: string[] = [];
  const rest = normalized.replace(/"([^"]*)"/g, (_, phrase: string) => {
    const p = phrase.replace(/\s+/g, ' ').trim();
    if (p !== '') terms.push(p);
    return ' ';
  });
  for (const word of rest.split(/\s+/)) if (word !== '') terms.push(word);
  return [...new Set(terms)];
}

/** The terms with Chinese characters: a page matches when its text contains each of them as written. */
export function hanTerms(normalized: string): string[] {
  return queryTerms(normalized).filter((t) => hasHan(t));
}

/** The query without phrase quotes: Pagefind's loose search, which finds every page with the words anywhere. */
export function looseQuery(normalized: string): string {
  return normalized.replace(/"/g, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * The query as Pagefind should run it. A single Chinese term (`招商引资`)
 * becomes an exact phrase (`"招商引资"`): page and query are cut into the
 * same words (see ./indexing/mark-words.ts), but ICU's dictionary
 * has no entry for many terms, which then become one-character words that
 * Pagefind matches anywhere on a page. As a phrase they must stand
 * together. Measured on 1,000 benchmark articles, pages found / pages
 * containing the term: 招商引资 823/823 (942 loose), 营商环境 439/439
 * (589 loose), 高质量发展 943/953 (983 loose). Queries of several terms
 * stay loose (Pagefind has one phrase per query, and would require them
 * to stand together).
 */
export function pagefindQuery(normalized: string): string {
  const terms = queryTerms(normalized);
  if (terms.length === 1 && !/\s/.test(terms[0]!) && hasHan(terms[0]!)) return `"${terms[0]}"`;
  return normalized;
}

/** Splits text into words, e.g. with `Intl.Segmenter` (Pagefind segments Chinese the same way). */
export type WordSegmenter = (text: string) => string[];

/**
 * The strings to highlight for a query, longest first: every term, and
 * the words of two or more characters inside it (Pagefind matches
 * `招商引资` loosely, so an excerpt may show `招商` and `引资` apart).
 */
export function highlightTerms(normalized: string, segment?: WordSegmenter): string[] {
  const out = new Set<string>();
  for (const term of queryTerms(normalized)) {
    out.add(term);
    if (!segment) continue;
    for (const word of segment(term)) if ([...word].length >= 2) out.add(word);
  }
  return [...out].sort((a, b) => b.length - a.length || a.localeCompare(b));
}

export interface TextPart {
  text: string;
  mark: boolean;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Text cut into plain and highlighted parts. Matching ignores case; a
 * term ending in a Latin letter also marks the rest of the word
 * (`worker` marks `workers`, as Pagefind's English stemming matches it).
 */
export function markText(text: string, terms: readonly string[]): TextPart[] {
  const usable = terms.filter((t) => t !== '');
  if (usable.length === 0 || text === '') return text === '' ? [] : [{ text, mark: false }];
  const alternatives = [...usable]
    .sort((a, b) => b.length - a.length)
    .map((t) => `${escapeRegExp(t)}${/[A-Za-z]$/.test(t) ? '[\\p{L}\\p{N}]*' : ''}`);
  const pattern = new RegExp(alternatives.join('|'), 'giu');
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    if (match[0] === '') continue;
    if (start > last) parts.push({ text: text.slice(last, start), mark: false });
    const previous = parts[parts.length - 1];
    if (previous?.mark && start === last) previous.text += match[0];
    else parts.push({ text: match[0], mark: true });
    last = start + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), mark: false });
  return parts;
}

/**
 * The Chinese words of a query as Pagefind looks them up: each unquoted
 * term cut into words the way pagefind.js cuts it (Intl.Segmenter), only
 * those with Han characters. Quoted phrases are left out: Pagefind
 * matches them exactly already.
 */
export function hanWords(normalized: string, segment: WordSegmenter): string[] {
  if (/^\s*".+"\s*$/.test(normalized)) return [];
  const words = queryTerms(normalized.replace(/"([^"]*)"/g, ' '))
    .flatMap((term) => segment(term.toLowerCase()))
    .filter((w) => hasHan(w));
  return [...new Set(words)];
}

/**
 * Whether a page's text really has every word. Pagefind, when a Chinese
 * word of the query is nowhere in its index, falls back to the longest
 * indexed word the query word starts with (`飞机` → `飞`), and returns
 * pages that do not contain the word at all. Checking a result's text
 * tells such a non-match from a real one.
 */
export function containsAll(text: string, words: readonly string[]): boolean {
  const flat = text.replace(/\s+/g, '').toLowerCase();
  return words.every((w) => flat.includes(w.replace(/\s+/g, '').toLowerCase()));
}

/**
 * A short passage of a page's text around the first place a term occurs
 * (longest terms first), after `from` (to skip the title, which the
 * result shows anyway). Starts after a punctuation mark when one is near,
 * and has … where it cuts the text. Undefined when no term occurs.
 */
export function excerptAround(text: string, terms: readonly string[], options: { length: number; from?: number }): string | undefined {
  const from = options.from ?? 0;
  let pos = -1;
  let found = '';
  for (const term of [...terms].sort((a, b) => b.length - a.length)) {
    const pattern = new RegExp(escapeRegExp(term), 'giu');
    pattern.lastIndex = from;
    const match = pattern.exec(text) ?? (from > 0 ? new RegExp(escapeRegExp(term), 'iu').exec(text) : null);
    if (match) {
      pos = match.index;
      found = match[0];
      break;
    }
  }
  if (pos < 0) return undefined;
  // Start a quarter of the length before the match, or at a punctuation mark up to half the length before it.
  const lead = Math.floor(options.length / 4);
  const lookback = Math.max(0, pos - Math.floor(options.length / 2));
  const before = text.slice(lookback, pos);
  const stop = Math.max(
    ...['。', '，', '；', '！', '？', '：', '. ', ', ', '; '].map((p) => {
      const i = before.lastIndexOf(p);
      return i < 0 ? -1 : i + p.length;
    }),
  );
  let start = stop > 0 ? lookback + stop : Math.max(0, pos - lead);
  if (stop <= 0 && start > 0 && !hasHan(text.charAt(start))) {
    const space = text.indexOf(' ', start);
    if (space >= 0 && space < pos) start = space + 1;
  }
  let end = Math.min(text.length, Math.max(start + options.length, pos + found.length));
  if (end < text.length && !hasHan(text.charAt(end - 1))) {
    const space = text.lastIndexOf(' ', end);
    if (space > pos + found.length) end = space;
  }
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
}
