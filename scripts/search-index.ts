/**
 * The second step of `npm run build`: index the built site for search.
 * Runs after `astro build` has exited, so Pagefind's memory does not add to
 * Astro's (src/search/indexing/index-site.ts says what is indexed and how; the
 * index of each shard of years is kept in Astro's cache folder and
 * reused while its pages do not change).
 *
 *   node scripts/search-index.ts          indexes dist/ (or SHIZHONG_OUT_DIR)
 *
 * SHIZHONG_SEARCH_STATS=<file> writes the figures as JSON (for the benchmarks).
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { indexSite } from '../src/search/indexing/index-site.ts';
import { BUNDLE_DIR } from '../src/search/shards.ts';
import { addSearchPreloads } from '../src/search/indexing/preloads.ts';
import { LOCALES } from '../src/i18n/locales.ts';
import { href } from '../src/lib/urls.ts';
import { cacheDir, outDir, searchStatsFile } from '../src/lib/env.ts';

const siteDir = resolve(outDir);
const shown = relative(process.cwd(), siteDir) || '.';
if (!existsSync(join(siteDir, 'index.html'))) {
  console.error(`搜索索引：${shown}/ 里没有建好的网站，请先运行 astro build（no built site in ${shown}/: run astro build first）`);
  process.exit(1);
}
const stats = await indexSite(siteDir, resolve(cacheDir));
if (stats.pages === 0) {
  console.warn('[search] Pagefind indexed no pages: search will find nothing. Article pages must carry data-pagefind-body.');
}
const perLanguage = Object.entries(stats.languages)
  .map(([lang, n]) => `${lang}: ${n}`)
  .join(', ');
console.log(
  `[search] Indexed ${stats.pages} pages (${perLanguage}) in ${stats.seconds.toFixed(2)} s → ${shown}/${BUNDLE_DIR}/: ` +
    `${stats.shards} shards (whole years per language), ${stats.reused} unchanged since the last build and reused`,
);
// The search pages' preloads name the index's files (see src/search/indexing/preloads.ts).
for (const locale of LOCALES) {
  const page = join(siteDir, href(locale, { to: 'search' }), 'index.html');
  if (existsSync(page)) await addSearchPreloads(siteDir, page);
}
const statsFile = searchStatsFile;
if (statsFile) writeFileSync(statsFile, JSON.stringify(stats, null, 2));
