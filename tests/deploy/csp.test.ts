/**
 * The Content-Security-Policy of deploy/nginx.conf against the real pages:
 * no built page carries inline script, style or event handlers (so the
 * policy needs no hashes that could go stale), and Chromium through nginx
 * loads the home page, an article and a search with results with no CSP
 * violation, the reading tools and Pagefind working.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startNginx, type RunningNginx } from '../../scripts/lib/deploy/nginx';
import { launchBrowser, type LaunchedBrowser } from '../../scripts/lib/shared/browser.ts';
import { settled } from '../../scripts/lib/shared/search-page.ts';

const dist = inject('deployDist');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
}

describe('built pages', () => {
  it('have no inline script (data blocks aside: JSON-LD, the web editor\'s JSON), style element, style attribute or event handler', () => {
    const files = htmlFiles(dist);
    expect(files.length).toBeGreaterThan(50);
    const found: string[] = [];
    for (const file of files) {
      const root = parse(readFileSync(file, 'utf8'));
      const where = file.slice(dist.length);
      for (const s of root.querySelectorAll('script')) {
        // A data block (application/json, application/ld+json) is never run, so the policy does not apply to it.
        const type = s.getAttribute('type') ?? '';
        if (!s.getAttribute('src') && !/^application\/(ld\+)?json$/.test(type)) found.push(`${where}: inline <script>`);
      }
      if (root.querySelector('style')) found.push(`${where}: <style>`);
      for (const el of root.querySelectorAll('*')) {
        for (const name of Object.keys(el.attributes)) {
          if (name === 'style' || /^on/i.test(name)) found.push(`${where}: ${el.tagName.toLowerCase()}[${name}]`);
        }
      }
    }
    expect(found).toEqual([]);
  });
});

interface Watched {
  violations: string[];
  errors: string[];
}

/** Record CSP violations (as the page reports them, and in the console) and script errors. */
async function watch(page: Page): Promise<Watched> {
  const watched: Watched = { violations: [], errors: [] };
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const w = window as unknown as { __csp?: string[] };
      (w.__csp ??= []).push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  page.on('console', (msg) => {
    if (/Content Security Policy/i.test(msg.text())) watched.violations.push(msg.text());
    else if (msg.type() === 'error') watched.errors.push(msg.text());
  });
  page.on('pageerror', (error) => watched.errors.push(error.message));
  return watched;
}

async function reported(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
}

describe('Chromium through nginx', () => {
  let nginx: RunningNginx;
  let browser: LaunchedBrowser;
  beforeAll(async () => {
    nginx = await startNginx({ root: dist });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await nginx?.stop();
  });

  const article = readdirSync(join(dist, 'articles'))[0]!;

  it('loads the home page, an article and the English home page with no CSP violation, the reading tools working', async () => {
    for (const path of ['/', `/articles/${article}/`, '/en/']) {
      const page = await browser.newPage();
      const watched = await watch(page);
      const response = await page.goto(`${nginx.url}${path}`, { waitUntil: 'load' });
      expect(response?.status()).toBe(200);
      expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
      // The reading tools' module script ran: it shows its buttons.
      await page.waitForSelector('[data-reading-tools]:not([hidden])');
      expect(await reported(page)).toEqual([]);
      expect(watched.violations).toEqual([]);
      expect(watched.errors).toEqual([]);
      await page.close();
    }
  });

  it('applies a saved text size before the first paint (the init script in <head> runs as a file)', async () => {
    const page = await browser.newPage();
    const watched = await watch(page);
    await page.goto(`${nginx.url}/articles/${article}/`);
    await page.evaluate(() => localStorage.setItem('sz-font-size', 'large'));
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset.fontSize)).toBe('large');
    expect(watched.violations).toEqual([]);
    await page.evaluate(() => localStorage.removeItem('sz-font-size'));
    await page.close();
  });

  it('runs a search with results (Pagefind and its WebAssembly in the page, no worker) with no CSP violation, each preloaded index file fetched once', async () => {
    const page = await browser.newPage();
    const watched = await watch(page);
    // No HTTP cache: a preload the page's fetch did not match would show as a second request.
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/pagefind/')) fetched.push(request.url().slice(nginx.url.length));
    });
    await page.goto(`${nginx.url}/search/?q=${encodeURIComponent('招商引资')}`);
    await settled(page);
    expect(await page.locator('.search-result').count()).toBeGreaterThan(0);
    const preloaded = await page.$$eval('link[rel=preload][href^="/pagefind/"]', (links) => links.map((l) => l.getAttribute('href')!));
    expect(preloaded.length).toBeGreaterThanOrEqual(4);
    for (const url of preloaded) expect(fetched.filter((f) => f === url), url).toHaveLength(1);
    expect(fetched.some((f) => f.includes('pagefind-worker'))).toBe(false);
    expect(await reported(page)).toEqual([]);
    expect(watched.violations).toEqual([]);
    expect(watched.errors).toEqual([]);
    await page.close();
  });
});

describe('the policy is enforced', () => {
  let copy: string;
  let nginx: RunningNginx;
  let browser: LaunchedBrowser;
  beforeAll(async () => {
    copy = mkdtempSync(join(tmpdir(), 'shizhong-csp-'));
    cpSync(dist, copy, { recursive: true });
    // A page as it would be if someone added an inline script (no precompressed copy: nginx serves this file).
    const file = join(copy, 'index.html');
    writeFileSync(file, readFileSync(file, 'utf8').replace('</head>', '<script>document.title = "injected"</script></head>'));
    rmSync(`${file}.br`);
    rmSync(`${file}.gz`);
    nginx = await startNginx({ root: copy });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await nginx?.stop();
    rmSync(copy, { recursive: true, force: true });
  });

  it('blocks an inline script, and the test sees the violation', async () => {
    const page = await browser.newPage();
    const watched = await watch(page);
    await page.goto(`${nginx.url}/`);
    expect(await page.title()).not.toBe('injected');
    expect((await reported(page)).some((v) => v.startsWith('script-src'))).toBe(true);
    expect(watched.violations.length).toBeGreaterThan(0);
    await page.close();
  });
});
