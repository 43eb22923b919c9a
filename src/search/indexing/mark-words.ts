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
import { hasHan, isHanUnit } from '../../lib/cjk.ts';

/** Markup that is not page text: scripts, styles, comments, tags. Kept as it is. */
const NOT_TEXT = /(<script\b[\s\S]*?<\/script\s*>|<style\b[\s\S]*?<\/style\s*>|<!--[\s\S]*?-->|<[^>]*>)/gi;
const ZWSP = '\u200B';

const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/**
 * Text with a zero-width space between two words that meet with Chinese
 * characters on both sides: 全力推进招商引资工作 → 全力\u200B推进\u200B招商引资\u200B工作.
 * One segmenter pass over the whole text (cheaper than one per run of
 * Chinese characters: ICU's set-up per call is most of the cost).
 */
export function markHanWords(text: string): string {
  if (!hasHan(text)) return text;
  const parts: string[] = [];
  let afterHan = false;
  for (const { segment } of segmenter.segment(text)) {
    if (afterHan && isHanUnit(segment.charCodeAt(0))) parts.push(ZWSP);
    parts.push(segment);
    afterHan = isHanUnit(segment.charCodeAt(segment.length - 1));
  }
  return parts.join('');
}

/**
 * An HTML page with the words of its Chinese text marked (see above);
 * tags, attributes, scripts and styles untouched. Only the part from the
 * element marked `data-pagefind-body` on is marked (Pagefind reads
 * nothing before it); a page without one is marked whole.
 */
export function markHanWordsInHtml(html: string): string {
  const at = html.indexOf('data-pagefind-body');
  const from = at < 0 ? 0 : Math.max(0, html.lastIndexOf('<', at));
  const marked = html
    .slice(from)
    .split(NOT_TEXT)
    .map((part, i) => (i % 2 === 1 ? part : markHanWords(part)))
    .join('');
  return html.slice(0, from) + marked;
}
