/**
 * The bytes a reader's browser fetches for search queries: the built site
 * served by a local server that tallies every /pagefind/ file it sends,
 * driven by Chromium (shared by the benchmarks).
 */
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createSecureServer, type Http2SecureServer, type Http2ServerRequest, type Http2ServerResponse } from 'node:http2';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { extname, join, normalize } from 'node:path';
import { parse } from 'node-html-parser';
import { launchBrowser } from '../shared/browser.ts';
import { indexedText, settled } from '../shared/search-page.ts';
import { kb, kindOf } from './files.ts';

export interface QueryFigures {
  query: string;
  bytes: number;
  requests: number;
  results: string;
  /** The status line once every year is searched (“search older articles too”), when the first search covered only the newer years. */
  allYears?: string;
  milliseconds: number;
  byKind: Record<string, number>;
  /** Chinese article pages whose indexed text contains the query: what an exact search finds. */
  containing?: number;
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

/** Text files a static host compresses (nginx `gzip_types`, or precompressed .gz/.br files). */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json']);

/**
 * A certificate for 127.0.0.1 made by Debian's openssl for this run:
 * browsers speak HTTP/2 only over TLS (the test's browser is told to
 * accept it).
 */
function selfSignedCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'shizhong-bench-tls-'));
  try {
    if (!existsSync('/usr/bin/openssl')) throw new Error('openssl is needed for the HTTP/2 measurement: apt-get install openssl');
    execFileSync('/usr/bin/openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1',
      '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * A static server for the built site that tallies the bytes of every
 * /pagefind/ file it sends. Like the site's host, it sends text files
 * gzipped to a browser that accepts it; Pagefind's index files
 * (`.pf_*`, `.pagefind`) are compressed already and go as they are. The
 * tally is the bytes on the wire. With `http2`, over TLS with HTTP/2, as
 * deploy/shizhong-site.example.conf serves the site (one connection, every
 * request at once; HTTP/1.1 has six connections a host).
 */
export function countingServer(
  root: string,
  options: { http2?: boolean } = {},
): Promise<{ server: Server | Http2SecureServer; url: string; tally: { bytes: number; requests: number; byKind: Record<string, number> } }> {
  const tally = { bytes: 0, requests: 0, byKind: {} as Record<string, number> };
  const gzipped = new Map<string, Buffer>();
  const handle = (req: IncomingMessage | Http2ServerRequest, response: ServerResponse | Http2ServerResponse): void => {
    // What both protocols' responses do alike.
    const res = response as unknown as NodeJS.WritableStream & { writeHead(status: number, headers?: Record<string, string | number>): unknown };
    const path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) file = root;
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404);
      res.end();
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const gzip = COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    let body: Buffer | undefined;
    if (gzip) {
      body = gzipped.get(file);
      if (!body) gzipped.set(file, (body = gzipSync(readFileSync(file), { level: 9 })));
    }
    const size = body ? body.length : statSync(file).size;
    if (path.startsWith('/pagefind/')) {
      tally.bytes += size;
      tally.requests += 1;
      const kind = kindOf(path);
      tally.byKind[kind] = (tally.byKind[kind] ?? 0) + size;
    }
    res.writeHead(200, { 'content-type': type, 'content-length': size, ...(body ? { 'content-encoding': 'gzip', vary: 'Accept-Encoding' } : {}) });
    if (body) res.end(body);
    else createReadStream(file).pipe(res);
  };
  const server = options.http2 ? createSecureServer({ ...selfSignedCertificate(), allowHTTP1: true }, handle) : createServer(handle);
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      done({ server, url: `${options.http2 ? 'https' : 'http'}://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`, tally });
    }),
  );
}

/**
 * Open /search/?q=<first query>, then type each further query on the same
 * page; the /pagefind/ bytes and requests each one caused, as sent (text
 * files gzipped, see countingServer).
 */
export async function measureQueries(outDir: string, queries: string[]): Promise<QueryFigures[]> {
  const { server, url, tally } = await countingServer(outDir);
  const browser = await launchBrowser();
  const out: QueryFigures[] = [];
  try {
    const page = await browser.newPage();
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
      await settled(page, 120_000);
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
    // Each query over every year, in a tab of its own (so that the figures above stay those of a reader who did not ask).
    for (const q of out) {
      const tab = await browser.newPage();
      await tab.goto(`${url}/search/?q=${encodeURIComponent(q.query)}`);
      await settled(tab, 120_000);
      const older = tab.locator('[data-search-older]');
      if (await older.isVisible()) {
        await older.click();
        await settled(tab, 300_000);
        q.allYears = ((await tab.textContent('[data-search-status]')) ?? '').trim();
      }
      await tab.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  return out;
}

/**
 * How many Chinese article pages contain each query in the text Pagefind
 * indexes (the `data-pagefind-body` element without its
 * `data-pagefind-ignore` parts), to hold the search's result count against.
 */
export function pagesContaining(outDir: string, queries: string[]): Map<string, number> {
  const counts = new Map(queries.map((q) => [q, 0]));
  const dir = join(outDir, 'articles');
  for (const slug of readdirSync(dir)) {
    const file = join(dir, slug, 'index.html');
    if (!existsSync(file)) continue;
    const text = indexedText(parse(readFileSync(file, 'utf8')));
    for (const q of queries) if (text.includes(q)) counts.set(q, (counts.get(q) ?? 0) + 1);
  }
  return counts;
}

/** One line per query: “first query "招商引资": 123.4 KB in 9 requests, 456 ms — …”. */
export function queryLines(queries: QueryFigures[]): string[] {
  return queries.map(
    (q, i) =>
      `${i === 0 ? 'first' : i === 1 ? 'second' : `#${i + 1}`} query ${JSON.stringify(q.query)}: ${kb(q.bytes)} in ${q.requests} requests, ${q.milliseconds.toFixed(0)} ms — ${Object.entries(
        q.byKind,
      )
        .map(([k, v]) => `${k} ${kb(v)}`)
        .join(', ')} — “${q.results}”${q.allYears ? ` (every year: “${q.allYears}”)` : ''}${q.containing === undefined ? '' : `; ${q.containing.toLocaleString('en')} pages contain it`}`,
  );
}

/** The links of the results the search page shows for `query` (all of them, after "show more" if needed up to the first page). */
export async function resultLinks(outDir: string, query: string): Promise<string[]> {
  const { server, url } = await countingServer(outDir);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(`${url}/search/?q=${encodeURIComponent(query)}`);
    await settled(page, 120_000);
    return await page.$$eval('[data-search-results] a[href]', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  } finally {
    await browser.close();
    server.close();
  }
}
