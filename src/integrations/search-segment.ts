/**
 * Chinese word boundaries for the search index, marked before Pagefind
 * reads a page.
 *
 * pagefind.js cuts a query into words with the browser's `Intl.Segmenter`
 * (ICU's dictionary). Pagefind's indexer cuts page text with its own
 * segmenter (jieba), which cuts differently and also indexes the pieces
 * of longer words: the index is twice the size, indexing 10,000 articles
 * took ~80 s and ~10 GB, and a query's words did not always meet the
 * page's. So each run of Chinese characters in the page's text is cut
 * here with the same ICU segmenter and the words joined by zero-width
 * spaces, which Pagefind takes as word boundaries (and drops from the
 * stored text). Only the copy handed to Pagefind is changed; the
 * published page keeps its text as written.
 */

/** Runs of Han characters. */
const HAN_RUN = /\p{Script=Han}+/gu;
/** Markup that is not page text: scripts, styles, comments, tags. Kept as it is. */
const NOT_TEXT = /(<script\b[\s\S]*?<\/script\s*>|<style\b[\s\S]*?<\/style\s*>|<!--[\s\S]*?-->|<[^>]*>)/gi;
const ZWSP = '\u200B';

const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/** A run of Chinese characters with a zero-width space between its words: 招商引资工作 → 招商引资\u200B工作. */
export function markHanWords(run: string): string {
  let out = '';
  for (const { segment, index } of segmenter.segment(run)) out += index === 0 ? segment : ZWSP + segment;
  return out;
}

/** An HTML page with the words of its Chinese text marked (see above); tags, attributes and scripts untouched. */
export function markHanWordsInHtml(html: string): string {
  return html
    .split(NOT_TEXT)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(HAN_RUN, markHanWords)))
    .join('');
}
