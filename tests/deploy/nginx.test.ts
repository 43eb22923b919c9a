/**
 * Real nginx (Debian's, with the brotli module) serving a real build with
 * the committed deploy/nginx.conf: status codes, redirects, the 404 page of
 * each language, caching per kind of file, precompressed responses, and the
 * security headers on every response.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { cacheControlFor } from '../../scripts/lib/deploy/cache-control';
import { startNginx, type RunningNginx } from '../../scripts/lib/deploy/nginx';
import { get } from './http';

const dist = inject('deployDist');
let nginx: RunningNginx;
beforeAll(async () => {
  nginx = await startNginx({ root: dist });
});
afterAll(async () => {
  await nginx?.stop();
});

const article = readdirSync(join(dist, 'articles'))[0]!;
const enArticle = readdirSync(join(dist, 'en/articles'))[0]!;
const css = readdirSync(join(dist, '_astro')).find((f) => f.endsWith('.css'))!;
const js = readdirSync(join(dist, '_astro')).find((f) => f.endsWith('.js'))!;
const shard = (lang: string) => join('pagefind', lang, readdirSync(join(dist, 'pagefind', lang))[0]!);
const pfMeta = readdirSync(join(dist, shard('zh-cn'))).find((f) => f.endsWith('.pf_meta'))!;

const SECURITY_HEADERS = ['content-security-policy', 'x-content-type-options', 'referrer-policy', 'permissions-policy', 'x-frame-options'];

function expectSecurityHeaders(res: Awaited<ReturnType<typeof get>>) {
  for (const name of SECURITY_HEADERS) expect(res.header(name), name).toBeTruthy();
  const csp = res.header('content-security-policy')!;
  expect(csp).toContain("default-src 'none'");
  expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).toContain("frame-ancestors 'none'");
  expect(res.header('x-content-type-options')).toBe('nosniff');
  expect(res.header('x-frame-options')).toBe('DENY');
  expect(res.header('referrer-policy')).toBe('strict-origin-when-cross-origin');
  expect(res.header('permissions-policy')).toContain('camera=()');
}

describe('status codes', () => {
  it('serves pages with 200 and the page itself', async () => {
    for (const path of ['/', `/articles/${article}/`, `/en/articles/${enArticle}/`, '/search/', '/en/', '/rss.xml', '/sitemap-index.xml']) {
      const res = await get(`${nginx.url}${path}`);
      expect(res.status, path).toBe(200);
      const file = path.endsWith('/') ? join(dist, path, 'index.html') : join(dist, path);
      expect(res.body.equals(readFileSync(file)), path).toBe(true);
    }
    expect((await get(`${nginx.url}/`)).header('content-type')).toBe('text/html; charset=utf-8');
  });

  it('redirects a folder asked for without its slash with 301 to the URL with it', async () => {
    for (const path of [`/articles/${article}`, '/en', '/search', `/en/articles/${enArticle}`]) {
      const res = await get(`${nginx.url}${path}`);
      expect(res.status, path).toBe(301);
      expect(res.header('location'), path).toBe(`${path}/`);
      expectSecurityHeaders(res);
    }
  });

  it('answers unknown paths with 404 and the Chinese page, under /en/ with the English one', async () => {
    const cases = [
      ['/no-such-page/', 'zh-CN'],
      ['/articles/no-such-article/', 'zh-CN'],
      ['/_astro/', 'zh-CN'],
      ['/en/no-such-page/', 'en'],
      ['/en/articles/nope/', 'en'],
    ] as const;
    for (const [path, lang] of cases) {
      const res = await get(`${nginx.url}${path}`);
      expect(res.status, path).toBe(404);
      expect(res.header('content-type')).toBe('text/html; charset=utf-8');
      const page = parse(res.body.toString('utf8'));
      expect(page.querySelector('html')?.getAttribute('lang'), path).toBe(lang);
      expect(res.body.equals(readFileSync(join(dist, lang === 'en' ? 'en/404/index.html' : '404.html'))), path).toBe(true);
      expect(res.header('cache-control')).toBe('no-cache');
      expectSecurityHeaders(res);
    }
  });

  it('answers 404 for the 404 pages asked for by name, with the page of their language', async () => {
    for (const [path, file] of [
      ['/en/404/', 'en/404/index.html'],
      ['/en/404/index.html', 'en/404/index.html'],
      ['/404.html', '404.html'],
    ] as const) {
      const res = await get(`${nginx.url}${path}`);
      expect(res.status, path).toBe(404);
      expect(res.body.equals(readFileSync(join(dist, file))), path).toBe(true);
    }
  });

  it('does not serve a precompressed copy by its own name', async () => {
    for (const path of ['/index.html.br', '/index.html.gz', '/rss.xml.br']) {
      const res = await get(`${nginx.url}${path}`);
      expect(res.status, path).toBe(404);
      expect(res.header('content-type'), path).toBe('text/html; charset=utf-8');
    }
  });

  it('tells search engines not to index the web editor, and only it', async () => {
    const admin = await get(`${nginx.url}/admin/`);
    expect(admin.status).toBe(200);
    expect(admin.header('x-robots-tag')).toBe('noindex, nofollow');
    expect((await get(`${nginx.url}/`)).header('x-robots-tag')).toBeUndefined();
    // Its data names the repository's content folder, never a path of the machine that built it.
    const data = JSON.parse(parse(admin.body.toString('utf8')).querySelector('#admin-data')!.textContent) as { contentDir: string };
    expect(data.contentDir).toBe('content');
  });

  it('hides dot files', async () => {
    expect((await get(`${nginx.url}/.git/config`)).status).toBe(404);
  });
});

describe('caching', () => {
  const cases: Array<[string, string]> = [
    ['/', 'no-cache'],
    [`/articles/${article}/`, 'no-cache'],
    ['/rss.xml', 'no-cache'],
    ['/sitemap-index.xml', 'no-cache'],
    [`/_astro/${css}`, 'public, max-age=31536000, immutable'],
    [`/_astro/${js}`, 'public, max-age=31536000, immutable'],
    [`/${shard('zh-cn')}/pagefind.js`, 'no-cache'],
    [`/${shard('zh-cn')}/pagefind-entry.json`, 'no-cache'],
    [`/${shard('zh-cn')}/${pfMeta}`, 'public, max-age=86400, must-revalidate'],
    [`/share/${article}.png`, 'public, max-age=3600'],
  ];
  it.each(cases)('%s is served with Cache-Control: %s, as the deploy tool sets it on object stores', async (path, expected) => {
    const res = await get(`${nginx.url}${path}`);
    expect(res.status).toBe(200);
    expect(res.header('cache-control')).toBe(expected);
    const filePath = path.endsWith('/') ? `${path}index.html` : path;
    expect(cacheControlFor(filePath)).toBe(expected);
    expectSecurityHeaders(res);
  });

  it('answers a revalidation with 304 by ETag', async () => {
    const first = await get(`${nginx.url}/`);
    const etag = first.header('etag')!;
    expect(etag).toBeTruthy();
    expect((await get(`${nginx.url}/`, { 'if-none-match': etag })).status).toBe(304);
  });
});

describe('precompressed files', () => {
  const paths = ['/', `/articles/${article}/`, `/_astro/${css}`, `/_astro/${js}`, `/${shard('zh-cn')}/pagefind.js`, '/sitemap-0.xml'];
  it.each(paths)('%s: brotli or gzip by Accept-Encoding, the same bytes once decoded', async (path) => {
    const file = readFileSync(join(dist, path.endsWith('/') ? `${path}index.html` : path));
    const br = await get(`${nginx.url}${path}`, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.header('content-encoding')).toBe('br');
    expect(br.header('vary')).toContain('Accept-Encoding');
    expect(brotliDecompressSync(br.body).equals(file)).toBe(true);
    expect(br.body.length).toBeLessThan(file.length);

    const gz = await get(`${nginx.url}${path}`, { 'accept-encoding': 'gzip' });
    expect(gz.header('content-encoding')).toBe('gzip');
    expect(gunzipSync(gz.body).equals(file)).toBe(true);

    const plain = await get(`${nginx.url}${path}`, { 'accept-encoding': 'identity' });
    expect(plain.header('content-encoding')).toBeUndefined();
    expect(plain.body.equals(file)).toBe(true);
    expectSecurityHeaders(br);
  });

  it("leaves Pagefind's index files alone (they are gzip already)", async () => {
    const res = await get(`${nginx.url}/${shard('zh-cn')}/${pfMeta}`, { 'accept-encoding': 'gzip, br' });
    expect(res.header('content-encoding')).toBeUndefined();
    expect(res.body.equals(readFileSync(join(dist, shard('zh-cn'), pfMeta)))).toBe(true);
  });
});
