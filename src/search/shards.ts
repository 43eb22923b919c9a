/**
 * The search index is split into shards: per language, runs of whole
 * years of article pages, grouped from the oldest year on, each up to
 * SHARD_PAGES pages (`pagefind/zh-cn/2019-2020/`, `pagefind/en/2019-2025/`).
 * Each is built by its own Pagefind run, two at a time (./indexing/index-site.ts,
 * SHIZHONG_SEARCH_JOBS), so the indexing step holds two shards' index in
 * memory, not the whole archive's (one index of 10,000 articles: 5.6 GB); and a shard
 * whose pages have not changed since the last build is copied from the
 * cache instead of being indexed again. Grouping from the oldest year
 * keeps earlier shards the same while the current year grows. The search
 * page loads the newest shard of its language and merges the others into
 * it (Pagefind's mergeIndex); every shard a reader's browser loads costs
 * requests and bytes, hence shards as large as memory allows.
 */
import { createHash } from 'node:crypto';
import { searchShardPages } from '../lib/env.ts';
import { FACET_FILTER, facetValues } from './facet-filter.ts';
import { readSearchTags, type PageHead } from './meta-tags.ts';

/** The folder under the site's output the index is written to, and the URL path it is served at. */
export const BUNDLE_DIR = 'pagefind';

/**
 * Most pages in one shard. Pagefind's memory grows faster than the pages:
 * a shard of ~2,860 Chinese pages took ~2.9 GB, one of ~1,430 stayed
 * below Astro's own peak (~2.6 GB at 10,000 articles).
 * SHIZHONG_SEARCH_SHARD_PAGES changes it (the tests make small shards).
 */
export const SHARD_PAGES = searchShardPages;

/** Where an article page goes: its language and year. */
export interface PagePlace {
  /** The page's `<html lang>`, lower-case, as Pagefind names its indexes: `zh-cn`, `en`. */
  lang: string;
  /** The year filter of the page (its `year:` value of the facet filter, see ./meta-tags.ts). */
  year: string;
}

/**
 * The language and year of an article page; undefined when it has no
 * language or year. `head` is the page's head as readSearchTags() reads
 * it, when the caller has it already (each read parses the head).
 */
export function placeOf(html: string, head: PageHead = readSearchTags(html)): PagePlace | undefined {
  const { lang, tags } = head;
  const year = facetValues(tags.filter((tag) => tag.kind === 'filter' && tag.key === FACET_FILTER).map((tag) => tag.content)).year?.[0];
  return lang && year && /^\d{4}$/.test(year) ? { lang: lang.toLowerCase(), year } : undefined;
}

/**
 * A language's years grouped into shards, oldest first: consecutive
 * years, each shard filled up to `maxPages` without splitting a year (a
 * year with more pages is a shard of its own). Years ascending in each.
 */
export function groupYears(pagesPerYear: Readonly<Record<string, number>>, maxPages = SHARD_PAGES): string[][] {
  const groups: string[][] = [];
  let pages = 0;
  for (const year of Object.keys(pagesPerYear).sort()) {
    const n = pagesPerYear[year] ?? 0;
    const last = groups.at(-1);
    if (last && pages + n <= maxPages) {
      last.push(year);
      pages += n;
    } else {
      groups.push([year]);
      pages = n;
    }
  }
  return groups;
}

/** A shard's folder under the bundle folder, and its URL path under the bundle's: `zh-cn/2023-2024`. */
export function shardDir(lang: string, years: readonly string[]): string {
  const first = years[0] ?? '';
  const last = years.at(-1) ?? first;
  return `${lang}/${first === last ? first : `${first}-${last}`}`;
}

/**
 * What Pagefind reads from a page: its language, its `data-pagefind-*`
 * meta tags (read as ./meta-tags.ts defines them) and the
 * `data-pagefind-body` element (up to the first `</article>` after it,
 * where the article page's body ends). Navigation,
 * related articles and the like may change without the shard being
 * indexed again.
 */
export function indexedParts(html: string, head: PageHead = readSearchTags(html)): string {
  const { lang, tags } = head;
  const meta = tags.map((tag) => `${tag.kind}:${tag.key}=${tag.content}`).join('\n');
  const at = html.indexOf('data-pagefind-body');
  if (at < 0) return `${lang ?? ''}\n${meta}\n${html}`;
  const from = html.lastIndexOf('<', at);
  const end = html.indexOf('</article>', at);
  return `${lang ?? ''}\n${meta}\n${html.slice(from, end < 0 ? undefined : end)}`;
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
