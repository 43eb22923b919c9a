/**
 * One Chromium for all the tests of a file: launched before them, closed
 * after them. Call at the top of a test file; the function it returns
 * gives the browser inside a test.
 */
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, type LaunchedBrowser, type LaunchOptions } from '../../scripts/lib/shared/browser.ts';

export function browserForFile(options: LaunchOptions = {}): () => LaunchedBrowser {
  let browser: LaunchedBrowser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser(options);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('the browser is not running yet (browserForFile() starts it in beforeAll)');
    return browser;
  };
}
