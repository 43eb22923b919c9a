/**
 * Shared by the search browser tests and the benchmarks: the text an
 * article page gives Pagefind, and waiting for the search page.
 */
import type { HTMLElement as ParsedElement } from 'node-html-parser';
import type { Page } from 'playwright-core';

/** The text inside data-pagefind-body, without data-pagefind-ignore parts, one line per block. */
export function indexedText(root: ParsedElement): string {
  const body = root.querySelector('[data-pagefind-body]');
  if (!body) return '';
  for (const ignored of body.querySelectorAll('[data-pagefind-ignore]')) ignored.remove();
  return body.structuredText;
}

/** Wait until the search page has finished the search for the current URL. */
export async function settled(page: Page, timeout = 20_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const root = document.querySelector('[data-search-root]');
      const body = document.querySelector<HTMLElement>('[data-search-body]');
      return !!root && !root.hasAttribute('aria-busy') && !!body && !body.hidden;
    },
    null,
    { timeout },
  );
}
