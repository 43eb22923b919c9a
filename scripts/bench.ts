/**
 * npm run bench — what building and reading the portal costs at scale.
 * Generates a synthetic corpus of N Chinese articles (scripts/lib/bench/synthetic-corpus.ts:
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
 *   npm run bench -- --no-baseline                   skip the baseline and the warm rebuild (quicker, no ratios)
 *   npm run bench -- --before <rev>                  also build the portal at git revision <rev> (cold), for a fix's before/after
 *   npm run bench -- --at <rev>                      build the portal at git revision <rev> instead of the working tree (e.g. HEAD, to go on editing meanwhile)
 *
 * In the same run, from the same corpus, it also builds the baseline
 * (bench/baseline/: bare Astro 7 + `pagefind --site`, ./lib/bench/baseline.ts),
 * then edits one article's body (a one-sentence correction) and rebuilds
 * both with their caches kept, then publishes one new article and rebuilds
 * the portal (it must be searchable and on the home page), and prints the
 * portal ÷ baseline ratios of cold build, correction, new article and
 * peak memory (absolute seconds vary by ±30% between runs here; the ratio
 * is what is tracked), checks that the edit is searchable, and times the
 * first results under Chromium's "Fast 4G" throttling (./lib/bench/throttled.ts).
 *
 * Share cards are off by default (SHIZHONG_SHARE_CARDS=0): the benchmark
 * says so and what they would add (about 30 ms per card). Targets (README
 * “Performance”) are printed as met or missed.
 * Results go to .bench/bench-<N>.json.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parseArgs, stripVTControlCharacters } from 'node:util';
import { runBaseline } from './lib/bench/baseline.ts';
import { ROOT, runBuild, type BuildFigures } from './lib/bench/build.ts';
import { addNewArticle, editOneArticle } from './lib/bench/edit.ts';
import { siteToday } from '../src/lib/calendar-date.ts';
import { checkoutRevision } from './lib/bench/revision.ts';
import { kb, mb, measureIndex } from './lib/bench/files.ts';
import { measureArticles, measureOutput, type PageWeight } from './lib/bench/pages.ts';
import { measureQueries, pagesContaining, queryLines, resultLinks } from './lib/bench/queries.ts';
import { writeSyntheticCorpus } from './lib/bench/synthetic-corpus.ts';
import { measureFirstResults, type ThrottledFigures } from './lib/bench/throttled.ts';

const BENCH = join(ROOT, '.bench');
/** What one share card costs to draw (satori + sharp), measured on this machine. */
const MS_PER_CARD = 30;
/** The targets; build time and memory hold at 10,000 articles, share cards off. */
const TARGETS = {
  coldRatio: 1.5,
  /** A one-sentence correction, ÷ the baseline's cold build. */
  warmRatio: 0.2,
  /** One new article published (searchable, on the home page), ÷ the baseline's cold build. */
  newRatio: 0.3,
  memoryMB: 3 * 1024,
  firstQueryBytes: 300 * 1024,
  firstQueryRequests: 20,
  secondQueryBytes: 100 * 1024,
  firstResultsMs: 1500,
  articleGzip: 20 * 1024,
  perArticles: 10_000,
};

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
    'no-baseline': { type: 'boolean', default: false },
    before: { type: 'string' },
    at: { type: 'string' },
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

const env: Record<string, string> = values['share-cards'] ? {} : { SHIZHONG_SHARE_CARDS: '0' };
const withBaseline = !values['no-baseline'];
const baselineName = `baseline-${articles}`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
const phaseList = (b: BuildFigures) => b.phases.map((p) => `${p.name} ${p.seconds.toFixed(1)} s`).join(', ');
let baselineCold: BuildFigures | undefined;
if (withBaseline) {
  console.log(`Building the baseline (bare Astro 7 + pagefind --site, cold cache) into ${relative(ROOT, join(BENCH, `dist-${baselineName}`))}/ …`);
  baselineCold = await runBaseline({ name: baselineName, benchDir: BENCH, contentDir: corpusDir, echo: values.echo });
}

let before: { commit: string; build: BuildFigures } | undefined;
if (values.before) {
  const { dir, commit } = checkoutRevision(BENCH, values.before);
  console.log(`Building the portal at ${commit} (cold cache) from ${relative(ROOT, dir)}/ …`);
  before = { commit, build: await runBuild({ name: `before-${articles}`, benchDir: BENCH, contentDir: corpusDir, env, cwd: dir, echo: values.echo }) };
}

