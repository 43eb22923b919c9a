/**
 * Site search with Pagefind.
 *
 * `indexSite()` indexes a built site folder into `<siteDir>/pagefind/`.
 * `npm run build` runs it as its own step once `astro build` has exited
 * (scripts/search-index.ts), so Astro's memory and Pagefind's are never
 * held at the same time (at 10,000 articles: ~2.5 GB and ~5 GB).
 *
 * Only article pages are indexed: they mark their text with
 * `data-pagefind-body`. Each page's Chinese words are marked first
 * (./search-segment.ts), so the index and pagefind.js cut words alike.
 * Each `<html lang>` (zh-CN, en) gets its own index; the search page loads
 * the one of its own language.
 *
 * The integration below only serves `astro dev`: it renders pages on
 * request, so there is nothing to index, and it serves the index of the
 * last `npm run build` from `<outDir>/pagefind/` when there is one, and
 * says how to get one when there is not.
 */
import { createReadStream, existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { extname, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { markHanWordsInHtml } from './search-segment.ts';

/** The folder under the site's output the index is written to, and the URL path it is served at. */
export const BUNDLE_DIR = 'pagefind';

/** The folders of the article pages, the only pages indexed. */
const ARTICLE_DIRS = ['articles', 'en/articles'];
/** Pages handed to Pagefind at once: its binary indexes one while Node prepares the next. */
const IN_FLIGHT = 16;

/** Pagefind's own UIs (Default UI, Modular UI, Component UI, highlighting script), unused here. */
const UNUSED_UI = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
};

export interface IndexStats {
  /** Pages in the index, all languages. */
  pages: number;
  /** Wall time of indexing and writing the index. */
  seconds: number;
  /** Pages per index language, e.g. `{ 'zh-cn': 14, en: 3 }`. */
  languages: Record<string, number>;
}

/** Index a built site folder into `<siteDir>/pagefind/`. */
export async function indexSite(siteDir: string): Promise<IndexStats> {
  const started = performance.now();
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    // Only article pages carry data-pagefind-body; reading the list pages too
    // costs ~10 s and ~1 GB at 10,000 articles for nothing (see README, Performance).
    const files = ARTICLE_DIRS.flatMap((dir) =>
      existsSync(join(siteDir, dir))
        ? readdirSync(join(siteDir, dir), { recursive: true, encoding: 'utf8' })
            .filter((name) => name.endsWith('.html'))
            .map((name) => `${dir}/${name.split(sep).join('/')}`)
        : [],
    );
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
    const bundle = join(siteDir, BUNDLE_DIR);
    const written = await index.writeFiles({ outputPath: bundle });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    // Pagefind also writes its ready-made interfaces; the search page has its own, so they are not published.
    for (const name of readdirSync(bundle)) if (UNUSED_UI.test(name)) rmSync(join(bundle, name));
    const seconds = (performance.now() - started) / 1000;
    const entry = JSON.parse(readFileSync(join(siteDir, BUNDLE_DIR, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const languages = Object.fromEntries(Object.entries(entry.languages).map(([lang, v]) => [lang, v.page_count]));
    // The indexed pages are those with data-pagefind-body.
    const pages = Object.values(languages).reduce((sum, n) => sum + n, 0);
    return { pages, seconds, languages };
  } finally {
    await pagefind.close();
  }
}

export default function pagefindIntegration(): AstroIntegration {
  let outDir: string | undefined;
  return {
    name: 'shizhong:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },

      'astro:server:setup': ({ server, logger }) => {
        const bundle = join(outDir ?? 'dist', BUNDLE_DIR);
        const shown = relative(process.cwd(), bundle) || bundle;
        if (existsSync(join(bundle, 'pagefind.js'))) {
          const built = statSync(join(bundle, 'pagefind-entry.json')).mtime.toLocaleString();
          logger.info(`Search uses the index of the last build (${shown}/, ${built}). Run \`npm run build\` to refresh it.`);
        } else {
          logger.warn(
            `No search index yet: /search/ finds nothing in \`npm run dev\` until you run \`npm run build\` once ` +
              `(it writes ${shown}/, which the dev server then serves).`,
          );
        }
        server.middlewares.use((req, res, next) => {
          const path = (req.url ?? '').split('?')[0] ?? '';
          if (!path.startsWith(`/${BUNDLE_DIR}/`)) return next();
          const file = normalize(join(bundle, decodeURIComponent(path.slice(BUNDLE_DIR.length + 2))));
          if (!file.startsWith(bundle + sep) || !existsSync(file) || !statSync(file).isFile()) {
            res.statusCode = 404;
            res.setHeader('content-type', 'text/plain; charset=utf-8');
            res.end(`No search index at ${shown}/ — run \`npm run build\` first.`);
            return;
          }
          res.setHeader('content-type', TYPES[extname(file)] ?? 'application/octet-stream');
          res.setHeader('cache-control', 'no-cache');
          createReadStream(file).pipe(res);
        });
      },
    },
  };
}
