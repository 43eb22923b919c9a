/**
 * The search index is split into shards: one per language and year of
 * the article pages (`pagefind/zh-cn/2024/`, `pagefind/en/2023/` …). Each
 * is built by its own Pagefind run, one after another, so the indexing
 * step holds one year's index in memory, not the whole archive's (at
 * 10,000 articles, ~1 GB instead of 5.6 GB); and a shard whose pages have
 * not changed since the last build is copied from the cache instead of
 * being indexed again (past years of a news archive rarely change). The
 * search page loads the newest shard of its language and merges the
 * others into it (Pagefind's mergeIndex).
 */
import { createHash } from 'node:crypto';

/** The folder under the site's output the index is written to, and the URL path it is served at. */
export const BUNDLE_DIR = 'pagefind';

export interface Shard {
  /** The page's `<html lang>`, lower-case, as Pagefind names its indexes: `zh-cn`, `en`. */
  lang: string;
  /** The year filter of the page (`data-pagefind-filter="year[content]"`). */
  year: string;
}

const HTML_LANG = /<html\b[^>]*\blang="([^"]+)"/i;
const META_TAG = /<meta\b[^>]*\bdata-pagefind-(?:filter|meta|sort)="[^"]*"[^>]*>/gi;
const YEAR_META = /\bdata-pagefind-filter="year\[content\]"/i;
const CONTENT_ATTR = /\bcontent="([^"]*)"/i;

/** The shard an article page belongs to; undefined when the page has no language or year. */
export function shardOf(html: string): Shard | undefined {
  const lang = HTML_LANG.exec(html)?.[1]?.toLowerCase();
  const yearTag = (html.match(META_TAG) ?? []).find((tag) => YEAR_META.test(tag));
  const year = yearTag ? CONTENT_ATTR.exec(yearTag)?.[1] : undefined;
  return lang && year && /^\d{4}$/.test(year) ? { lang, year } : undefined;
}

/** The shard's folder under the bundle folder, and its URL path under the bundle's: `zh-cn/2024`. */
export function shardDir(shard: Shard): string {
  return `${shard.lang}/${shard.year}`;
}

/**
 * What Pagefind reads from a page: its language, its `data-pagefind-*`
 * meta tags and the `data-pagefind-body` element (up to the first
 * `</article>` after it, where the article page's body ends). Navigation,
 * related articles and the like may change without the shard being
 * indexed again.
 */
export function indexedParts(html: string): string {
  const lang = HTML_LANG.exec(html)?.[1] ?? '';
  const meta = (html.match(META_TAG) ?? []).join('\n');
  const at = html.indexOf('data-pagefind-body');
  if (at < 0) return `${lang}\n${meta}\n${html}`;
  const from = html.lastIndexOf('<', at);
  const end = html.indexOf('</article>', at);
  return `${lang}\n${meta}\n${html.slice(from, end < 0 ? undefined : end)}`;
}

/**
 * A shard's cache key: the indexing code and Pagefind's version (`code`),
 * and each page's path and indexed parts (see indexedParts). Equal keys
 * give equal indexes.
 */
export function shardKey(code: string, pages: readonly { path: string; parts: string }[]): string {
  const hash = createHash('sha256').update(code);
  for (const page of [...pages].sort((a, b) => a.path.localeCompare(b.path))) hash.update(`\0${page.path}\0${page.parts}`);
  return hash.digest('hex');
}
