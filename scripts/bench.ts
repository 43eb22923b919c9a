/**
 * npm run bench — what building and reading the portal costs at scale.
 * Generates a synthetic corpus of N Chinese articles (scripts/synthetic-corpus.ts:
 * 1,500–3,000 characters, real departments/topics/columns, dates over seven
 * years, ~5% English translations) in .bench/, never in content/, builds the
 * whole portal from it with the site's own `astro build`, and prints:
 *
 *   - build wall time, split into Astro (by phase) and Pagefind search indexing
 *   - articles per second, peak memory (whole process tree, and largest process)
 *   - output size, by area
 *   - median and largest article page: HTML, and HTML + CSS + JS gzipped
 *   - JavaScript on an article page
 *   - the bytes a first and a second search query fetch (Chromium), and how
 *     many results they show against how many pages contain the query
 *
 *   npm run bench                                    1,000 articles
 *   npm run bench -- --articles 10000                10,000 articles
 *   npm run bench -- --share-cards                   also draw the share cards (off by default)
 *   npm run bench -- --no-queries                    skip the browser (no Chromium needed)
 *   npm run bench -- --cpu-prof                      write a V8 CPU profile of the build to .bench/prof-<N>/
 *   npm run bench -- --warm                          keep Astro's cache from the last run (default: cold)
 *   npm run bench -- --echo                          show the build's own output as it runs
 *
 * Share cards are off by default (SHIZHONG_SHARE_CARDS=0): the benchmark
 * says so and what they would add (about 30 ms per card). Targets (see
 * README “Performance”) are printed as met or missed.
 * Results go to .bench/bench-<N>.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT, runBuild } from './lib/bench/build.ts';
import { kb, mb, measureIndex } from './lib/bench/files.ts';
import { measureArticles, measureOutput, type PageWeight } from './lib/bench/pages.ts';
import { measureQueries, pagesContaining, queryLines } from './lib/bench/queries.ts';
import { writeSyntheticCorpus } from './lib/bench/synthetic-corpus.ts';

const BENCH = join(ROOT, '.bench');
/** What one share card costs to draw (satori + sharp), measured on this machine. */
const MS_PER_CARD = 30;
const TARGETS = { seconds: 60, memoryMB: 3 * 1024, articleGzip: 20 * 1024, perArticles: 10_000 };

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    queries: { type: 'string', default: '招商引资,新远大' },
    'share-cards': { type: 'boolean', default: false },
    'no-queries': { type: 'boolean', default: false },
    'cpu-prof': { type: 'boolean', default: false },
    warm: { type: 'boolean', default: false },
    echo: { type: 'boolean', default: false },
  },
});
const articles = Number(values.articles);
if (!Number.isInteger(articles) || articles < 1) throw new Error(`--articles must be a positive whole number, got ${values.articles}`);
const queries = values.queries.split(',').map((q) => q.trim()).filter(Boolean);
mkdirSync(BENCH, { recursive: true });

const corpusDir = join(BENCH, `corpus-${articles}`);
const corpus = writeSyntheticCorpus({ articles, out: corpusDir, seed: Number(values.seed) });
const total = corpus.zh + corpus.en;
console.log(
  `Synthetic corpus: ${corpus.zh} Chinese + ${corpus.en} English articles, ${corpus.characters.toLocaleString('en')} Chinese characters → ${relative(ROOT, corpusDir)}/`,
);

const name = `bench-${articles}`;
const profDir = join(BENCH, `prof-${articles}`);
const env: Record<string, string> = values['share-cards'] ? {} : { SHIZHONG_SHARE_CARDS: '0' };
console.log(`Building (${values.warm ? "warm cache, kept from the last run" : "cold cache"}${values['share-cards'] ? ', with share cards' : ', SHIZHONG_SHARE_CARDS=0'}) into ${relative(ROOT, join(BENCH, `dist-${name}`))}/ …`);
const build = await runBuild({
  name,
  benchDir: BENCH,
  contentDir: corpusDir,
  env,
  cold: !values.warm,
  echo: values.echo,
  ...(values['cpu-prof'] ? { nodeOptions: `--cpu-prof --cpu-prof-dir=${profDir}` } : {}),
});
const output = measureOutput(build.outDir);
const index = measureIndex(build.outDir);
const pages = measureArticles(build.outDir);
const measured = values['no-queries'] ? [] : await measureQueries(build.outDir, queries);
if (measured.length > 0) {
  const containing = pagesContaining(build.outDir, queries);
  for (const q of measured) q.containing = containing.get(q.query) ?? 0;
}

