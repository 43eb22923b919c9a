/**
 * Character classes used to decide whether a line break sits "inside"
 * Chinese (or Japanese) text, where it must not turn into a space.
 *
 * Hangul is deliberately not CJK here: Korean separates words with spaces,
 * so a line break between Hangul syllables should stay a space.
 */

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
