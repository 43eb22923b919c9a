/**
 * The importer: raw newspaper text in, draft articles out.
 */
import type { Content } from '../shared/content.ts';
import { articleText } from '../../../src/lib/content-files/write-article.ts';
import { buildDrafts, type Draft, type DraftOptions } from './draft.ts';
import { splitArticles } from './split.ts';

export type { Draft } from './draft.ts';

/** Split, reflow and fill in the frontmatter of every article in `text`. */
export function importText(text: string, content: Content, options: DraftOptions): Draft[] {
  const raws = splitArticles(
    text,
    content.columns.entries.map((c) => c.name.zh),
  );
  return buildDrafts(raws, content, options);
}

/** The file text of a draft: the notes as `# 待核对：` comments at the top of the frontmatter. */
export function draftFileText(draft: Draft): string {
  return articleText(
    draft.frontmatter,
    draft.body,
    draft.notes.map((n) => `待核对：${n}`),
  );
}
