/**
 * The search page's preloads (src/search/indexing/preloads.ts) in the built site:
 * they name the newest shard's files as Pagefind fetches them, the page's
 * script imports, and nothing that was not written. That the browser uses
 * them (one request each) is checked through nginx in
 * tests/deploy/csp.test.ts.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { entryCacheTag, addSearchPreloads } from '../../src/search/indexing/preloads';
import { DIST } from '../support/build';
import { fileFor, page, pageExists } from '../support/html';

const SEARCH_PAGES = ['/search/', '/en/search/'];

/** A copy of what the preloads read and write: the search pages, the index, the scripts and the home page. */
function siteCopy(): string {
  const copy = mkdtempSync(join(tmpdir(), 'shizhong-preloads-'));
  for (const part of ['search', 'en/search', 'pagefind', '_astro', 'index.html']) cpSync(join(DIST, part), join(copy, part), { recursive: true });
  return copy;
}

function preloads(path: string, root = DIST) {
  const doc = page(path, root);
  return {
    pagefind: doc.querySelector('link[rel=modulepreload][href$="/pagefind.js"]')?.getAttribute('href'),
    fetches: doc.querySelectorAll('link[rel=preload]').map((l) => ({ href: l.getAttribute('href')!, as: l.getAttribute('as'), crossorigin: l.hasAttribute('crossorigin'), entry: l.hasAttribute('data-pagefind-entry') })),
    modules: doc.querySelectorAll('link[rel=modulepreload]').map((l) => l.getAttribute('href')!),
    scripts: doc.querySelectorAll('script[type=module][src]').map((s) => s.getAttribute('src')!),
  };
}

describe('the search page preloads the first search', () => {
  for (const path of SEARCH_PAGES) {
    it(`${path}: the newest shard's entry (with its content tag), metadata, WebAssembly and filter index, as fetches the page's fetch() matches`, () => {
      const { pagefind, fetches } = preloads(path);
      expect(pagefind).toMatch(/^\/pagefind\/(zh-cn|en)\/[\d-]+\/pagefind\.js$/);
      const shard = pagefind!.replace(/pagefind\.js$/, '');
      for (const f of fetches) {
        expect(f.href.startsWith(shard), f.href).toBe(true);
        expect(f.as).toBe('fetch');
        expect(f.crossorigin).toBe(true);
        expect(pageExists(new URL(f.href, 'http://site').pathname), f.href).toBe(true);
      }
      const entry = fetches.filter((f) => f.entry);
      expect(entry).toHaveLength(1);
      const entryUrl = new URL(entry[0]!.href, 'http://site');
      expect(entryUrl.pathname).toBe(`${shard}pagefind-entry.json`);
      const entryText = readFileSync(fileFor(entryUrl.pathname), 'utf8');
      expect(entryUrl.searchParams.get('ts')).toBe(entryCacheTag(entryText));
      const { languages } = JSON.parse(entryText) as { languages: Record<string, { hash: string; wasm: string | null }> };
      const [language] = Object.values(languages);
      const names = fetches.map((f) => f.href.slice(shard.length));
      expect(names).toContain(`pagefind.${language!.hash}.pf_meta`);
      expect(names).toContain(`wasm.${language!.wasm ?? 'unknown'}.pagefind`);
      expect(names.filter((n) => n.startsWith('filter/') && n.endsWith('.pf_filter'))).toHaveLength(1);
      // Pagefind runs in the page: its worker's script is not published.
      expect(pageExists(`${shard}pagefind-worker.js`)).toBe(false);
      expect(pageExists(`${shard}pagefind.js`)).toBe(true);
    });

    it(`${path}: every module its scripts import, so the browser need not wait for each script to find them`, () => {
      const { modules, scripts } = preloads(path);
      const searchScript = scripts.find((s) => s.includes('SearchPage'));
      expect(searchScript).toBeDefined();
      const source = readFileSync(fileFor(searchScript!), 'utf8');
      const imported = [...source.matchAll(/from"(\.\/[^"]+\.js)"/g)].map((m) => new URL(m[1]!, `http://site${searchScript}`).pathname);
      // The script may be one chunk with no imports (Vite splits out only modules another page's script shares).
      for (const url of imported) expect(modules, url).toContain(url);
    });
  }

  it('writes them again, not twice, when a built site is indexed again', async () => {
    const copy = siteCopy();
    try {
      const before = readFileSync(join(copy, 'search/index.html'), 'utf8');
      expect(await addSearchPreloads(copy, join(copy, 'search/index.html'))).toBe(true);
      expect(readFileSync(join(copy, 'search/index.html'), 'utf8')).toBe(before);
      // A page without the pagefind.js preload (a dev build, a language without articles) is left alone.
      expect(await addSearchPreloads(copy, join(copy, 'index.html'))).toBe(false);
      expect(parse(readFileSync(join(copy, 'index.html'), 'utf8')).querySelector('link[rel=preload][as=fetch]')).toBeNull();
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it('refuses to name a file the index does not have', async () => {
    const copy = siteCopy();
    try {
      const { fetches } = preloads('/search/');
      const wasm = fetches.find((f) => f.href.includes('/wasm.'))!.href;
      rmSync(join(copy, wasm));
      await expect(addSearchPreloads(copy, join(copy, 'search/index.html'))).rejects.toThrow(/wasm\..*not written/);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
