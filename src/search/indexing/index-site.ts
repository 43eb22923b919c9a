/**
 * Site search with Pagefind, at index time.
 *
 * `indexSite()` indexes a built site folder into `<siteDir>/pagefind/`,
 * in shards of whole years per language (./shards.ts). `npm run build`
 * runs it as its own step once `astro build` has exited
 * (scripts/search-index.ts), so Astro's memory and Pagefind's are never
 * held at the same time.
 *
 * Only article pages are indexed: they mark their text with
 * `data-pagefind-body`. Each page's Chinese words are marked first
 * (./mark-words.ts), so the index and pagefind.js cut words alike.
 * The search page loads the shards of its own language. `astro dev`
 * serves the last build's index instead (./serve-built-index.ts).
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { searchJobs } from '../../lib/env.ts';
import { indexShard, type ShardJob } from './index-shard.ts';
import { moduleClosure } from '../../lib/module-graph.ts';
import { readSearchTags } from '../meta-tags.ts';
import { BUNDLE_DIR, groupYears, indexedParts, placeOf, SHARD_PAGES, shardDir, shardKey } from '../shards.ts';

/** The folders of the article pages, the only pages indexed. */
const ARTICLE_DIRS = ['articles', 'en/articles'];


export interface IndexStats {
  /** Pages in the index, all languages. */
  pages: number;
  /** Wall time of indexing and writing the index. */
  seconds: number;
  /** Pages per index language, e.g. `{ 'zh-cn': 14, en: 3 }`. */
  languages: Record<string, number>;
  /** Shards written (runs of whole years per language), and how many of them came from the cache unchanged. */
  shards: number;
  reused: number;
}

/**
 * What the shards depend on besides their pages: the indexing code (this
 * module, the worker's, and every project module they import) and
 * Pagefind's version.
 */
function codeVersion(): string {
  const root = fileURLToPath(new URL('../../..', import.meta.url));
  const files = moduleClosure(root, ['src/search/indexing/index-site.ts', 'src/search/indexing/shard-worker.ts']);
  const pagefindPackage = join(dirname(fileURLToPath(import.meta.resolve('pagefind'))), '..', 'package.json');
  return [...files.map((file) => `${file}\0${readFileSync(join(root, file), 'utf8')}`), readFileSync(pagefindPackage, 'utf8')].join('\0');
}

/** Run `task` over `items`, at most `jobs` at a time; rejects with the first failure once the running ones end. */
async function inParallel<T>(items: readonly T[], jobs: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const errors: unknown[] = [];
  const lane = async () => {
    while (next < items.length && errors.length === 0) {
      const item = items[next++]!;
      try {
        await task(item);
      } catch (error) {
        errors.push(error);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, items.length)) }, lane));
  if (errors.length > 0) throw errors[0];
}

/** indexShard() in a worker thread (./shard-worker.ts), with a Pagefind process of its own. */
function indexShardInWorker(job: ShardJob): Promise<void> {
  return new Promise((done, fail) => {
    const worker = new Worker(new URL('./shard-worker.ts', import.meta.url), { workerData: job });
    let finished = false;
    worker.once('message', () => {
      finished = true;
    });
    worker.once('error', fail);
    worker.once('exit', (code) => {
      if (finished && code === 0) done();
      else fail(new Error(`搜索索引：${job.outputPath} 的索引进程意外退出（search index worker for ${job.outputPath} exited with code ${code}）`));
    });
  });
}

/**
 * Index a built site folder into `<siteDir>/pagefind/<lang>/<years>/`
 * (./shards.ts), reusing from `cacheDir` every shard whose pages are
 * unchanged, and indexing the others `jobs` at a time (SHIZHONG_SEARCH_JOBS,
 * default 2: the machines have 2 cores, and Pagefind indexes a shard on
 * one), each in a worker thread with its own Pagefind process.
 */
export async function indexSite(siteDir: string, cacheDir: string, maxShardPages = SHARD_PAGES, jobs = searchJobs): Promise<IndexStats> {
  const started = performance.now();
  // Only article pages carry data-pagefind-body; reading the list pages too
  // costs time and memory for nothing (docs/performance.md).
  const files = ARTICLE_DIRS.flatMap((dir) =>
    existsSync(join(siteDir, dir))
      ? readdirSync(join(siteDir, dir), { recursive: true, encoding: 'utf8' })
          .filter((name) => name.endsWith('.html'))
          .map((name) => `${dir}/${name.split(sep).join('/')}`)
      : [],
  );
  const pages: { path: string; parts: string; lang: string; year: string }[] = [];
  for (const path of files) {
    const html = readFileSync(join(siteDir, path), 'utf8');
    const head = readSearchTags(html);
    const place = placeOf(html, head);
    if (!place) throw new Error(`${path}: 文章页没有语言或年份，无法编入搜索索引（no <html lang> or year filter: cannot index for search）`);
    // Only the parts Pagefind reads are kept, for the cache key; the page is read again when indexed.
    pages.push({ path, parts: indexedParts(html, head), ...place });
  }
  const shards = new Map<string, { path: string; parts: string }[]>();
  for (const lang of new Set(pages.map((p) => p.lang))) {
    const ofLang = pages.filter((p) => p.lang === lang);
    const perYear: Record<string, number> = {};
    for (const p of ofLang) perYear[p.year] = (perYear[p.year] ?? 0) + 1;
    for (const years of groupYears(perYear, maxShardPages)) {
      shards.set(shardDir(lang, years), ofLang.filter((p) => years.includes(p.year)));
    }
  }

  const bundle = join(siteDir, BUNDLE_DIR);
  rmSync(bundle, { recursive: true, force: true });
  const code = codeVersion();
  const languages: Record<string, number> = {};
  let reused = 0;
  const toIndex: { dir: string; files: string[]; outputPath: string; cached: string; key: string }[] = [];
  const sorted = [...shards].sort(([a], [b]) => a.localeCompare(b));
  for (const [dir, shardPages] of sorted) {
    const outputPath = join(bundle, dir);
    const cached = join(cacheDir, 'search-index', dir);
    const key = shardKey(code, shardPages);
    const keyFile = join(cached, 'key');
    if (existsSync(keyFile) && readFileSync(keyFile, 'utf8') === key) {
      cpSync(join(cached, 'bundle'), outputPath, { recursive: true });
      reused += 1;
    } else {
      toIndex.push({ dir, files: shardPages.map((p) => p.path), outputPath, cached, key });
    }
  }
  // The largest first, so that the last one running is a small one.
  toIndex.sort((a, b) => b.files.length - a.files.length || a.dir.localeCompare(b.dir));
  await inParallel(toIndex, jobs, async (shard) => {
    await (jobs > 1 ? indexShardInWorker({ siteDir, files: shard.files, outputPath: shard.outputPath }) : indexShard(siteDir, shard.files, shard.outputPath));
    rmSync(shard.cached, { recursive: true, force: true });
    mkdirSync(shard.cached, { recursive: true });
    cpSync(shard.outputPath, join(shard.cached, 'bundle'), { recursive: true });
    writeFileSync(join(shard.cached, 'key'), shard.key);
  });
  for (const [dir] of sorted) {
    const entry = JSON.parse(readFileSync(join(bundle, dir, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    for (const [lang, v] of Object.entries(entry.languages)) languages[lang] = (languages[lang] ?? 0) + v.page_count;
  }
  const indexed = Object.values(languages).reduce((sum, n) => sum + n, 0);
  return { pages: indexed, seconds: (performance.now() - started) / 1000, languages, shards: shards.size, reused };
}
