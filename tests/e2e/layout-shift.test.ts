/**
 * The search page does not jump as results arrive: cumulative layout
 * shift measured in Chromium with a PerformanceObserver, from the first
 * paint until the results of /search/?q=招商引资 are shown.
 */
import { describe, expect, inject, it } from 'vitest';
import { browserForFile } from '../support/browser-per-file';
import { settled } from '../../scripts/lib/shared/search-page.ts';

const baseUrl = inject('baseUrl');
const browser = browserForFile();

/** Layout shifts not caused by input, summed, on the page as it loads and searches. */
async function layoutShift(path: string, viewport: { width: number; height: number }): Promise<{ cls: number; results: number; shifts: string[] }> {
  const page = await browser().newPage();
  await page.setViewportSize(viewport);
  await page.addInitScript(() => {
    const w = window as unknown as { __cls: number; __shifts: string[] };
    w.__cls = 0;
    w.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] })[]) {
        if (entry.hadRecentInput) continue;
        w.__cls += entry.value;
        const nodes = (entry.sources ?? []).map((s) => (s.node instanceof Element ? `${s.node.tagName.toLowerCase()}.${s.node.className}` : String(s.node?.nodeName)));
        w.__shifts.push(`${entry.value.toFixed(3)} ${nodes.join(' ')}`);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(`${baseUrl}${path}`);
  await settled(page);
  // Shifts are reported after the frame that made them.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.waitForTimeout(300);
  const { cls, shifts } = await page.evaluate(() => {
    const w = window as unknown as { __cls: number; __shifts: string[] };
    return { cls: w.__cls, shifts: w.__shifts };
  });
  const results = await page.locator('[data-search-results] > li').count();
  await page.close();
  return { cls, results, shifts };
}

describe('search page layout shift', () => {
  for (const [name, viewport] of [
    ['a desktop window', { width: 1280, height: 900 }],
    ['a phone', { width: 390, height: 844 }],
  ] as const) {
    it(`stays under 0.1 on ${name} while the results of 招商引资 arrive`, async () => {
      const { cls, results, shifts } = await layoutShift(`/search/?q=${encodeURIComponent('招商引资')}`, viewport);
      expect(results).toBeGreaterThan(0);
      expect(cls, shifts.join('\n')).toBeLessThan(0.1);
    });
  }
});
