/**
 * Where the build writes: the site (`dist/`, or SHIZHONG_OUT_DIR) and
 * Astro's cache (`node_modules/.astro/`, or SHIZHONG_CACHE_DIR), which
 * also keeps the search index of each year between builds. The benchmark
 * and the tests that build other content use folders of their own. Read
 * by astro.config.mjs and by the search-indexing step of `npm run build`.
 */
export const outDir: string = process.env.SHIZHONG_OUT_DIR ?? './dist';
export const cacheDir: string = process.env.SHIZHONG_CACHE_DIR ?? './node_modules/.astro';
