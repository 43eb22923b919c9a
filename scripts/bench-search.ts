/**
 * npm run bench:search — what site search costs: the size of the Pagefind
 * index, the time to build it, and the bytes a reader's browser fetches
 * for a first and a second query. Measured on the real content and on a
 * synthetic corpus (scripts/lib/bench/synthetic-corpus.ts), each built into .bench/
 * with the site's own build (`astro build`, as `npm run build`; the build,
 * the server and the browser driving are in scripts/lib/bench/, shared
 * with `npm run bench`).
 *
 *   npm run bench:search                              real content and 2,000 synthetic articles
 *   npm run bench:search -- --articles 10000          a bigger synthetic corpus
 *   npm run bench:search -- --only real               only the real content (or: --only synthetic)
 *   npm run bench:search -- --queries 招商引资,新远大    the first and second query
 *
 * Bytes are counted by the local server that serves the built site: the
 * bytes of the /pagefind/ files it sends (text files gzipped as a static
 * host sends them; Pagefind's index files are compressed already), from opening /search/?q=<first> until its results
 * are shown, then for typing the second query on the same page.
 * Results are printed and written to .bench/results.json.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { runBuild, type BuildFigures } from './lib/bench/build.ts';
import { mb, measureIndex, type IndexFigures } from './lib/bench/files.ts';
import { measureQueries, queryLines, type QueryFigures } from './lib/bench/queries.ts';
import { writeSyntheticCorpus } from './lib/bench/synthetic-corpus.ts';
import { BENCH_DIR, CONTENT, ROOT } from './lib/shared/paths.ts';

const BENCH = BENCH_DIR;

interface CorpusFigures {
  corpus: string;
  articles: number;
  build: Omit<BuildFigures, 'log' | 'outDir'>;
  index: IndexFigures;
  queries: QueryFigures[];
}

function report(f: CorpusFigures): string {
  const lines = [
    `── ${f.corpus} (${f.articles} articles) ──`,
    `build: ${f.build.buildSeconds.toFixed(1)} s in all; Pagefind indexing ${f.build.indexSeconds.toFixed(2)} s for ${f.build.pages} pages (${Object.entries(
      f.build.languages,
    )
      .map(([l, n]) => `${l} ${n}`)
      .join(', ')}); peak memory of the build ${f.build.peakTreeMemoryMB.toFixed(0)} MB (process tree)`,
    `index: ${mb(f.index.bytes)} in ${f.index.files} files — ${Object.entries(f.index.byKind)
      .map(([k, v]) => `${k} ${mb(v.bytes)} (${v.files})`)
      .join(', ')}`,
    ...queryLines(f.queries),
  ];
  return lines.join('\n');
}

async function benchCorpus(name: string, articles: number, contentDir: string | undefined, queries: string[]): Promise<CorpusFigures> {
  console.log(`Building ${name} into ${relative(ROOT, join(BENCH, `dist-${name}`))}/ …`);
  const { outDir, log: _log, ...figures } = await runBuild({ name, benchDir: BENCH, contentDir, cold: false });
  const index = measureIndex(outDir);
  const measured = await measureQueries(outDir, queries);
  return { corpus: name, articles, build: figures, index, queries: measured };
}

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '2000' },
    only: { type: 'string' },
    queries: { type: 'string', default: '招商引资,新远大' },
    seed: { type: 'string', default: '1' },
  },
});
const articles = Number(values.articles);
if (!Number.isInteger(articles) || articles < 1) throw new Error(`--articles must be a positive whole number, got ${values.articles}`);
if (values.only && !['real', 'synthetic'].includes(values.only)) throw new Error('--only must be real or synthetic');
const queries = values.queries.split(',').map((q) => q.trim()).filter(Boolean);
mkdirSync(BENCH, { recursive: true });

const results: CorpusFigures[] = [];
if (values.only !== 'synthetic') {
  const real = readdirSync(join(CONTENT, 'articles'), { recursive: true }).filter((f) => String(f).endsWith('.md')).length;
  results.push(await benchCorpus('real', real, undefined, queries));
  console.log(report(results.at(-1)!));
}
if (values.only !== 'real') {
  const dir = join(BENCH, `corpus-${articles}`);
  const summary = writeSyntheticCorpus({ articles, out: dir, seed: Number(values.seed) });
  console.log(`Synthetic corpus: ${summary.zh} Chinese + ${summary.en} English articles, ${summary.characters.toLocaleString('en')} Chinese characters`);
  results.push(await benchCorpus(`synthetic-${articles}`, summary.zh + summary.en, dir, queries));
  console.log(report(results.at(-1)!));
}
writeFileSync(join(BENCH, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nWritten to ${relative(process.cwd(), join(BENCH, 'results.json'))}`);
