/**
 * Preloads for the first search, written into the built search pages
 * once the index exists (scripts/search-index.ts runs it after indexing).
 *
 * Before its first results the search page needs, besides pagefind.js of
 * the newest shard (preloaded by the page itself), that shard's entry
 * file, its metadata, its WebAssembly and its filter index, and the
 * imports of the page's own scripts. Left to themselves the browser finds
 * them one after another (script → import → pagefind.js → entry →
 * metadata and wasm → filters), each a round trip: ~165 ms apiece on
 * Chrome's “Fast 4G”. Their names are Pagefind's content hashes, known
 * only once the index is written, hence this step rather than the page's
 * component. With `<link rel="preload">` the browser fetches them all
 * while it parses the page, and pagefind.js finds them in its cache.
 *
 * The entry file is fetched by pagefind.js as `pagefind-entry.json?ts=…`:
 * with a cache tag taken from the file's content (written here, read by
 * the page's script and handed to Pagefind as `metaCacheTag`), the URL
 * is known in advance and still changes whenever the index does.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { init as lexerReady, parse as parseImports } from 'es-module-lexer';
import { BUNDLE_DIR } from '../shards.ts';
import { ENTRY_PRELOAD_ATTRIBUTE } from '../config.ts';

/** The page's preload of pagefind.js, as SearchPage.astro renders it. */
const PAGEFIND_PRELOAD = /<link rel="modulepreload" href="([^"]*\/)pagefind\.js">/;
const WRITTEN_BEFORE = /^(?:<link rel="(?:preload|modulepreload)" [^>]*>)+/;
const MODULE_SCRIPT = /<script type="module" src="([^"]+)"/g;

interface PagefindEntry {
  languages: Record<string, { hash: string; wasm: string | null }>;
}

/** The tag that names the entry file's content (changes with every index that differs). */
export function entryCacheTag(entryText: string): string {
  return createHash('sha256').update(entryText).digest('hex').slice(0, 12);
}

/** The site's file behind a URL path of the built site (`/pagefind/zh-cn/2025/` under any base). */
function fileOf(siteDir: string, urlPath: string, marker: string): string {
  const at = urlPath.indexOf(marker);
  if (at === -1) throw new Error(`${urlPath}: not under /${marker}`);
  return join(siteDir, decodeURI(urlPath.slice(at)));
}

/** What the newest shard's first search fetches besides pagefind.js, as URLs. */
function indexFiles(siteDir: string, shardUrl: string): { entry: string; others: string[] } {
  const dir = fileOf(siteDir, shardUrl, `${BUNDLE_DIR}/`);
  const entryText = readFileSync(join(dir, 'pagefind-entry.json'), 'utf8');
  const entry = JSON.parse(entryText) as PagefindEntry;
  const others = Object.values(entry.languages).flatMap((language) => [
    `${shardUrl}pagefind.${language.hash}.pf_meta`,
    `${shardUrl}wasm.${language.wasm ?? 'unknown'}.pagefind`,
  ]);
  const filters = join(dir, 'filter');
  if (existsSync(filters)) others.push(...readdirSync(filters).filter((name) => name.endsWith('.pf_filter')).map((name) => `${shardUrl}filter/${name}`));
  for (const url of others) {
    if (!existsSync(fileOf(siteDir, url, `${BUNDLE_DIR}/`))) throw new Error(`${url}: named by the search index but not written`);
  }
  return { entry: `${shardUrl}pagefind-entry.json?ts=${entryCacheTag(entryText)}`, others };
}

/** The modules the page's module scripts import statically (all the way down), as URLs: the browser finds them only after each script has arrived. */
function scriptImports(siteDir: string, html: string): string[] {
  const found = new Set<string>();
  const visit = (url: string): void => {
    const path = fileOf(siteDir, url, '_astro/');
    const [imports] = parseImports(readFileSync(path, 'utf8'));
    for (const { n: specifier, d: dynamic } of imports) {
      if (specifier === undefined || dynamic !== -1 || !specifier.startsWith('.')) continue;
      const imported = new URL(specifier, `http://site${url}`).pathname;
      if (found.has(imported)) continue;
      found.add(imported);
      visit(imported);
    }
  };
  for (const [, src] of html.matchAll(MODULE_SCRIPT)) if (src && src.includes('/_astro/')) visit(src);
  return [...found];
}

/**
 * Writes the preloads into one built search page; false when the page has
 * no index to preload (no articles in its language, or a dev build).
 */
export async function addSearchPreloads(siteDir: string, pageFile: string): Promise<boolean> {
  await lexerReady;
  const html = readFileSync(pageFile, 'utf8');
  const pagefindLink = PAGEFIND_PRELOAD.exec(html);
  if (!pagefindLink) return false;
  const { entry, others } = indexFiles(siteDir, pagefindLink[1]!);
  const links = [
    `<link rel="preload" href="${entry}" as="fetch" crossorigin ${ENTRY_PRELOAD_ATTRIBUTE}>`,
    ...others.map((url) => `<link rel="preload" href="${url}" as="fetch" crossorigin>`),
    ...scriptImports(siteDir, html).map((url) => `<link rel="modulepreload" href="${url}">`),
  ];
  const at = pagefindLink.index + pagefindLink[0].length;
  // Indexing the same built site again replaces the preloads written last time (they follow the page's own link).
  const rest = html.slice(at).replace(WRITTEN_BEFORE, '');
  writeFileSync(pageFile, html.slice(0, at) + links.join('') + rest);
  return true;
}
