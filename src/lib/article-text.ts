/**
 * The text of a rendered article body as a reader sees it, one string per
 * block (paragraph, list item, heading, table cell, quote line), for
 * finding what the article names (./mentions.ts).
 */
import { parse } from 'node-html-parser';

const BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, td, th, dt, dd, figcaption';

/** The blocks of text of an HTML fragment, in reading order, whitespace collapsed. */
export function htmlParagraphs(html: string): string[] {
  const root = parse(html);
  return root
    .querySelectorAll(BLOCKS)
    // A list item or cell that holds paragraphs is read through them.
    .filter((el) => !el.querySelector(BLOCKS))
    .map((el) => el.textContent.replace(/\s+/g, ' ').trim())
    .filter((t) => t !== '');
}
