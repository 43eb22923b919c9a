/**
 * Launch Debian's Chromium headless through playwright-core, for the
 * browser tests and the search benchmark. Playwright's own browser
 * download does not work on these machines; /usr/bin/chromium does
 * (`apt-get install -y chromium`). Each launch gets a fresh profile, and
 * background networking is off so the only requests are the page's own.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

export interface LaunchedBrowser {
  context: BrowserContext;
  /** A new tab in the browser's one context. */
  newPage(): Promise<Page>;
  /** Close the browser and delete its profile. */
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Viewport size; the default is a desktop window. */
  viewport?: { width: number; height: number };
  /** Accept-Language and navigator.language, e.g. 'zh-CN'. */
  locale?: string;
  /** Turn JavaScript off (to test what a reader without it sees). */
  javaScriptEnabled?: boolean;
  /** Accept any TLS certificate (the benchmark's own server for HTTP/2 has a self-signed one). */
  ignoreHTTPSErrors?: boolean;
}

export async function launchBrowser(options: LaunchOptions = {}): Promise<LaunchedBrowser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}. Install it with: apt-get update && apt-get install -y chromium`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'shizhong-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    locale: options.locale ?? 'zh-CN',
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    ignoreHTTPSErrors: options.ignoreHTTPSErrors ?? false,
  });
  return {
    context,
    newPage: () => context.newPage(),
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
