/**
 * npm run bench:search — what site search costs: the size of the Pagefind
 * index, the time to build it, and the bytes a reader's browser fetches
 * for a first and a second query. Measured on the real content and on a
 * synthetic corpus (scripts/synthetic-corpus.ts), each built into .bench/
 * with the site's own `npm run build`.
 *
 *   npm run bench:search                              real content and 2,000 synthetic articles
 *   npm run bench:search -- --articles 10000          a bigger synthetic corpus
 *   npm run bench:search -- --only real               only the real content (or: --only synthetic)
 *   npm run bench:search -- --queries 招商引资,新远大    the first and second query
 *
 * Bytes are counted by the local server that serves the built site: the
 * sum of the /pagefind/ files it sends (Pagefind's index files are
 * gzipped already), from opening /search/?q=<first> until its results
 * are shown, then for typing the second query on the same page.
 * Results are printed and written to .bench/results.json.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../tests/support/browser.ts';
import { writeSyntheticCorpus } from './synthetic-corpus.ts';

const ROOT = resolve(import.meta.dirname, '..');
const BENCH = join(ROOT, '.bench');

interface BuildFigures {
  buildSeconds: number;
  indexSeconds: number;
  pages: number;
  languages: Record<string, number>;
  peakMemoryMB?: number;
}

interface IndexFigures {
  bytes: number;
  files: number;
  byKind: Record<string, { bytes: number; files: number }>;
}

interface QueryFigures {
  query: string;
  bytes: number;
  requests: number;
  results: string;
  milliseconds: number;
  byKind: Record<string, number>;
}

interface CorpusFigures {
  corpus: string;
  articles: number;
  build: BuildFigures;
  index: IndexFigures;
  queries: QueryFigures[];
}

function kindOf(path: string): string {
  if (path.includes('/fragment/')) return 'fragments';
  if (path.includes('/index/')) return 'index chunks';
  if (path.includes('/filter/')) return 'filters';
  if (path.endsWith('.pf_meta')) return 'metadata';
  if (path.endsWith('.pagefind')) return 'wasm';
  if (path.endsWith('.js')) return 'script';
  return 'other';
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

function measureIndex(outDir: string): IndexFigures {
  const files = walk(join(outDir, 'pagefind'));
  const byKind: IndexFigures['byKind'] = {};
  let bytes = 0;
  for (const file of files) {
    const size = statSync(file).size;
    bytes += size;
    const kind = kindOf(file);
    byKind[kind] ??= { bytes: 0, files: 0 };
    byKind[kind].bytes += size;
    byKind[kind].files += 1;
  }
  return { bytes, files: files.length, byKind };
}

function build(name: string, contentDir: string | undefined): { outDir: string; figures: BuildFigures } {
  const outDir = join(BENCH, `dist-${name}`);
  const statsFile = join(BENCH, `stats-${name}.json`);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    SHIZHONG_OUT_DIR: outDir,
    SHIZHONG_CACHE_DIR: join(BENCH, `cache-${name}`),
    SHIZHONG_SEARCH_STATS: statsFile,
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  if (contentDir) env.SHIZHONG_CONTENT_DIR = contentDir;
  const timed = existsSync('/usr/bin/time');
  const command = timed ? '/usr/bin/time' : 'npm';
  const args = timed ? ['-f', 'PEAK_RSS_KB=%M', 'npm', 'run', '--silent', 'build'] : ['run', '--silent', 'build'];
  console.log(`Building ${name} into ${relative(ROOT, outDir)}/ …`);
  const started = performance.now();
  const result = spawnSync(command, args, { cwd: ROOT, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const buildSeconds = (performance.now() - started) / 1000;
  const output = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`Build of ${name} failed (exit ${result.status}):\n${output.slice(-4000)}`);
  const stats = JSON.parse(readFileSync(statsFile, 'utf8')) as { pages: number; seconds: number; languages: Record<string, number> };
  const rss = /PEAK_RSS_KB=(\d+)/.exec(output);
  return {
    outDir,
    figures: {
      buildSeconds,
      indexSeconds: stats.seconds,
      pages: stats.pages,
      languages: stats.languages,
      ...(rss ? { peakMemoryMB: Number(rss[1]) / 1024 } : {}),
    },
  };
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

/** A static server for the built site that tallies the bytes of every /pagefind/ file it sends. */
function countingServer(root: string): Promise<{ server: Server; url: string; tally: { bytes: number; requests: number; byKind: Record<string, number> } }> {
  const tally = { bytes: 0, requests: 0, byKind: {} as Record<string, number> };
  const server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) file = root;
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    const size = statSync(file).size;
    if (path.startsWith('/pagefind/')) {
      tally.bytes += size;
      tally.requests += 1;
      const kind = kindOf(path);
      tally.byKind[kind] = (tally.byKind[kind] ?? 0) + size;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': size });
    createReadStream(file).pipe(res);
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      done({ server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`, tally });
    }),
  );
}

async function measureQueries(outDir: string, queries: string[]): Promise<QueryFigures[]> {
  const { server, url, tally } = await countingServer(outDir);
  const browser = await launchBrowser();
  const out: QueryFigures[] = [];
  try {
    const page = await browser.newPage();
    const settled = () =>
      page.waitForFunction(
        () => {
          const root = document.querySelector('[data-search-root]');
          const body = document.querySelector<HTMLElement>('[data-search-body]');
          return !!root && !root.hasAttribute('aria-busy') && !!body && !body.hidden;
        },
        null,
        { timeout: 120_000 },
      );
    for (const [i, query] of queries.entries()) {
      const before = { bytes: tally.bytes, requests: tally.requests, byKind: { ...tally.byKind } };
      const started = performance.now();
      if (i === 0) {
        await page.goto(`${url}/search/?q=${encodeURIComponent(query)}`);
      } else {
        await page.fill('#search-page-q', query);
        await page.press('#search-page-q', 'Enter');
        await page.waitForFunction((q) => new URLSearchParams(location.search).get('q') === q, query);
      }
      await settled();
      const milliseconds = performance.now() - started;
      // Let late requests (there should be none) land before reading the tally.
      await page.waitForTimeout(300);
      const byKind: Record<string, number> = {};
      for (const [kind, bytes] of Object.entries(tally.byKind)) {
        const delta = bytes - (before.byKind[kind] ?? 0);
        if (delta > 0) byKind[kind] = delta;
      }
      out.push({
        query,
        bytes: tally.bytes - before.bytes,
        requests: tally.requests - before.requests,
        results: ((await page.textContent('[data-search-status]')) ?? '').trim(),
        milliseconds,
        byKind,
      });
    }
  } finally {
    await browser.close();
    server.close();
  }
  return out;
}

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(2)} MB`;

function report(f: CorpusFigures): string {
  const lines = [
    `── ${f.corpus} (${f.articles} articles) ──`,
    `build: ${f.build.buildSeconds.toFixed(1)} s in all; Pagefind indexing ${f.build.indexSeconds.toFixed(2)} s for ${f.build.pages} pages (${Object.entries(
      f.build.languages,
    )
      .map(([l, n]) => `${l} ${n}`)
      .join(', ')})${f.build.peakMemoryMB ? `; peak memory of the build ${f.build.peakMemoryMB.toFixed(0)} MB` : ''}`,
    `index: ${mb(f.index.bytes)} in ${f.index.files} files — ${Object.entries(f.index.byKind)
      .map(([k, v]) => `${k} ${mb(v.bytes)} (${v.files})`)
      .join(', ')}`,
    ...f.queries.map(
      (q, i) =>
        `${i === 0 ? 'first' : i === 1 ? 'second' : `#${i + 1}`} query ${JSON.stringify(q.query)}: ${kb(q.bytes)} in ${q.requests} requests, ${q.milliseconds.toFixed(0)} ms — ${Object.entries(
          q.byKind,
        )
          .map(([k, v]) => `${k} ${kb(v)}`)
          .join(', ')} — “${q.results}”`,
    ),
  ];
  return lines.join('\n');
}

async function benchCorpus(name: string, articles: number, contentDir: string | undefined, queries: string[]): Promise<CorpusFigures> {
  const { outDir, figures } = build(name, contentDir);
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
  const real = readdirSync(join(ROOT, 'content', 'articles'), { recursive: true }).filter((f) => String(f).endsWith('.md')).length;
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
