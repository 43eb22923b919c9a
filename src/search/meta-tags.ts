/**
 * The one definition of the `<meta>` tags that carry an article page's
 * search record (./record.ts) to Pagefind: which tags, their names and
 * attributes. SearchMetaTags.astro writes the tags from `searchTags()` and
 * `tagAttributes()`; the indexer reads them back with `readSearchTags()`
 * (./shards.ts: a page's language and year, and the shard cache key), so
 * the writer and the reader cannot drift apart.
 *
 * Each tag has Pagefind's `key[content]` form: the attribute
 * `data-pagefind-<kind>="<key>[content]"` tells Pagefind to take the
 * tag's `content` as the value of filter, meta field or sort key `<key>`.
 */
import { parse } from 'node-html-parser';
import { FACET_FILTER, facetFilterValue } from './facet-filter.ts';
import type { SearchRecord } from './record';

/** What a tag gives Pagefind: a filter value, a field of the result, or a sort key. */
export const TAG_KINDS = ['filter', 'meta', 'sort'] as const;
export type TagKind = (typeof TAG_KINDS)[number];

/** One `<meta>` tag Pagefind reads: kind, key (`year`, `title`, `date`, …) and value. */
export interface SearchTag {
  kind: TagKind;
  key: string;
  content: string;
}

/** The attribute that marks a tag for Pagefind: `data-pagefind-filter` etc. */
function kindAttribute(kind: TagKind): string {
  return `data-pagefind-${kind}`;
}

/** The value of that attribute: the key, with the tag's `content` as its value. */
function keyForm(key: string): string {
  return `${key}[content]`;
}

/**
 * The tags of a record, in page order: every filter value (as values of
 * the one facet filter), the result fields that are not empty, then the sort date.
 */
export function searchTags(record: SearchRecord): SearchTag[] {
  // Every facet in the one filter (./facet-filter.ts): `f` = `department:yongan-town`.
  const filters = Object.entries(record.filters).flatMap(([facet, values]) =>
    values.map((value): SearchTag => ({ kind: 'filter', key: FACET_FILTER, content: facetFilterValue(facet, value) })),
  );
  const meta = Object.entries(record.meta)
    .filter(([, content]) => content !== '')
    .map(([key, content]): SearchTag => ({ kind: 'meta', key, content }));
  const sort = Object.entries(record.sort).map(([key, content]): SearchTag => ({ kind: 'sort', key, content }));
  return [...filters, ...meta, ...sort];
}

/** A tag's attributes, in the order they are written: `name`, `content`, `data-pagefind-<kind>`. */
export function tagAttributes(tag: SearchTag): Record<string, string> {
  return { name: `pagefind-${tag.kind}-${tag.key}`, content: tag.content, [kindAttribute(tag.kind)]: keyForm(tag.key) };
}

/** What the indexer needs from a page's head: its `<html lang>` as written, and the search tags. */
export interface PageHead {
  lang: string | undefined;
  tags: SearchTag[];
}

/**
 * A built page's language and search tags, read with an HTML parser from
 * the part before `</head>` (where the tags are written; parsing only the
 * head keeps reading 10,000 pages cheap). A tag counts when it has one of
 * the `data-pagefind-<kind>="<key>[content]"` attributes, as Pagefind reads it.
 */
export function readSearchTags(html: string): PageHead {
  const headEnd = html.search(/<\/head\s*>/i);
  const root = parse(headEnd < 0 ? html : html.slice(0, headEnd));
  const lang = root.querySelector('html')?.getAttribute('lang');
  const tags: SearchTag[] = [];
  for (const element of root.querySelectorAll('meta')) {
    for (const kind of TAG_KINDS) {
      const form = element.getAttribute(kindAttribute(kind));
      const key = form?.endsWith(keyForm('')) ? form.slice(0, -keyForm('').length) : undefined;
      if (key) tags.push({ kind, key, content: element.getAttribute('content') ?? '' });
    }
  }
  return { lang, tags };
}
