/**
 * Keys for Astro's incremental build (`experimental.incrementalBuild` in
 * astro.config.mjs). A path whose `cacheKey` is the same as in the last
 * build, and whose page code is the same (Astro hashes each route's module
 * graph), is not rendered again: its HTML is copied from Astro's cache.
 *
 * So a key must change whenever anything the page shows changes, and the
 * only safe way to know that is to hash everything any page reads: every
 * article's frontmatter, the summaries and company mentions the lists show
 * (both taken from bodies), which articles are published (a scheduled
 * one appears on its day), the data
 * files, the files beside the articles (images), and the settings the
 * pages read. That is the site key, the same for every page. Only the
 * bodies are left out, since no page shows another's body: an article page
 * adds the hash of its own rendered body to the site key.
 *
 * The common edit, a correction in an article's text, then leaves the site
 * key as it was (unless it changes the summary or a mention), and only that
 * article's page is rendered again; any other edit renders everything, as
 * without the cache. tests/build/incremental.test.ts builds after edits of
 * each kind and compares with a build from scratch, file by file.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection } from 'astro:content';
import { allArticles, allCompanies, type Article } from './collections';
import { mentionsByArticle } from './companies';
import { contentDir, shareCardsEnabled } from './env';
import { govFooter } from './gov-footer';
import { site } from '../site';

const sha = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

/** Every file under the content folder that is not markdown or a data file: images beside the articles, media. */
function otherFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && !/\.(md|ya?ml)$/i.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

let key: Promise<string> | undefined;

/** The hash of everything the pages read but the article bodies (see above); worked out once per build. */
export function siteKey(): Promise<string> {
  key ??= (async () => {
    const hash = createHash('sha256');
    const add = (label: string, value: unknown) => hash.update(`${label}\0${JSON.stringify(value)}\n`);
    const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    for (const entry of byId(await getCollection('articles'))) add(`article ${entry.id}`, entry.data);
    const published: Article[] = await allArticles();
    add('published', published.map((a) => [a.id, a.summary]));
    add('mentions', [...(await mentionsByArticle())].sort(([a], [b]) => (a < b ? -1 : 1)));
    for (const collection of ['departments', 'topics', 'columns'] as const) {
      for (const entry of byId(await getCollection(collection))) add(`${collection} ${entry.id}`, entry.data);
    }
    add('companies', await allCompanies());
    for (const file of otherFiles(contentDir)) add(`file ${file}`, sha(readFileSync(file)));
    // The site settings (src/site.ts; SHIZHONG_SITE_SETTINGS may replace the government ones) and the footer's emblems under public/.
    add('settings', { shareCards: shareCardsEnabled(), site, footer: govFooter(site.gov) });
    return hash.digest('hex');
  })();
  return key;
}

/** The key of an article's page: the site key and the article's own rendered body. */
export async function articlePageKey(article: Article): Promise<string> {
  return `${await siteKey()}:${sha(article.entry.rendered?.html ?? article.entry.body ?? '')}`;
}
