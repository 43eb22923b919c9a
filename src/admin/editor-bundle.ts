/**
 * The Astro integration that builds the web editor's script (astro.config.mjs;
 * runs in Node, not in the browser).
 *
 * The editor (src/admin/main.ts: Decap CMS, React, the pinyin dictionary) is
 * one large script. esbuild bundles it on its own, outside Astro's Vite:
 *
 * - `astro build`: once, before the pages render; the page links
 *   `/_astro/editor.<hash>.js` (cached a year like every /_astro/ file) and the
 *   file is written when the build is done.
 * - `astro dev`: when the dev server starts, not on the first visit, and again
 *   whenever one of its sources changes (esbuild's watch mode); served at
 *   /admin/editor.js, held back until the build in progress is done.
 *
 * In `astro dev`, /admin/ also gets no Vite client: Astro reloads every page
 * that has one when a content file changes, and saving in the editor changes a
 * content file, so every open editor tab would reload and lose what was typed.
 * The site's pages keep theirs and reload to show the change.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as esbuild from 'esbuild';

const ENTRY = fileURLToPath(new URL('./main.ts', import.meta.url));
/** Where the page finds the script in `astro dev`. */
export const DEV_EDITOR_SCRIPT = '/admin/editor.js';

/** `import css from './x.css?inline'`: the file's text, as Vite gives it (the site's stylesheet for the preview). */
const inlineCss: esbuild.Plugin = {
  name: 'inline-css',
  setup(build) {
    build.onResolve({ filter: /\.css\?inline$/ }, (args) => ({ path: join(args.resolveDir, args.path.replace(/\?inline$/, '')), namespace: 'inline-css' }));
    build.onLoad({ filter: /.*/, namespace: 'inline-css' }, async (args) => ({ contents: await readFile(args.path, 'utf8'), loader: 'text', watchFiles: [args.path] }));
  },
};

function options(extra: esbuild.BuildOptions = {}): esbuild.BuildOptions {
  return {
    entryPoints: [ENTRY],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    outfile: 'editor.js',
    // React and the libraries read NODE_ENV to leave out their development checks.
    define: { 'process.env.NODE_ENV': '"production"' },
    legalComments: 'none',
    logLevel: 'warning',
    plugins: [inlineCss],
    ...extra,
  };
}

export default function editorBundle(): AstroIntegration {
  let built: { name: string; text: Uint8Array } | undefined;
  return {
    name: 'shizhong:editor-bundle',
    hooks: {
      'astro:config:setup': async ({ command, updateConfig, logger }) => {
        let script = DEV_EDITOR_SCRIPT;
        if (command === 'build') {
          const started = Date.now();
          const result = await esbuild.build(options());
          const text = result.outputFiles?.[0]?.contents;
          if (!text) throw new Error('esbuild wrote no editor script');
          const hash = createHash('sha256').update(text).digest('hex').slice(0, 10);
          built = { name: `_astro/editor.${hash}.js`, text };
          script = `/${built.name}`;
          logger.info(`web editor script built in ${((Date.now() - started) / 1000).toFixed(1)} s (${(text.length / 1e6).toFixed(1)} MB)`);
        }
        updateConfig({ vite: { define: { 'import.meta.env.ADMIN_EDITOR_SCRIPT': JSON.stringify(script) } } });
      },

      'astro:build:done': async ({ dir }) => {
        if (!built) return;
        const file = join(fileURLToPath(dir), built.name);
        await mkdir(dirname(file), { recursive: true });
        await writeFile(file, built.text);
      },

      'astro:server:setup': async ({ server, logger }) => {
        let current: Promise<Uint8Array | string>;
        let settle: (value: Uint8Array | string) => void = () => undefined;
        const next = () => {
          current = new Promise((ok) => (settle = ok));
        };
        next();
        const context = await esbuild.context(
          options({
            plugins: [
              inlineCss,
              {
                name: 'serve',
                setup(build) {
                  let started = 0;
                  build.onStart(() => {
                    started = Date.now();
                    // A rebuild: requests from now on wait for it.
                    if (built) next();
                  });
                  build.onEnd((result) => {
                    const text = result.outputFiles?.[0]?.contents;
                    if (text) {
                      built = { name: DEV_EDITOR_SCRIPT, text };
                      logger.info(`web editor script ready (${((Date.now() - started) / 1000).toFixed(1)} s)`);
                      settle(text);
                    } else {
                      const message = result.errors.map((e) => `${e.location?.file ?? ''}:${e.location?.line ?? ''} ${e.text}`).join('\n');
                      logger.error(`the web editor script does not build:\n${message}`);
                      settle(`document.body.textContent = ${JSON.stringify(`网页编辑器的脚本构建失败，请看运行 npm run editor 的终端窗口：\n${message}`)};`);
                    }
                  });
                },
              },
            ],
          }),
        );
        void context.watch();
        server.httpServer?.once('close', () => void context.dispose());

        server.middlewares.use((req, res, next) => {
          const path = (req.url ?? '').split('?')[0];
          if (path === DEV_EDITOR_SCRIPT) {
            void current.then((text) => {
              res.setHeader('content-type', 'text/javascript; charset=utf-8');
              res.setHeader('cache-control', 'no-cache');
              res.end(text);
            });
            return;
          }
          // The Vite client asked for by /admin/: one that does nothing (no reloads).
          const from = req.headers.referer ? new URL(req.headers.referer).pathname : '';
          if (path === '/@vite/client' && from.startsWith('/admin/')) {
            res.setHeader('content-type', 'text/javascript; charset=utf-8');
            res.setHeader('cache-control', 'no-cache');
            res.end('// /admin/ does not follow the dev server (src/admin/editor-bundle.ts).\nexport {};\n');
            return;
          }
          next();
        });
      },
    },
  };
}
