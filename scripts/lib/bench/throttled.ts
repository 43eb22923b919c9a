/**
 * How long a reader on a phone waits for the first search results:
 * /search/?q=<query> opened in a fresh Chromium tab (empty cache) with
 * the DevTools protocol's network throttling set to Chrome DevTools'
 * "Fast 4G" preset, timed from the start of the navigation to the first
 * result painted, by the page's own clock.
 */
import { launchBrowser } from '../shared/browser.ts';
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

/**
 * Runs in the page before its own scripts: notes when the first result is
 * in the list and painted (the frame after it is added), on the page's
 * clock, whose zero is the start of the navigation. (Until December 2026
 * the benchmark timed Playwright's waitForSelector from the test's side:
 * its polling, at intervals up to 500 ms, saw results 0.1–0.5 s late.)
 */
const FIRST_RESULT_CLOCK = (): void => {
  const w = window as unknown as { firstResultPainted?: number };
  const watch = new MutationObserver(() => {
    if (!document.querySelector('[data-search-results] > *')) return;
    watch.disconnect();
    requestAnimationFrame(() => requestAnimationFrame(() => (w.firstResultPainted = performance.now())));
  });
  watch.observe(document, { childList: true, subtree: true });
};

export interface ThrottledFigures {
  query: string;
  protocol: 'http/1.1' | 'h2';
  /** From the start of the navigation to the first result painted, on the page's clock. */
  milliseconds: number;
  /** What the page fetched from /pagefind/ by then. */
  bytes: number;
  requests: number;
}

/** Open the search page for `query` under Fast 4G and time the first result; the median of `runs` fresh tabs. */
export async function measureFirstResults(outDir: string, query: string, runs = 3, protocol: 'http/1.1' | 'h2' = 'h2'): Promise<ThrottledFigures> {
  const { server, url, tally } = await countingServer(outDir, { http2: protocol === 'h2' });
  const times: { milliseconds: number; bytes: number; requests: number }[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const browser = await launchBrowser({ ignoreHTTPSErrors: protocol === 'h2' });
      try {
        const page = await browser.newPage();
        const cdp = await browser.context.newCDPSession(page);
        await cdp.send('Network.enable');
        await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
        await cdp.send('Network.emulateNetworkConditions', FAST_4G);
        await page.addInitScript(FIRST_RESULT_CLOCK);
        const before = { bytes: tally.bytes, requests: tally.requests };
        await page.goto(`${url}/search/?q=${encodeURIComponent(query)}`, { waitUntil: 'commit' });
        const milliseconds = await page.waitForFunction(() => (window as unknown as { firstResultPainted?: number }).firstResultPainted).then((h) => h.jsonValue() as Promise<number>);
        times.push({ milliseconds, bytes: tally.bytes - before.bytes, requests: tally.requests - before.requests });
      } finally {
        await browser.close();
      }
    }
  } finally {
    server.close();
  }
  times.sort((a, b) => a.milliseconds - b.milliseconds);
  const median = times[Math.floor(times.length / 2)]!;
  return { query, protocol, ...median };
}
