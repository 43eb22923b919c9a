/**
 * The importer: raw newspaper text in, draft articles out.
 */
import type { Content } from '../shared/content.ts';
import { articleText } from '../../../src/lib/content-files/write-article.ts';
import { buildDrafts, type Draft, type DraftOptions } from './draft.ts';
import { splitPage } from './split.ts';

export type { Draft } from './draft.ts';

/** Split, reflow and fill in the frontmatter of every article in `text`. */
export function importText(text: string, content: Content, options: DraftOptions): Draft[] {
  return importPage(text, content, options).drafts;
}

/**
 * The drafts of a page and what the report says about the page as a whole:
 * the header, footer, page-number and 责编 lines taken out, and the date the
 * header prints (used when --date is not given).
 */
export function importPage(text: string, content: Content, options: DraftOptions): { drafts: Draft[]; notes: string[] } {
  const { articles, furniture } = splitPage(
    text,
    content.columns.entries.map((c) => c.name.zh),
  );
  const pageDate = options.date ? undefined : furniture.date;
  const drafts = buildDrafts(articles, content, { ...options, pageDate });
  const notes: string[] = [];
  if (furniture.lines.length > 0) {
    notes.push(`删去了版面的页眉、页脚、版次、页码和责编行（不是文章的文字）：${furniture.lines.map((l) => `第 ${l.line} 行“${l.text}”`).join('、')}；若删错了请加回`);
  }
  if (furniture.credits.length > 0) notes.push(`版面印的编辑：${furniture.credits.join('、')}（没有放进文章；需要时可在文章里写 editor: 姓名）`);
  if (pageDate) notes.push(`没有给 --date：没有印日期的文章用了版面第 ${pageDate.line} 行印的日期 ${pageDate.iso}`);
  else if (options.date && furniture.date && furniture.date.iso !== options.date) {
    notes.push(`版面第 ${furniture.date.line} 行印的日期是 ${furniture.date.iso}，和 --date ${options.date} 不同：用了 --date，请核对`);
  }
  return { drafts, notes };
}

/** The file text of a draft: the notes as `# 待核对：` comments at the top of the frontmatter. */
export function draftFileText(draft: Draft): string {
  return articleText(
    draft.frontmatter,
    draft.body,
    draft.notes.map((n) => `待核对：${n}`),
  );
}
