/**
 * Keys for Astro's incremental build (`experimental.incrementalBuild` in
 * astro.config.mjs). A path whose `cacheKey` is the same as in the last
 * build, and whose page code is the same (Astro hashes each route's module
 * graph), is not rendered again: the last build's HTML is kept.
 *
 * Each page's key is a hash of what that page shows, and nothing else, so
 * that an edit renders only the pages it changes:
 *
 * - an article page: its own frontmatter and body, the files it names
 *   (images), the names of its departments, topics and column, the
 *   companies it names (with their sentences), and the title, date and
 *   link of every article it links to (related, previous/next in its
 *   column, its original or translation) as they are shown;
 * - a list page: the list itself (its data entry: name, description,
 *   aliases), which page it is and the pages it links to, and each of its
 *   articles as the list shows it (title, date, summary, the names of its
 *   column and departments; for a company, the sentence naming it).
 *
 * Publishing an article then renders its own page, its translation's or
 * original's, its previous neighbour in its column, and the list's own
 * page (its newest articles) of each list it is in: lists are numbered
 * from the oldest (./pagination.ts), so their older pages keep their
 * articles. No older article's related list changes, since related
 * articles are chosen among older ones (./articles.ts). Pages without a
 * key (home, the index pages that count articles, feeds) are always rendered.
 * Code is Astro's part: a change in a page's code renders all its paths.
 * tests/build/incremental.test.ts builds after edits of each kind and
 * compares with a build from scratch, file by file.
 */
import { createHash } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Locale } from '../i18n/locales';
import type { ArticleMeta } from './articles';
import { articleLinks, counterpartOf, lookups, type Article } from './collections';
import { companiesInArticle, type CompanyMention } from './companies';
import { cacheDir, outDir, seedFrom, shareCardsEnabled } from './env';
import { govFooter } from './gov-footer';
import { site } from '../site';
import type { Page } from './pagination';

type Lookups = Awaited<ReturnType<typeof lookups>>;

const sha = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

/**
 * The settings every page reads: share cards, the site settings (src/site.ts;
 * SHIZHONG_SITE_SETTINGS may replace the government ones) and the footer's
 * emblems under public/. Worked out once per build.
 */
let settings: string | undefined;
const settingsKey = () => (settings ??= JSON.stringify({ shareCards: shareCardsEnabled(), site, footer: govFooter(site.gov) }));

/** The key of a page from the values it shows (and the settings every page reads). */
function keyOf(...parts: unknown[]): string {
  const key = sha(JSON.stringify([settingsKey(), ...parts]));
  if (seedFrom) linkUnchanged(key, seedFrom);
  return key;
}

let lastKeys: Map<string, string[]> | undefined;

/**
 * A page whose key is as in the last build is kept by Astro from the
 * output folder when it is there. `npm run build` builds in a fresh
 * folder, and gives `seedFrom` (the published site) only when that site is
 * the one Astro's manifest describes and the code is unchanged
 * (scripts/lib/build/seed.ts): the page is then hard-linked from it, not
 * copied from Astro's cache.
 */
function linkUnchanged(key: string, from: string): void {
  if (!lastKeys) {
    lastKeys = new Map();
    try {
      const manifest = JSON.parse(readFileSync(join(resolve(cacheDir), 'incremental-build.json'), 'utf8')) as {
        routes: Record<string, { paths: Record<string, { cacheKey?: string; outputFile: string }> }>;
      };
      for (const route of Object.values(manifest.routes)) {
        for (const { cacheKey, outputFile } of Object.values(route.paths)) {
          if (cacheKey !== undefined) lastKeys.set(cacheKey, [...(lastKeys.get(cacheKey) ?? []), outputFile]);
        }
      }
    } catch {
      // No manifest: nothing to link, Astro renders everything.
    }
  }
  for (const file of lastKeys.get(key) ?? []) {
    const target = join(resolve(outDir), file);
    try {
      mkdirSync(dirname(target), { recursive: true });
      linkSync(join(from, file), target);
    } catch {
      // Gone from the site, or linked already: Astro renders or restores it as usual.
    }
  }
}

/** An article as a list shows it (components/ArticleList.astro): the data names resolved, so a renamed department changes it. */
function listed(a: ArticleMeta, data: Lookups, summary = true): unknown {
  return [
    a.slug,
    a.lang,
    a.title,
    a.kicker,
    a.date.toISOString(),
    a.datePrecision,
    a.column ? data.columns.get(a.column)?.name : undefined,
    a.departments.map((id) => data.departments.get(id)?.name),
    summary ? a.summary : undefined,
  ];
}

/** A link to an article: its address and title. */
const linked = (a: ArticleMeta | undefined) => a && [a.slug, a.lang, a.title];

/** A path-looking token ending in a file extension: a candidate for a file the article names (cover, body image). */
const FILE_REFERENCE = /[^\s()"'<>[\]]+\.[A-Za-z0-9]{2,5}(?=[\s)"'<>\]]|$)/gm;

/** The hashes of the files beside the article that its markdown file names (its cover, body images), by path. */
function namedFiles(article: Article): [string, string][] {
  const file = article.entry.filePath;
  if (!file) return [];
  const dir = dirname(resolve(file));
  const found = new Map<string, string>();
  for (const [token] of readFileSync(file, 'utf8').matchAll(FILE_REFERENCE)) {
    if (token.includes('://') || found.has(token)) continue;
    const path = resolve(dir, token);
    if (/\.md$/i.test(path) || !existsSync(path) || !statSync(path).isFile()) continue;
    found.set(token, sha(readFileSync(path)));
  }
  return [...found].sort(([a], [b]) => (a < b ? -1 : 1));
}

/** The key of an article's page (in its own language; see above). */
export async function articlePageKey(article: Article, locale: Locale): Promise<string> {
  const data = await lookups();
  const links = await articleLinks(locale);
  const { prev, next } = links.neighbours(article);
  const { original, translation } = await counterpartOf(article);
  const named = await companiesInArticle(article);
  return keyOf(
    'article',
    locale,
    article.id,
    article.entry.data,
    sha(article.entry.rendered?.html ?? article.entry.body ?? ''),
    article.summary,
    namedFiles(article),
    article.departments.map((id) => data.departments.get(id)),
    article.topics.map((id) => data.topics.get(id)),
    article.column ? data.columns.get(article.column) : undefined,
    named,
    links.related(article).map((a) => listed(a, data, false)),
    [linked(prev), linked(next), linked(original), linked(translation)],
  );
}

/** The key of one page of an article list: the list (`list`: whatever the page shows of it), the page and its articles. */
export async function listPageKey(locale: Locale, list: unknown, page: Page<ArticleMeta>, count: number): Promise<string> {
  const data = await lookups();
  return keyOf('list', locale, list, pageShape(page, count), page.items.map((a) => listed(a, data)));
}

/** The key of one page of a company's list of mentions (components/MentionList.astro). */
export function mentionPageKey(locale: Locale, list: unknown, page: Page<CompanyMention>, count: number): string {
  return keyOf(
    'mentions',
    locale,
    list,
    pageShape(page, count),
    page.items.map(({ article: a, mention }) => [a.slug, a.lang, a.title, a.date.toISOString(), a.datePrecision, mention]),
  );
}

/** What a page shows of its place in the list: the count only on the list's own page (./pagination.ts). */
function pageShape(page: Page<unknown>, count: number): unknown {
  return [page.number, page.newer, page.older, page.links, page.number === undefined ? count : undefined];
}
