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
  /** The name or alias found. */
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

/** The first index at or after `from` where `name` stands alone in `text`, or -1. */
export function findName(text: string, name: string, from = 0): number {
  if (name === '') return -1;
  for (let at = text.indexOf(name, from); at !== -1; at = text.indexOf(name, at + 1)) {
    if (standsAlone(text, at, name)) return at;
  }
  return -1;
}

const segmenters = new Map<string, Intl.Segmenter>();

/** A paragraph cut into sentences by the ICU rules for its language (。！？ in Chinese; . ! ? in English). */
export function sentences(paragraph: string, lang: string): string[] {
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
    segmenters.set(lang, segmenter);
  }
  return [...segmenter.segment(paragraph)].map((s) => s.segment.trim()).filter((s) => s !== '');
}

/**
 * Every target the paragraphs name, in the order of its first mention,
 * with the sentence of that mention. A target is listed once however
 * often it is named.
 */
export function findMentions(paragraphs: readonly string[], targets: readonly MentionTarget[], lang: string): Mention[] {
  const found: (Mention & { order: number })[] = [];
  const remaining = targets.filter((t) => t.names.some((n) => n !== ''));
  let offset = 0;
  for (const paragraph of paragraphs) {
    // A quick test on the whole paragraph first: most paragraphs name nothing.
    const hits = remaining.filter((t) => !found.some((f) => f.id === t.id) && t.names.some((n) => findName(paragraph, n) !== -1));
    if (hits.length > 0) {
      let start = 0;
      for (const sentence of sentences(paragraph, lang)) {
        for (const t of hits) {
          if (found.some((f) => f.id === t.id)) continue;
          const named = t.names
            .map((name) => ({ name, at: findName(sentence, name) }))
            .filter((n) => n.at !== -1)
            .sort((a, b) => a.at - b.at || b.name.length - a.name.length)[0];
          if (named) found.push({ id: t.id, name: named.name, sentence, order: offset + start + named.at });
        }
        start += sentence.length;
      }
      // A name the sentence rules cut in two (an English abbreviation's full stop): the paragraph is its sentence.
      for (const t of hits) {
        if (found.some((f) => f.id === t.id)) continue;
        const name = t.names.find((n) => findName(paragraph, n) !== -1)!;
        found.push({ id: t.id, name, sentence: paragraph.trim(), order: offset + findName(paragraph, name) });
      }
    }
    offset += paragraph.length + 1;
  }
  return found.sort((a, b) => a.order - b.order).map(({ id, name, sentence }) => ({ id, name, sentence }));
}
