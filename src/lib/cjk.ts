/**
 * The one home of CJK character classes, for every part of the portal:
 * the markdown pipeline (does a line break sit inside Chinese text?), the
 * search index and query rules (is this a Han word?), share-card layout,
 * the importer and the content linter.
 *
 * Hangul is deliberately not CJK here: Korean separates words with spaces,
 * so a line break between Hangul syllables should stay a space.
 */

/** A Han character anywhere in a string (Script=Han: ideographs of every extension, radicals, 々 〇). */
export const HAN = /\p{Script=Han}/u;

/** The ideographic (full-width) space, U+3000, that Chinese text uses for indents and gaps. */
export const IDEOGRAPHIC_SPACE = '\u3000';

/** Whether a string contains a Han character. */
export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/** Whether a character (one code point, or undefined past either end of a string) is Han. */
export function isHan(ch: string | undefined): boolean {
  return ch !== undefined && HAN.test(ch);
}

/**
 * Whether a UTF-16 code unit belongs to a Han character: the BMP blocks of
 * Script=Han (ideographs, extension A, compatibility ideographs, radicals,
 * 々 〇 〡–〩 〸–〻) and the surrogates of the astral extensions
 * (U+20000–U+323AF). A code-unit test, for hot loops that cannot afford a
 * regex per character; a surrogate only counts next to other Han text.
 */
export function isHanUnit(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0x2e80 && c <= 0x2fdf) ||
    c === 0x3005 ||
    c === 0x3007 ||
    (c >= 0x3021 && c <= 0x3029) ||
    (c >= 0x3038 && c <= 0x303b) ||
    (c >= 0xd840 && c <= 0xd88f) ||
    (c >= 0xdc00 && c <= 0xdfff)
  );
}

/** Han (incl. all extensions, radicals, 々 〇), kana and bopomofo, by Unicode script. */
const CJK_SCRIPT = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}]$/u;

/**
 * Blocks of CJK punctuation and symbols, as [first, last] code points.
 * Most of these characters have Script=Common, so the regex above misses them.
 */
const CJK_BLOCKS: ReadonlyArray<readonly [number, number]> = [
  [0x3000, 0x303f], // CJK Symbols and Punctuation: 　、。〈〉《》「」『』【】〔〕〜
  [0x3040, 0x30ff], // Hiragana and Katakana blocks, incl. ー and ・ (Script=Common)
  [0x3200, 0x33ff], // Enclosed CJK Letters (㈠) and CJK Compatibility (㎡ ㎞)
  [0xfe10, 0xfe1f], // Vertical Forms
  [0xfe30, 0xfe4f], // CJK Compatibility Forms
  [0xff00, 0xffef], // Halfwidth and Fullwidth Forms: ，：；！？（）０-９Ａ-Ｚ
];

/**
 * Punctuation shared by Chinese and Western text: curly quotes, dashes,
 * the ellipsis and the middle dot of transliterated names (阿卜杜勒·拉赫曼).
 * Whether one of these is "CJK" depends on the character on its far side.
 */
const AMBIGUOUS = new Set<number>([
  0x00b7, // · middle dot
  0x2014, // — em dash (Chinese writes it doubled: ——)
  0x2015, // ― horizontal bar, used for the Chinese dash by some input methods
  0x2018, // ‘
  0x2019, // ’
  0x201c, // “
  0x201d, // ”
  0x2026, // … (Chinese writes it doubled: ……)
]);

/**
 * Whether a code point is unambiguously CJK: Han ideographs (incl. extensions),
 * kana, bopomofo, CJK symbols and punctuation (U+3000–303F) and full-width
 * forms (U+FF00–FFEF).
 */
export function isCjk(codePoint: number): boolean {
  for (const [first, last] of CJK_BLOCKS) {
    if (codePoint >= first && codePoint <= last) return true;
  }
  // Everything below U+2E80 (CJK Radicals Supplement) is not CJK; skip the regex.
  return codePoint >= 0x2e80 && CJK_SCRIPT.test(String.fromCodePoint(codePoint));
}

/**
 * Whether a code point is punctuation used by both Chinese and Western text
 * (“ ” ‘ ’ — ― … ·); it counts as CJK when the character beyond it is CJK.
 */
export function isAmbiguous(codePoint: number): boolean {
  return AMBIGUOUS.has(codePoint);
}
