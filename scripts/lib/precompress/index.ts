/**
 * Precompression of a built site: a `.br` and a `.gz` beside each text file
 * (HTML, CSS, JS, JSON, XML, SVG, plain text, Pagefind's own JS and entry
 * files), so nginx's `brotli_static` and `gzip_static` (deploy/nginx.conf)
 * send them without compressing on every request. Pagefind's index files
 * (`.pf_*`, `wasm.*.pagefind`) are gzip already and are left alone; so are
 * files under MIN_BYTES, and any file whose compressed copy would not be
 * smaller.
 *
 * With a cache folder, the copies are kept there by the hash of the file
 * they are made from, and a file unchanged since the last build gets its
 * copies from the cache as hard links (or copies, across file systems):
 * after an editor changes one article, only the pages that changed are
 * compressed again (at 10,000 articles, ~35 s of every build otherwise).
 * The cache keeps only what the last run used.
 */
import { createHash } from 'node:crypto';
import { copyFile, link, mkdir, readdir, readFile, rename, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** Extensions that are compressed (lower case, with the dot). */
export const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.svg', '.txt', '.webmanifest']);
/** Files smaller than this are sent as they are (nginx would not gain a packet). */
export const MIN_BYTES = 256;
/**
 * Brotli quality: 11 (the best, slow) for hashed assets and Pagefind's
 * scripts, which are few and cached for long; 7 for the many pages. On this
 * site's 117 pages (0.99 MB), quality 7 gave 277 KB in 0.04 s, 10 gave 248 KB
 * in 0.36 s and 11 gave 241 KB in 0.98 s: at 10,000 articles (~330 MB of
 * HTML) 11 would add minutes to every build for 13% fewer bytes.
 */
const QUALITY_ASSETS = 11;
const QUALITY_PAGES = 7;
/**
 * Assets over this size get the pages' quality: quality 11 took ~15 s of a
 * build for the web editor's 12 MB bundle (/admin/ only), which editors
 * load once and then keep for a year.
 */
const LARGE_ASSET_BYTES = 1024 * 1024;
/** How many files are compressed at once (zlib runs on libuv's thread pool). */
const PARALLEL = 8;

export interface PrecompressStats {
  /** Files that got a .br and a .gz. */
  files: number;
  /** Of those, how many got them from the cache (unchanged since the last run). */
  cached: number;
  /** Their bytes as built. */
  bytes: number;
  /** The same files' bytes as brotli, and as gzip. */
  brotliBytes: number;
  gzipBytes: number;
  /** Text files left as they are (too small, or no smaller compressed). */
  skipped: number;
  seconds: number;
}

async function* walk(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile()) yield path;
  }
}

/** Whether `file` is one precompress() writes copies of (by name only). */
export function isCompressible(file: string): boolean {
  return COMPRESSIBLE.has(extname(file).toLowerCase());
}

/** What the copies of a file depend on besides its bytes: the settings here and zlib's version. */
const SETTINGS = JSON.stringify({ QUALITY_ASSETS, QUALITY_PAGES, LARGE_ASSET_BYTES, gzip: 9, zlib: process.versions.zlib, brotli: process.versions.brotli });

/** The cache's name for a file's copies: the hash of its bytes, its kind (the quality depends on it) and SETTINGS. */
function cacheKey(file: string, data: Buffer): string {
  return createHash('sha256').update(SETTINGS).update(extname(file).toLowerCase()).update(data).digest('hex');
}

/** `target` as a hard link to `source` (a fresh name: never written through, so the cache's file stays as it is), or a copy. */
async function place(source: string, target: string): Promise<void> {
  await unlink(target).catch(() => {});
  await link(source, target).catch(() => copyFile(source, target));
}

/** Writes `data` to `path` whole or not at all (a build stopped midway leaves no half-written entry). */
let partials = 0;
async function writeWhole(path: string, data: Buffer): Promise<void> {
  const partial = `${path}.${process.pid}-${partials++}.partial`;
  await writeFile(partial, data);
  await rename(partial, path);
}

