/**
 * One shard of the search index, indexed by a Pagefind run of its own:
 * each page's Chinese words are marked first (./mark-words.ts), then the
 * index is written to the shard's folder. Run in the build's process or in
 * a worker thread (./shard-worker.ts); ./index-site.ts decides.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { markHanWordsInHtml } from './mark-words.ts';

/** What a worker thread is given: the built site, the shard's pages in it, and where the index goes. */
export interface ShardJob {
  siteDir: string;
  files: string[];
  outputPath: string;
}

/** Pages handed to Pagefind at once: its binary indexes one while Node prepares the next. */
const IN_FLIGHT = 16;

/**
 * Pagefind's own UIs (Default UI, Modular UI, Component UI, highlighting
 * script) and its web worker's script, unused here: the search page has
 * its own interface and runs Pagefind in the page (see ../page/search-client.ts).
 */
const UNUSED_UI = /^pagefind-(ui|modular-ui|component-ui|highlight|worker)\.(js|css)$/;

/** Index one shard's pages into `outputPath` with a Pagefind run of its own. */
export async function indexShard(siteDir: string, files: readonly string[], outputPath: string): Promise<void> {
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const failures: string[] = [];
    for (let i = 0; i < files.length; i += IN_FLIGHT) {
      const added = await Promise.all(
        files.slice(i, i + IN_FLIGHT).map((sourcePath) =>
          index.addHTMLFile({ sourcePath, content: markHanWordsInHtml(readFileSync(join(siteDir, sourcePath), 'utf8')) }),
        ),
      );
      for (const a of added) failures.push(...a.errors);
    }
    if (failures.length > 0) throw new Error(`Pagefind could not index ${siteDir}: ${failures.join('; ')}`);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    // Pagefind also writes its ready-made interfaces and its worker; the search page uses neither, so they are not published.
    for (const name of readdirSync(outputPath)) if (UNUSED_UI.test(name)) rmSync(join(outputPath, name));
  } finally {
    // Ends the Pagefind process, and with it the memory of this shard.
    await pagefind.close();
  }
}
