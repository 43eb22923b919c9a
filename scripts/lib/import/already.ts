/**
 * A draft whose body is (mostly) the body of an article already in
 * content/ or of a draft written from another file in the same run: the
 * same article imported twice. The content check would stop the build on
 * the pair (duplicate-body), so the draft is not written. The comparison is
 * the content check's own (duplicates.ts), run on the few articles that
 * share a long paragraph with the draft (a near copy that shares none is
 * left to the content check).
 */
import { duplicateFindings, duplicateText, MIN_PARAGRAPH, normalise, type DuplicateInput } from '../lint/duplicates.ts';
import { displayPath, type ArticleFile, type Content } from '../shared/content.ts';
import { textBlocks } from '../shared/markdown-blocks.ts';
import type { Draft } from './draft.ts';

const longParagraphs = (body: string) =>
  body
    .split(/\n\s*\n/u)
    .map(normalise)
    .filter((p) => [...p].length >= MIN_PARAGRAPH);

/**
 * A check for drafts that repeat an article: `content`'s articles indexed
 * once by their long paragraphs (so that a run over a large content folder
 * compares each draft with the few articles that share a paragraph with it).
 */
export function repeatChecker(content: Content): (draft: Draft, display: string, others: ReadonlyArray<{ draft: Draft; display: string }>) => { display: string; title: string } | undefined {
  let index: Map<string, ArticleFile[]> | undefined;
  const articlesWith = (paragraph: string) => {
    if (!index) {
      index = new Map();
      for (const a of content.articles) {
        if (!a.fm.data || a.id.endsWith('.en')) continue;
        for (const p of longParagraphs(a.fm.body)) index.set(p, [...(index.get(p) ?? []), a]);
      }
    }
    return index.get(paragraph) ?? [];
  };
  const input = (d: Draft, shown: string): DuplicateInput => ({ display: shown, id: d.slug, title: d.frontmatter.title, lang: 'zh-CN', date: d.frontmatter.date, editorNote: d.frontmatter.editorNote, noteLine: 1, bodyLine: 1, text: duplicateText(textBlocks(d.body)) });
  return (draft, display, others) => {
    const long = longParagraphs(draft.body);
    if (long.length === 0) return undefined;
    const candidates: DuplicateInput[] = [];
    for (const a of new Set(long.flatMap(articlesWith))) {
      const data = a.fm.data!;
      const date = data.date instanceof Date ? data.date.toISOString().slice(0, 10) : String(data.date ?? '');
      candidates.push({ display: displayPath(a.path), id: a.id, title: String(data.title ?? ''), lang: 'zh-CN', date, editorNote: typeof data.editorNote === 'string' ? data.editorNote : undefined, noteLine: 1, bodyLine: a.fm.bodyStartLine, text: duplicateText(textBlocks(a.fm.body, a.fm.bodyStartLine)) });
    }
    for (const o of others) if (longParagraphs(o.draft.body).some((p) => long.includes(p))) candidates.push(input(o.draft, o.display));
    if (candidates.length === 0) return undefined;
    const stop = duplicateFindings([...candidates, input(draft, display)]).find((f) => f.severity === 'error' && f.rule === 'duplicate-body' && (f.file === display || f.message.includes(display)));
    if (!stop) return undefined;
    const other = candidates.find((c) => (stop.file === display ? stop.message.includes(c.display) : stop.file === c.display));
    return other ? { display: other.display, title: other.title } : undefined;
  };
}
