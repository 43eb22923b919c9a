/**
 * Article file names (slugs): ASCII kebab-case, readable (pinyin or
 * English), unique across all year folders.
 */
import { pinyin } from 'pinyin-pro';
import { KEBAB_ID } from '../schema.ts';
import { isHan } from '../cjk.ts';

/** Whether a string is a valid slug. */
export function isSlug(s: string): boolean {
  return KEBAB_ID.test(s);
}

/**
 * Pinyin of Chinese text (surnames read as surnames: 单 → shan), Latin
 * letters and digits kept, everything else a separator; lower-case kebab.
 *
 * @param maxSyllables  keep at most this many syllables/words
 */
export function toSlug(text: string, maxSyllables = Infinity, surnameMode = false): string {
  const words: string[] = [];
  let latin = '';
  const flush = () => {
    if (latin) words.push(latin.toLowerCase());
    latin = '';
  };
  const chars = [...text.normalize('NFKC')];
  const hanText = chars.filter(isHan).join('');
  const readings = hanText ? pinyin(hanText, { toneType: 'none', type: 'array', surname: surnameMode ? 'head' : 'off', v: true }) : [];
  let h = 0;
  for (const c of chars) {
    if (isHan(c)) {
      flush();
      const reading = (readings[h] ?? '').replace(/[^a-z]/gi, '');
      h += 1;
      if (reading) words.push(reading.toLowerCase());
    } else if (/[A-Za-z0-9]/.test(c)) {
      latin += c;
    } else {
      flush();
    }
  }
  flush();
  return words.slice(0, maxSyllables).join('-').replace(/-+/g, '-').replace(/^-|-$/g, '');
}

/** Chinese words, as the browser and Node (ICU) split them: 市中区召开招商引资推进会 → 市, 中区, 召开, 招, 商 … */
const words = new Intl.Segmenter('zh', { granularity: 'word' });

/**
 * The first words of a title as a slug part, at most `maxSyllables`
 * syllables, cut between words, never inside one (市中区召开… →
 * shi-zhong-qu, not shi-zhong-qu-zhao, whose zhao is half of 召开). A first
 * word longer than that is cut at `maxSyllables`.
 */
export function titleSlug(title: string, maxSyllables = 4): string {
  const parts: string[] = [];
  let count = 0;
  for (const { segment } of words.segment(title.normalize('NFKC'))) {
    const slug = toSlug(segment);
    if (!slug) continue;
    const syllables = slug.split('-').length;
    if (count + syllables > maxSyllables) {
      if (count === 0) parts.push(toSlug(segment, maxSyllables));
      break;
    }
    parts.push(slug);
    count += syllables;
  }
  return parts.join('-');
}

/** A person's name as a slug part: 刘昊 → liu-hao. */
export function nameSlug(name: string): string {
  return toSlug(name, 4, true);
}

/**
 * The slug an article gets unless the editor names one: the first
 * department's id, then the speaker's name in pinyin (study-trip style
 * yongan-town-li-feng), or else the first words of the title (titleSlug).
 */
export function suggestSlug(options: { departments: readonly string[]; speakerName?: string | undefined; title: string }): string {
  const head = options.departments[0] ?? '';
  const tail = options.speakerName ? nameSlug(options.speakerName) : titleSlug(options.title, 4);
  const slug = [head, tail].filter(Boolean).join('-');
  return isSlug(slug) ? slug : 'article';
}

/** `base`, or `base-2`, `base-3` … whichever is not taken. */
export function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