const at = values.at ? checkoutRevision(BENCH, values.at) : undefined;
if (at) console.log(`The portal is built at ${at.commit}, from ${relative(ROOT, at.dir)}/.`);
const name = `bench-${articles}`;
const profDir = join(BENCH, `prof-${articles}`);
console.log(`Building (${values.warm ? "warm cache, kept from the last run" : "cold cache"}${values['share-cards'] ? ', with share cards' : ', SHIZHONG_SHARE_CARDS=0'}) into ${relative(ROOT, join(BENCH, `dist-${name}`))}/ …`);
const build = await runBuild({
  name,
  benchDir: BENCH,
  contentDir: corpusDir,
  env,
  cold: !values.warm,
  echo: values.echo,
  ...(at ? { cwd: at.dir } : {}),
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

// Over HTTP/2, as the site is served (deploy/shizhong-site.example.conf), and over HTTP/1.1 (six connections a host) for comparison.
const firstResults: ThrottledFigures[] =
  values['no-queries'] || queries.length === 0 ? [] : [await measureFirstResults(build.outDir, queries[0]!, 3, 'h2'), await measureFirstResults(build.outDir, queries[0]!, 3, 'http/1.1')];

// The warm rebuild: one article's body edited, both sites rebuilt with their caches kept.
let warm: { portal: BuildFigures; baseline: BuildFigures; term: string; slug: string; found?: string[]; containing?: number } | undefined;
if (withBaseline) {
  const edit = editOneArticle(corpusDir);
  console.log(`Edited ${relative(ROOT, edit.file)} (added “${edit.term}”); rebuilding both with their caches kept …`);
  const baseline = await runBaseline({ name: baselineName, benchDir: BENCH, contentDir: corpusDir, cold: false, echo: values.echo });
  const portal = await runBuild({ name, benchDir: BENCH, contentDir: corpusDir, env, cold: false, echo: values.echo, ...(at ? { cwd: at.dir } : {}) });
  warm = { portal, baseline, term: edit.term, slug: basename(edit.file, '.md') };
  if (!values['no-queries']) {
    warm.found = [...new Set(await resultLinks(portal.outDir, edit.term))];
    warm.containing = pagesContaining(portal.outDir, [edit.term]).get(edit.term) ?? 0;
  }
}

// One new article published: the portal rebuilt with its cache kept; searchable, and on the home page.
let added: { portal: BuildFigures; slug: string; found?: string[]; onHome: boolean; rendered: number } | undefined;
if (withBaseline) {
  const article = addNewArticle(corpusDir, siteToday());
  console.log(`Added ${relative(ROOT, article.file)} (“${article.term}”); rebuilding the portal with its cache kept …`);
  const portal = await runBuild({ name, benchDir: BENCH, contentDir: corpusDir, env, cold: false, echo: values.echo, ...(at ? { cwd: at.dir } : {}) });
  const home = readFileSync(join(portal.outDir, 'index.html'), 'utf8');
  added = { portal, slug: article.slug, onHome: home.includes(`href="/articles/${article.slug}/"`), rendered: renderedPages(portal.log) };
  if (!values['no-queries']) added.found = [...new Set(await resultLinks(portal.outDir, article.term))];
}

const astroSeconds = build.buildSeconds - build.indexSeconds;
const at10k = total >= TARGETS.perArticles;
const checked = (ok: boolean) => (at10k ? verdictOf(ok) : `${verdictOf(ok)} here; the target is for ${TARGETS.perArticles.toLocaleString('en')} articles`);
function verdictOf(ok: boolean): string {
  return ok ? 'met' : 'MISSED';
}
const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
/** Pages Astro rendered (not kept from the last build), from its log: "├─ /path/index.html (+3ms)". */
function renderedPages(log: string): number {
  return [...stripVTControlCharacters(log).matchAll(/[├└]─ \S+ \(\+/g)].length;
}
const describe = (p: PageWeight) =>
  `${p.path}: HTML ${kb(p.html)} (${kb(p.htmlGzip)} gz); with CSS ${p.css.length ? kb(p.cssGzip) : 'none'} and JS ${kb(p.jsGzip)} gz: ${kb(p.totalGzip)}`;

const lines = [
  '',
  `── ${total.toLocaleString('en')} articles (${corpus.zh} zh + ${corpus.en} en), ${new Date().toISOString().slice(0, 10)}, Node ${process.versions.node}${at ? `, portal at ${at.commit}` : ''} ──`,
  `build: ${build.buildSeconds.toFixed(1)} s (CPU ${build.cpuSeconds.toFixed(1)} s) = Astro ${astroSeconds.toFixed(1)} s + search indexing (Pagefind) ${build.indexSeconds.toFixed(1)} s`,
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
  ...firstResults.map(
    (f) => `first results under "Fast 4G" over ${f.protocol === 'h2' ? 'HTTP/2' : 'HTTP/1.1'} (${f.query}, empty cache, median of 3): ${f.milliseconds.toFixed(0)} ms to the first result painted, ${kb(f.bytes)} in ${f.requests} requests by then`,
  ),
  ...(baselineCold
    ? [
        '',
        `baseline (bare Astro 7 + pagefind --site, bench/baseline/), cold: ${baselineCold.buildSeconds.toFixed(1)} s — ${phaseList(baselineCold)}; peak memory ${mb(baselineCold.peakTreeMemoryMB * 1024 * 1024)}`,
        `  portal ÷ baseline, cold build: ${build.buildSeconds.toFixed(1)} s ÷ ${baselineCold.buildSeconds.toFixed(1)} s = ${ratio(build.buildSeconds, baselineCold.buildSeconds)}`,
        `  portal ÷ baseline, CPU time of the process tree (steadier than wall time on a shared machine): ${build.cpuSeconds.toFixed(1)} s ÷ ${baselineCold.cpuSeconds.toFixed(1)} s = ${ratio(build.cpuSeconds, baselineCold.cpuSeconds)}`,
        ...(before
          ? [
              `  before (portal at ${before.commit}), cold: ${before.build.buildSeconds.toFixed(1)} s (CPU ${before.build.cpuSeconds.toFixed(1)} s) — ${phaseList(before.build)}`,
              `  before ÷ baseline: ${ratio(before.build.buildSeconds, baselineCold.buildSeconds)} (CPU ${ratio(before.build.cpuSeconds, baselineCold.cpuSeconds)}); now ÷ baseline: ${ratio(build.buildSeconds, baselineCold.buildSeconds)} (CPU ${ratio(build.cpuSeconds, baselineCold.cpuSeconds)})`,
            ]
          : []),
        `  portal ÷ baseline, peak memory: ${mb(build.peakTreeMemoryMB * 1024 * 1024)} ÷ ${mb(baselineCold.peakTreeMemoryMB * 1024 * 1024)} = ${ratio(build.peakTreeMemoryMB, baselineCold.peakTreeMemoryMB)}`,
      ]
    : []),
  ...(warm && baselineCold
    ? [
        `warm rebuild after a one-sentence correction: portal ${warm.portal.buildSeconds.toFixed(1)} s (${phaseList(warm.portal)}; ${renderedPages(warm.portal.log)} pages rendered), baseline ${warm.baseline.buildSeconds.toFixed(1)} s`,
        `  portal warm ÷ baseline warm: ${ratio(warm.portal.buildSeconds, warm.baseline.buildSeconds)}; portal warm ÷ baseline cold: ${ratio(warm.portal.buildSeconds, baselineCold.buildSeconds)}`,
        `  CPU time: portal warm ${warm.portal.cpuSeconds.toFixed(1)} s, baseline warm ${warm.baseline.cpuSeconds.toFixed(1)} s; portal warm ÷ baseline cold: ${ratio(warm.portal.cpuSeconds, baselineCold.cpuSeconds)}`,
        ...(warm.found === undefined
          ? []
          : [`  the edit searchable: “${warm.term}” finds ${warm.found.join(', ') || 'nothing'}; ${warm.containing} page(s) contain it`]),
      ]
    : []),
  ...(added && baselineCold
    ? [
        `one new article published: portal ${added.portal.buildSeconds.toFixed(1)} s (${phaseList(added.portal)}; ${added.rendered} pages rendered), CPU ${added.portal.cpuSeconds.toFixed(1)} s; peak memory ${mb(added.portal.peakTreeMemoryMB * 1024 * 1024)}`,
        `  ÷ baseline cold: ${ratio(added.portal.buildSeconds, baselineCold.buildSeconds)}; on the home page: ${added.onHome ? 'yes' : 'NO'}${added.found ? `; searchable: finds ${added.found.join(', ') || 'nothing'}` : ''}`,
      ]
    : []),
  '',
  `targets (build time and memory at ${TARGETS.perArticles.toLocaleString('en')} articles, share cards off${at10k ? '' : '; run --articles 10000 to check them'}):`,
  ...(baselineCold
    ? [
        `  cold build ≤ ${TARGETS.coldRatio}× baseline: ${ratio(build.buildSeconds, baselineCold.buildSeconds)} — ${checked(build.buildSeconds <= TARGETS.coldRatio * baselineCold.buildSeconds)}`,
      ]
    : ['  cold build ≤ 1.1× baseline: not measured (--no-baseline)']),
  ...(warm && baselineCold
    ? [
        `  one-sentence correction ≤ ${TARGETS.warmRatio}× baseline cold: ${ratio(warm.portal.buildSeconds, baselineCold.buildSeconds)} — ${checked(warm.portal.buildSeconds <= TARGETS.warmRatio * baselineCold.buildSeconds)}`,
        ...(warm.containing === undefined
          ? []
          : [
              `  the edited article found by its new words after the warm rebuild: ${
                warm.found?.length === 1 && warm.found[0] === `/articles/${warm.slug}/` ? 'met' : `found ${warm.found?.join(', ') || 'nothing'} — MISSED`
              }`,
            ]),
      ]
    : []),
  ...(added && baselineCold
    ? [
        `  new article published ≤ ${TARGETS.newRatio}× baseline cold, searchable and on the home page: ${ratio(added.portal.buildSeconds, baselineCold.buildSeconds)} — ${checked(
          added.portal.buildSeconds <= TARGETS.newRatio * baselineCold.buildSeconds && added.onHome && (added.found === undefined || added.found.includes(`/articles/${added.slug}/`)),
        )}`,
      ]
    : []),
  `  peak memory < 3 GB: ${mb(build.peakTreeMemoryMB * 1024 * 1024)} — ${checked(build.peakTreeMemoryMB < TARGETS.memoryMB)}`,
  ...(measured[0]
    ? [
        `  first query ≤ 300 KB and ≤ ${TARGETS.firstQueryRequests} requests: ${kb(measured[0].bytes)}, ${measured[0].requests} requests — ${checked(measured[0].bytes <= TARGETS.firstQueryBytes && measured[0].requests <= TARGETS.firstQueryRequests)}`,
      ]
    : []),
  ...(measured[1] ? [`  second query ≤ 100 KB: ${kb(measured[1].bytes)} — ${checked(measured[1].bytes <= TARGETS.secondQueryBytes)}`] : []),
  ...(firstResults[0]
    ? [
        `  first results ≤ 1.5 s on "Fast 4G" (HTTP/2, as served): ${firstResults[0].milliseconds.toFixed(0)} ms — ${checked(firstResults[0].milliseconds <= TARGETS.firstResultsMs)}` +
          ` (HTTP/1.1: ${firstResults[1]!.milliseconds.toFixed(0)} ms)`,
      ]
    : []),
  `  article page < 20 KB gz with CSS: largest ${kb(pages.largestTotalGzip)} — ${verdict(pages.largestTotalGzip < TARGETS.articleGzip)}`,
  `  no JavaScript of the article page's own: ${pages.median.scripts.length === 0 ? 'none at all — met' : `${pages.median.scripts.length} script(s), site-wide (reading tools)`}`,
];
console.log(lines.join('\n'));
const figures = (b: BuildFigures | undefined) => (b ? (({ log: _log, ...rest }) => rest)(b) : undefined);
const file = join(BENCH, `bench-${articles}.json`);
writeFileSync(
  file,
  `${JSON.stringify(
    {
      articles: total,
      corpus,
      build: figures(build),
      baseline: figures(baselineCold),
      before: before ? { commit: before.commit, build: figures(before.build) } : undefined,
      warm: warm ? { portal: figures(warm.portal), baseline: figures(warm.baseline), term: warm.term, found: warm.found, containing: warm.containing } : undefined,
      added: added ? { portal: figures(added.portal), slug: added.slug, found: added.found, onHome: added.onHome, rendered: added.rendered } : undefined,
      output,
      index,
      pages,
      queries: measured,
      firstResults,
    },
    null,
    2,
  )}\n`,
);
console.log(`\nWritten to ${relative(process.cwd(), file)}${values['cpu-prof'] ? `; CPU profile in ${relative(process.cwd(), profDir)}/` : ''}`);
