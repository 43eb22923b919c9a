/**
 * The Astro integration for `astro dev` (astro.config.mjs): the dev
 * server renders pages on request, so there is nothing to index; it
 * serves the index of the last `npm run build` from `<outDir>/pagefind/`
 * when there is one, and says how to get one when there is not. The index
 * itself is built by ./index-site.ts.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { BUNDLE_DIR } from '../shards.ts';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
};

export default function serveBuiltSearchIndex(): AstroIntegration {
  let outDir: string | undefined;
  return {
    name: 'shizhong:serve-built-search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },

      'astro:server:setup': ({ server, logger }) => {
        const bundle = join(outDir ?? 'dist', BUNDLE_DIR);
        const shown = relative(process.cwd(), bundle) || bundle;
        if (existsSync(bundle)) {
          const built = statSync(bundle).mtime.toLocaleString();
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
