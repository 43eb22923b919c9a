/**
 * Where the built site goes: `dist/`, or SHIZHONG_OUT_DIR (the benchmark
 * and the tests that build other content use folders of their own). Read
 * by astro.config.mjs and by the search-indexing step of `npm run build`.
 */
export const outDir: string = process.env.SHIZHONG_OUT_DIR ?? './dist';
