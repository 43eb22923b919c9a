/**
 * Every setting the portal reads from the environment (`SHIZHONG_*`), in
 * one place; docs/site.md's Configuration table lists them. The benchmark and
 * the tests that build other content point these at folders of their own.
 *
 * Read by astro.config.mjs, the content collections, the search-indexing
 * step of `npm run build`, the share-card route and the editor tools.
 */
type Env = Record<string, string | undefined>;

/** Where the content lives: `content/`, or SHIZHONG_CONTENT_DIR (a generated corpus, a test fixture). */
export const contentDir: string = process.env.SHIZHONG_CONTENT_DIR ?? './content';

/** Where the site is written: `dist/`, or SHIZHONG_OUT_DIR. */
export const outDir: string = process.env.SHIZHONG_OUT_DIR ?? './dist';

/**
 * Astro's cache (`node_modules/.astro/`, or SHIZHONG_CACHE_DIR), which also
 * keeps the search index shards between builds.
 */
export const cacheDir: string = process.env.SHIZHONG_CACHE_DIR ?? './node_modules/.astro';

/** Most article pages in one search index shard (SHIZHONG_SEARCH_SHARD_PAGES, default 2,000). */
export const searchShardPages: number = Number(process.env.SHIZHONG_SEARCH_SHARD_PAGES ?? 2000);

/** A file the search-indexing step writes its figures to (SHIZHONG_SEARCH_STATS; the benchmark sets it). */
export const searchStatsFile: string | undefined = process.env.SHIZHONG_SEARCH_STATS;

/**
 * Whether the build makes a share card per article. `SHIZHONG_SHARE_CARDS=0`
 * (or `false`, `off`, `no`) turns them off: no card files are written and
 * every article shares the default image. For big benchmark builds.
 */
export function shareCardsEnabled(env: Env = process.env): boolean {
  const value = env['SHIZHONG_SHARE_CARDS']?.trim().toLowerCase();
  return !(value === '0' || value === 'false' || value === 'off' || value === 'no');
}

/**
 * The day the build counts as today, YYYY-MM-DD (SHIZHONG_TODAY; default:
 * today in China). A scheduled article (`scheduled: true`) is published
 * from that day on; tests set it to build "tomorrow".
 */
export const todayOverride: string | undefined = process.env.SHIZHONG_TODAY;

/**
 * How many search index shards are built at once (SHIZHONG_SEARCH_JOBS,
 * default 2), each in a worker thread with a Pagefind process of its own:
 * Pagefind indexes a shard on about one core. Memory grows with it (at
 * 3,000 articles, shards of 1,714 and 1,286 Chinese pages: 1.96 GB at
 * once, 1.37 GB one after another); 1 builds them one after another.
 */
export const searchJobs: number = Math.max(1, Number(process.env.SHIZHONG_SEARCH_JOBS ?? 2) || 1);

/**
 * Whether this build is the one published (SHIZHONG_PRODUCTION=1, set by
 * the CI's publish job): it then warns about the government-site settings
 * still empty in src/site.ts.
 */
export function productionBuild(env: Env = process.env): boolean {
  const value = env['SHIZHONG_PRODUCTION']?.trim().toLowerCase();
  return value === '1' || value === 'true' || value === 'yes' || value === 'on';
}

/**
 * Set by `npm run build` (scripts/lib/build/seed.ts), not by hand: the
 * published site, from which the pages whose cache key is unchanged are
 * hard-linked into the new build folder instead of copied (src/lib/page-cache.ts).
 */
export const seedFrom: string | undefined = process.env.SHIZHONG_SEED_FROM || undefined;
