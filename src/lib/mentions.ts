/**
 * Which companies, parks and projects an article names, found in its text
 * by their names and aliases (no hand tagging), each with the sentence
 * that first mentions it.
 *
 * Pure: the caller passes the article's paragraphs as plain text (see
 * ./article-text.ts) and, per entity, the names to look for in the
 * article's language (Chinese name and aliases for a Chinese article; the
 * English name for an English one).
 */

export interface MentionTarget {
  id: string;
  /** The names to look for, exactly as written in the articles. */
  names: readonly string[];
}

export interface Mention {
  id: string;
  /** The name or alias found, as the text writes it. */
  name: string;
  /** The sentence in which it is first found, trimmed. */
  sentence: string;
}

const WORD_CHAR = /[A-Za-z0-9]/;

/**
 * Whether `name` stands at `at` in `text` as a whole name: a name that
 * begins or ends with a Latin letter or digit must not run on into one
 * (`NIO` is not in `union`; `UK机器人` is not in `OUK机器人`). Chinese names
 * have no word spaces, so a Han edge matches anywhere (新远大 in
 * 新远大矿用锂电设备生产基地项目: the project is news of the company too).
 */
function standsAlone(text: string, at: number, name: string): boolean {
  const first = name[0] ?? '';
  const last = name[name.length - 1] ?? '';
  if (WORD_CHAR.test(first) && WORD_CHAR.test(text[at - 1] ?? '')) return false;
  if (WORD_CHAR.test(last) && WORD_CHAR.test(text[at + name.length] ?? '')) return false;
  return true;
}

const LATIN = /[A-Za-z]/;
const patterns = new Map<string, RegExp>();

/** A name with Latin letters as a whole-word, case-blind pattern (translations write "the Lituo high-end … project"). */
function latinPattern(name: string): RegExp {
  let re = patterns.get(name);
  if (!re) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    const before = WORD_CHAR.test(name[0] ?? '') ? '(?<![A-Za-z0-9])' : '';
    const after = WORD_CHAR.test(name[name.length - 1] ?? '') ? '(?![A-Za-z0-9])' : '';
    patterns.set(name, (re = new RegExp(`${before}${escaped}${after}`, 'giu')));
  }
  return re;
}

/**
 * The first index at or after `from` where `name` stands alone in `text`,
 * or -1. Latin letters match in either case (Shizhong's English
 * translations write names in sentence case: "the Zhousheng steel structure
 * intelligent manufacturing project"); the text found is
 * `text.slice(at, at + name.length)`.
 */
export function findName(text: string, name: string, from = 0): number {
  if (name === '') return -1;
  if (LATIN.test(name)) {
    const re = latinPattern(name);
    re.lastIndex = from;
    return re.exec(text)?.index ?? -1;
  }
  for (let at = text.indexOf(name, from); at !== -1; at = text.indexOf(name, at + 1)) {
    if (standsAlone(text, at, name)) return at;
  }
  return -1;
}

const segmenters = new Map<string, Intl.Segmenter>();

/** A paragraph cut into sentences by the ICU rules for its language (。！？ in Chinese; . ! ? in English). */
export function sentences(paragraph: string, lang: string): string[] {
  return [...segmenter(lang).segment(paragraph)].map((s) => s.segment.trim()).filter((s) => s !== '');
}

function segmenter(lang: string): Intl.Segmenter {
  let kept = segmenters.get(lang);
  if (!kept) segmenters.set(lang, (kept = new Intl.Segmenter(lang, { granularity: 'sentence' })));
  return kept;
}

/**
 * Every target the paragraphs name, in the order of its first mention,
 * with the sentence of that mention. A target is listed once however
 * often it is named; where two of its names are found, the earlier (then
 * the longer) counts. A name the sentence rules cut in two (an English
 * abbreviation's full stop inside it) gets its whole paragraph as sentence.
 */
export function findMentions(paragraphs: readonly string[], targets: readonly MentionTarget[], lang: string): Mention[] {
  const found: (Mention & { order: number })[] = [];
  const done = new Set<string>();
  let offset = 0;
  for (const paragraph of paragraphs) {
    const hits: { id: string; name: string; at: number }[] = [];
    for (const t of targets) {
      if (done.has(t.id)) continue;
      let best: { name: string; at: number } | undefined;
      for (const name of t.names) {
        const at = findName(paragraph, name);
        if (at !== -1 && (!best || at < best.at || (at === best.at && name.length > best.name.length))) best = { name, at };
      }
      if (best) hits.push({ id: t.id, ...best });
    }
    if (hits.length > 0) {
      const cuts = sentenceSpans(paragraph, lang);
      for (const hit of hits) {
        const span = cuts.find(([start, end]) => hit.at >= start && hit.at < end);
        const whole = span && hit.at + hit.name.length <= span[1];
        const sentence = (whole ? paragraph.slice(span[0], span[1]) : paragraph).trim();
        found.push({ id: hit.id, name: paragraph.slice(hit.at, hit.at + hit.name.length), sentence, order: offset + hit.at });
        done.add(hit.id);
      }
    }
    offset += paragraph.length + 1;
  }
  return found.sort((a, b) => a.order - b.order).map(({ id, name, sentence }) => ({ id, name, sentence }));
}

/** Where each sentence of a paragraph starts and ends (UTF-16 offsets). */
function sentenceSpans(paragraph: string, lang: string): [start: number, end: number][] {
  return [...segmenter(lang).segment(paragraph)].map((s) => [s.index, s.index + s.segment.length]);
}
