/**
 * Writing an article file in the house style of content/articles: fields in
 * a fixed order, text in double quotes, ids and dates bare, lists one item
 * a line.
 */
import { ARTICLE_FIELDS } from '../schema.ts';

export interface ArticleFrontmatter {
  title: string;
  kicker?: string | undefined;
  subtitle?: string | undefined;
  column?: string | undefined;
  type: string;
  /** YYYY-MM-DD */
  date: string;
  updated?: string | undefined;
  datePrecision?: 'day' | 'month' | undefined;
  dateSource?: 'article' | 'issue' | 'inferred' | undefined;
  dateNote?: string | undefined;
  reporters?: string[] | undefined;
  correspondents?: string[] | undefined;
  speaker?: { name: string; role: string; department?: string | undefined } | undefined;
  departments: string[];
  topics?: string[] | undefined;
  source?: string | undefined;
  signatories?: string[] | undefined;
  lang?: 'zh-CN' | 'en' | undefined;
  translationOf?: string | undefined;
  summary?: string | undefined;
  cover?: string | undefined;
  coverAlt?: string | undefined;
  draft?: boolean | undefined;
  editorNote?: string | undefined;
  editor?: string | undefined;
}

/** Fields written without quotes: ids, dates and keywords. */
const BARE = new Set(['column', 'type', 'date', 'updated', 'datePrecision', 'dateSource', 'lang', 'translationOf', 'draft']);

/** A YAML double-quoted string (JSON's escapes are valid YAML). */
export function quote(s: string): string {
  return JSON.stringify(s);
}

/**
 * The frontmatter block, `---` to `---`.
 *
 * @param comments  lines written as YAML comments at the top (e.g. what an import was unsure of)
 */
export function frontmatterText(fm: ArticleFrontmatter, comments: readonly string[] = []): string {
  const lines: string[] = ['---', ...comments.map((c) => `# ${c.replace(/\n/g, ' ')}`)];
  const record = fm as unknown as Record<string, unknown>;
  for (const key of ARTICLE_FIELDS) {
    const value = record[key];
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) {
      if (value.length === 0) continue;
      lines.push(`${key}:`, ...value.map((v) => `  - ${quote(String(v))}`));
    } else if (typeof value === 'object') {
      const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
      lines.push(`${key}:`, ...entries.map(([k, v]) => `  ${k}: ${quote(String(v))}`));
    } else if (typeof value === 'boolean') {
      if (value) lines.push(`${key}: true`);
    } else {
      const s = String(value);
      lines.push(`${key}: ${BARE.has(key) && /^[A-Za-z0-9][\w.-]*$/.test(s) ? s : quote(s)}`);
    }
  }
  lines.push('---');
  return `${lines.join('\n')}\n`;
}

/** A whole article file: frontmatter, a blank line, the body. */
export function articleText(fm: ArticleFrontmatter, body: string, comments: readonly string[] = []): string {
  return `${frontmatterText(fm, comments)}\n${body.trim()}\n`;
}
