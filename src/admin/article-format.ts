/**
 * How the web editor reads and writes an article file: the same parser as
 * `npm run lint:content` and the same writer as `npm run new`, so a file
 * saved in /admin/ looks like one written by hand in the house style, and
 * editing one field changes one line.
 *
 * Decap's own YAML front-matter format would rewrite every file it saves
 * (no quotes around text, dates as timestamps, lines folded at 80
 * columns); this one is registered in its place (main.ts).
 */
import { articleText, parseFrontmatter, type ArticleFrontmatter } from '../lib/content-files/index.ts';
import { ARTICLE_FIELDS } from '../lib/schema.ts';

/** What Decap edits: the frontmatter fields, `lang` always set, and the body. */
export type ArticleEntryData = Record<string, unknown> & { body: string; lang: string };

/** A date as YYYY-MM-DD (the YAML parser reads bare dates as timestamps). */
function day(value: unknown): unknown {
  return value instanceof Date ? value.toISOString().slice(0, 10) : value;
}

/**
 * An article file as the editor's data. The body without the blank line after
 * the frontmatter and without the file's last newline (the writer adds it back):
 * Ctrl+End lands after the last character, not on an empty line.
 */
export function articleFromFile(content: string): ArticleEntryData {
  const fm = parseFrontmatter(content);
  if (fm.errors.length > 0) {
    throw new Error(`文章信息（frontmatter）有格式错误，网页编辑器打不开：第 ${fm.errors[0]?.line} 行，${fm.errors[0]?.message}`);
  }
  const data: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fm.data ?? {})) data[key] = day(value);
  // Chinese is the schema's default language; the collections are told apart by it.
  return { ...data, lang: typeof data.lang === 'string' ? data.lang : 'zh-CN', body: fm.body.replace(/^\r?\n/, '').replace(/\s+$/, '') };
}

/** Empty answers of the form are not written: no `kicker: ""`, no empty lists, no `draft: false`. */
function clean(value: unknown): unknown {
  if (value === null || value === undefined || value === false) return undefined;
  if (value instanceof Date) return day(value);
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (Array.isArray(value)) {
    const items = value.map(clean).filter((v) => v !== undefined);
    return items.length > 0 ? items : undefined;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => [k, clean(v)] as const)
      .filter(([, v]) => v !== undefined);
    return entries.length > 0 ? Object.fromEntries(entries) : undefined;
  }
  return value;
}

/** The editor's data as an article file, in the house style. Keys that are not article fields are not written. */
export function articleToFile(data: Record<string, unknown>): string {
  const fm: Record<string, unknown> = {};
  for (const key of ARTICLE_FIELDS) {
    const value = clean(data[key]);
    if (value === undefined) continue;
    if (key === 'lang' && value === 'zh-CN') continue;
    fm[key] = value;
  }
  return articleText(fm as unknown as ArticleFrontmatter, typeof data.body === 'string' ? data.body : '');
}

/** The format as Decap's registerCustomFormat wants it. */
export const articleFormat = {
  fromFile: articleFromFile,
  toFile: articleToFile,
};
