/**
 * A draft whose body is (mostly) the body of an article already in
 * content/ or of a draft written from another file in the same run: the
 * same article imported twice. The content check would stop the build on
 * the pair (duplicate-body), so the draft is not written. The comparison is
 * the content check's own (duplicates.ts), run on the few articles that
 * share a long paragraph with the draft.
 */
import { duplicateFindings, MIN_PARAGRAPH, normalise, type DuplicateInput } from '../lint/duplicates.ts';
import { displayPath, type Content } from '../shared/content.ts';
import { textBlocks } from '../shared/markdown-blocks.ts';
import type { Draft } from './draft.ts';

/** The file (as shown) and title of the article a draft repeats, if any. */
export function repeatedArticle(draft: Draft, display: string, content: Content, others: ReadonlyArray<{ draft: Draft; display: string }>): { display: string; title: string } | undefined {
  const long = draft.paragraphs.map(normalise).filter((p) => [...p].length >= MIN_PARAGRAPH);
  if (long.length === 0) return undefined;
  const shares = (body: string) => {
    const flat = normalise(body);
    return long.some((p) => flat.includes(p));
  };
  const input = (d: Draft, shown: string): DuplicateInput => ({ display: shown, id: d.slug, title: d.frontmatter.title, lang: 'zh-CN', date: d.frontmatter.date, editorNote: d.frontmatter.editorNote, noteLine: 1, bodyLine: 1, blocks: textBlocks(d.body) });
  const candidates: DuplicateInput[] = [];
  for (const a of content.articles) {
    const data = a.fm.data;
    if (!data || a.id.endsWith('.en') || !shares(a.fm.body)) continue;
    const date = data.date instanceof Date ? data.date.toISOString().slice(0, 10) : String(data.date ?? '');
    candidates.push({ display: displayPath(a.path), id: a.id, title: String(data.title ?? ''), lang: 'zh-CN', date, editorNote: typeof data.editorNote === 'string' ? data.editorNote : undefined, noteLine: 1, bodyLine: a.fm.bodyStartLine, blocks: textBlocks(a.fm.body, a.fm.bodyStartLine) });
  }
  for (const o of others) if (shares(o.draft.body)) candidates.push(input(o.draft, o.display));
  if (candidates.length === 0) return undefined;
  const mine = input(draft, display);
  const stop = duplicateFindings([...candidates, mine]).find((f) => f.severity === 'error' && f.rule === 'duplicate-body' && (f.file === display || f.message.includes(display)));
  if (!stop) return undefined;
  const other = candidates.find((c) => (stop.file === display ? stop.message.includes(c.display) : stop.file === c.display));
  return other ? { display: other.display, title: other.title } : undefined;
}
