/**
 * How long a reader on a phone waits for the first search results:
 * /search/?q=<query> opened in a fresh Chromium tab (empty cache) with
 * the DevTools protocol's network throttling set to Chrome DevTools'
 * "Fast 4G" preset, timed from navigation to the first result shown.
 */
import { launchBrowser } from '../../../tests/support/browser.ts';
import { countingServer } from './queries.ts';

/**
 * Chrome DevTools' "Fast 4G" (`Fast4GConditions` in devtools-frontend's
 * front_end/core/sdk/NetworkManager.ts): 9 Mbit/s down and 1.5 Mbit/s up,
 * each derated by 0.9, and 60 ms latency multiplied by 2.75.
 */
export const FAST_4G = {
  offline: false,
  downloadThroughput: ((9 * 1000 * 1000) / 8) * 0.9,
  uploadThroughput: ((1.5 * 1000 * 1000) / 8) * 0.9,
  latency: 60 * 2.75,
} as const;

export interface ThrottledFigures {
  query: string;
  /** From navigation start to the first result in the list. */
  milliseconds: number;
  /** What the page fetched from /pagefind/ by then. */
  bytes: number;
  requests: number;
}

/** Open the search page for `query` under Fast 4G and time the first result; the median of `runs` fresh tabs. */
export async function measureFirstResults(outDir: string, query: string, runs = 3): Promise<ThrottledFigures> {
  const { server, url, tally } = await countingServer(outDir);
  const times: { milliseconds: number; bytes: number; requests: number }[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const browser = await launchBrowser();
      try {
        const page = await browser.newPage();
        const cdp = await browser.context.newCDPSession(page);
        await cdp.send('Network.enable');
        await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
        await cdp.send('Network.emulateNetworkConditions', FAST_4G);
        const before = { bytes: tally.bytes, requests: tally.requests };
        const started = performance.now();
        await page.goto(`${url}/search/?q=${encodeURIComponent(query)}`, { waitUntil: 'commit' });
        await page.waitForSelector('[data-search-results] > *', { timeout: 120_000 });
        times.push({ milliseconds: performance.now() - started, bytes: tally.bytes - before.bytes, requests: tally.requests - before.requests });
      } finally {
        await browser.close();
      }
    }
  } finally {
    server.close();
  }
  times.sort((a, b) => a.milliseconds - b.milliseconds);
  const median = times[Math.floor(times.length / 2)]!;
  return { query, ...median };
}