async function compressOne(file: string, stats: PrecompressStats, cache: Cache | undefined): Promise<void> {
  const data = await readFile(file);
  if (data.length < MIN_BYTES) {
    stats.skipped++;
    await removeCopies(file);
    return;
  }
  const entry = cache ? cache.entry(cacheKey(file, data)) : undefined;
  const hit = entry ? await stat(`${entry}.br`).catch(() => null) : null;
  if (entry && hit) {
    await Promise.all([place(`${entry}.br`, `${file}.br`), place(`${entry}.gz`, `${file}.gz`)]);
    count(stats, data.length, hit.size, (await stat(`${file}.gz`)).size);
    stats.cached++;
    return;
  }
  if (entry && (await stat(`${entry}.skip`).catch(() => null))) {
    stats.skipped++;
    await removeCopies(file);
    return;
  }
  const { br, gzipped } = await compressed(file, data);
  if (gzipped.length >= data.length || br.length >= data.length) {
    stats.skipped++;
    await removeCopies(file);
    if (entry) await writeWhole(`${entry}.skip`, Buffer.alloc(0));
    return;
  }
  if (entry) {
    await mkdir(join(entry, '..'), { recursive: true });
    await writeWhole(`${entry}.gz`, gzipped);
    // .br last: its presence says the entry is whole.
    await writeWhole(`${entry}.br`, br);
    await Promise.all([place(`${entry}.br`, `${file}.br`), place(`${entry}.gz`, `${file}.gz`)]);
  } else {
    await removeCopies(file);
    await Promise.all([writeFile(`${file}.br`, br), writeFile(`${file}.gz`, gzipped)]);
  }
  count(stats, data.length, br.length, gzipped.length);
}

function count(stats: PrecompressStats, bytes: number, brotliBytes: number, gzipBytes: number): void {
  stats.files++;
  stats.bytes += bytes;
  stats.brotliBytes += brotliBytes;
  stats.gzipBytes += gzipBytes;
}

async function compressed(file: string, data: Buffer): Promise<{ br: Buffer; gzipped: Buffer }> {
  const quality = /\.(css|m?js)$/.test(file) && data.length <= LARGE_ASSET_BYTES ? QUALITY_ASSETS : QUALITY_PAGES;
  const [br, gzipped] = await Promise.all([
    brotli(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: quality,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      },
    }),
    gz(data, { level: 9 }),
  ]);
  return { br, gzipped };
}

/** The cache folder: entries `<hash[0:2]>/<hash>.br|.gz|.skip`; remembers which this run used. */
class Cache {
  private readonly used = new Set<string>();
  private readonly dir: string;
  constructor(dir: string) {
    this.dir = dir;
  }

  entry(key: string): string {
    this.used.add(key);
    return join(this.dir, key.slice(0, 2), key);
  }

  /** Removes every entry this run did not use (and anything else in the folder). */
  async prune(): Promise<void> {
    for (const bucket of await readdir(this.dir).catch(() => [] as string[])) {
      const path = join(this.dir, bucket);
      for (const name of await readdir(path).catch(() => [] as string[])) {
        if (!this.used.has(name.replace(/\.(br|gz|skip)$/, '')) || name.endsWith('.partial')) await rm(join(path, name), { force: true });
      }
    }
  }
}

/** A copy left from an earlier run would be served for a file it no longer matches. */
async function removeCopies(file: string): Promise<void> {
  await Promise.all([unlink(`${file}.br`).catch(() => {}), unlink(`${file}.gz`).catch(() => {})]);
}

/** Write `.br` and `.gz` beside every compressible file under `dir` (kept in `cacheDir` for the next run, when given). */
export async function precompress(dir: string, cacheDir?: string): Promise<PrecompressStats> {
  const started = performance.now();
  if (!(await stat(dir).catch(() => null))?.isDirectory()) {
    throw new Error(`预压缩：找不到网站文件夹 ${dir}，请先运行 npm run build（no built site in ${dir}）`);
  }
  const stats: PrecompressStats = { files: 0, cached: 0, bytes: 0, brotliBytes: 0, gzipBytes: 0, skipped: 0, seconds: 0 };
  const cache = cacheDir === undefined ? undefined : new Cache(cacheDir);
  const running = new Set<Promise<void>>();
  for await (const file of walk(dir)) {
    if (!isCompressible(file)) continue;
    const job = compressOne(file, stats, cache).finally(() => running.delete(job));
    running.add(job);
    if (running.size >= PARALLEL) await Promise.race(running);
  }
  await Promise.all(running);
  await cache?.prune();
  stats.seconds = (performance.now() - started) / 1000;
  return stats;
}

function mb(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

function saved(from: number, to: number): string {
  return from === 0 ? '0%' : `−${Math.round((1 - to / from) * 100)}%`;
}

/** The one-line summary the build prints. */
export function summary(stats: PrecompressStats, shown: string): string {
  return (
    `[precompress] ${stats.files} files in ${shown}/: ${mb(stats.bytes)} → ${mb(stats.brotliBytes)} brotli ` +
    `(${saved(stats.bytes, stats.brotliBytes)}), ${mb(stats.gzipBytes)} gzip (${saved(stats.bytes, stats.gzipBytes)}); ` +
    `saved ${mb(stats.bytes - stats.brotliBytes)} per full download with brotli; ${stats.cached} unchanged since the last build (from the cache); ` +
    `${stats.skipped} small files left as they are; ` +
    `${stats.seconds.toFixed(1)} s`
  );
}
