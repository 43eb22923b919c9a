/**
 * Cutting a page of raw newspaper text into articles: the page's furniture
 * (header, footer, page numbers, 责编 lines) taken out (page-furniture.ts),
 * the rest read as a page model (page.ts), each line classified by evidence
 * (classify.ts), and the units grouped into articles (assemble.ts). No
 * layout is assumed; the importer is measured on pages in many layouts by
 * the closeness harness (scripts/lib/import-closeness/).
 */
import { assemble } from './assemble.ts';
import { classifyLines } from './classify.ts';
import { pageFurniture, type PageFurniture } from './page-furniture.ts';
import { Page, pageLines, textLines } from './page.ts';
import { isHeadlineLike, isLetterhead } from './printed-lines.ts';
import type { RawArticle } from './raw-article.ts';

/**
 * Split raw text into articles, whatever the layout: headlines before the
 * body, after its first paragraph, between the byline and the body, or
 * after the body (OCR of a multi-column page); with or without `#` marks
 * and blank lines; the page's header, footer and page numbers taken out
 * first (see splitPage).
 *
 * @param columnNames  Chinese names of the known columns (a line with such a name is a column, not a headline)
 */
export function splitArticles(text: string, columnNames: readonly string[] = []): RawArticle[] {
  return splitPage(text, columnNames).articles;
}

/** The articles of a page and the page's furniture (header, footer, page numbers, 责编 lines) taken out before cutting. */
export function splitPage(text: string, columnNames: readonly string[] = []): { articles: RawArticle[]; furniture: PageFurniture } {
  const furniture = pageFurniture(textLines(text));
  const lines = pageLines(text, new Set(furniture.lines.map((l) => l.line)));
  // A letterhead: an organisation's full name alone on the first line, above a headline.
  const head = lines[0];
  const letterhead = head && lines[1] && head.level === 0 && isLetterhead(head.text) && isHeadlineLike(lines[1].text) ? head : undefined;
  const page = new Page(letterhead ? lines.slice(1) : lines);
  const articles = assemble(classifyLines(page, columnNames), page);
  if (letterhead && articles[0]) articles[0].letterhead = letterhead.text;
  return { articles, furniture };
}