const astroSeconds = build.buildSeconds - build.indexSeconds;
const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
const describe = (p: PageWeight) =>
  `${p.path}: HTML ${kb(p.html)} (${kb(p.htmlGzip)} gz); with CSS ${p.css.length ? kb(p.cssGzip) : 'none'} and JS ${kb(p.jsGzip)} gz: ${kb(p.totalGzip)}`;

const lines = [
  '',
  `── ${total.toLocaleString('en')} articles (${corpus.zh} zh + ${corpus.en} en), ${new Date().toISOString().slice(0, 10)}, Node ${process.versions.node} ──`,
  `build: ${build.buildSeconds.toFixed(1)} s = Astro ${astroSeconds.toFixed(1)} s + search indexing (Pagefind) ${build.indexSeconds.toFixed(1)} s`,
  `  phases: ${build.phases.map((p) => `${p.name} ${p.seconds.toFixed(1)} s`).join(', ')}`,
  `  ${(total / build.buildSeconds).toFixed(0)} articles/s in all, ${(total / astroSeconds).toFixed(0)} articles/s for Astro alone; ${build.pages} pages indexed`,
  values['share-cards']
    ? '  share cards: drawn (included above)'
    : `  share cards: OFF (SHIZHONG_SHARE_CARDS=0). With cards the build draws ${total.toLocaleString('en')} PNGs at ~${MS_PER_CARD} ms each: about +${((total * MS_PER_CARD) / 1000).toFixed(0)} s`,
  `peak memory: ${mb(build.peakTreeMemoryMB * 1024 * 1024)} for the whole build process tree (sampled /proc)${
    build.peakMemoryMB ? `; largest single process ${mb(build.peakMemoryMB * 1024 * 1024)} (/usr/bin/time -v)` : ''
  }`,
  `output: ${mb(output.bytes)} in ${output.files.toLocaleString('en')} files — ${Object.entries(output.byArea)
    .sort((a, b) => b[1].bytes - a[1].bytes)
    .slice(0, 8)
    .map(([k, v]) => `${k} ${mb(v.bytes)} (${v.files})`)
    .join(', ')}`,
  `search index: ${mb(index.bytes)} in ${index.files.toLocaleString('en')} files`,
  `article pages (${pages.count.toLocaleString('en')}): median HTML ${kb(pages.medianHtml)}, largest ${kb(pages.largestHtml)}; HTML+CSS+JS gzipped: median ${kb(pages.medianTotalGzip)}, largest ${kb(pages.largestTotalGzip)}`,
  `  median  ${describe(pages.median)}`,
  `  largest ${describe(pages.largest)}`,
  `  CSS: ${pages.median.css.join(', ') || 'none'}`,
  `  JavaScript on an article page: ${pages.median.jsBytes.toLocaleString('en')} bytes — ${pages.median.inlineJsBytes.toLocaleString('en')} inline (${pages.median.scripts.filter((x) => x === '(inline)').length} scripts), ${(pages.median.jsBytes - pages.median.inlineJsBytes).toLocaleString('en')} in files (${kb(pages.median.jsGzip)} gz)${pages.median.scripts.some((x) => x !== '(inline)') ? `: ${pages.median.scripts.filter((x) => x !== '(inline)').join(', ')}` : ''}`,
  ...queryLines(measured),
  '',
  `targets (build time and memory are for ${TARGETS.perArticles.toLocaleString('en')} articles${total >= TARGETS.perArticles ? '' : '; run --articles 10000 to check them'}):`,
  `  build < ${TARGETS.seconds} s, search index included: ${build.buildSeconds.toFixed(1)} s — ${total >= TARGETS.perArticles ? verdict(build.buildSeconds < TARGETS.seconds) : 'not checked at this size'}`,
  `  peak memory < 3 GB: ${mb(build.peakTreeMemoryMB * 1024 * 1024)} — ${total >= TARGETS.perArticles ? verdict(build.peakTreeMemoryMB < TARGETS.memoryMB) : 'not checked at this size'}`,
  `  article page < 20 KB gz with CSS: largest ${kb(pages.largestTotalGzip)} — ${verdict(pages.largestTotalGzip < TARGETS.articleGzip)}`,
  `  no JavaScript of the article page's own: ${pages.median.scripts.length === 0 ? 'none at all — met' : `${pages.median.scripts.length} script(s), site-wide (reading tools)`}`,
];
console.log(lines.join('\n'));
const { log: _log, ...buildFigures } = build;
const file = join(BENCH, `bench-${articles}.json`);
writeFileSync(file, `${JSON.stringify({ articles: total, corpus, build: buildFigures, output, index, pages, queries: measured }, null, 2)}\n`);
console.log(`\nWritten to ${relative(process.cwd(), file)}${values['cpu-prof'] ? `; CPU profile in ${relative(process.cwd(), profDir)}/` : ''}`);
