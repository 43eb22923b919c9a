// @ts-check
import { defineConfig } from 'astro/config';
import { markdownProcessor } from './src/markdown/index.ts';
import { site } from './src/site.ts';
import { cacheDir, outDir, productionBuild } from './src/lib/env.ts';
import { missingGovSettings } from './src/lib/gov-footer.ts';
import { LOCALES, DEFAULT_LOCALE } from './src/i18n/locales.ts';
import serveBuiltSearchIndex from './src/search/indexing/serve-built-index.ts';
import editorBundle from './src/admin/editor-bundle.ts';
import sitemap from '@astrojs/sitemap';
import { sitemapOptions } from './src/lib/sitemap-alternates.ts';

export default defineConfig({
  site: site.url,
  // The benchmark and the bad-content tests build other content into other folders.
  outDir,
  cacheDir,
  trailingSlash: 'always',
  // No inline <script> or <style>: the Content-Security-Policy (deploy/nginx.conf) allows only files from 'self'.
  build: { format: 'directory', inlineStylesheets: 'never' },
  i18n: {
    locales: [...LOCALES],
    defaultLocale: DEFAULT_LOCALE,
    routing: { prefixDefaultLocale: false },
  },
  markdown: { processor: markdownProcessor() },
  devToolbar: { enabled: false },
  // Pages whose key (src/lib/page-cache.ts) and code are as in the last build are copied from the cache, not rendered.
  // Not experimental.parallelPrerender: at 10,000 articles each worker holds the whole content store, and
  // one and two workers both ended with "Worker terminated due to reaching memory limit" (6.4–6.9 GB in all).
  experimental: { incrementalBuild: true },
  vite: {
    // No asset inlined as a data: URL either (the same policy).
    build: { assetsInlineLimit: 0 },
  },
  integrations: [
    // Not the 404 page, not the web editor; hreflang alternates between a page and its counterpart under /en/.
    sitemap(sitemapOptions(site.url, LOCALES, DEFAULT_LOCALE)),
    // astro dev: the search index of the last `npm run build` (the dev server builds none).
    serveBuiltSearchIndex(),
    {
      // A published build names the government-site settings still empty in src/site.ts (site.gov).
      name: 'shizhong-gov-settings',
      hooks: {
        'astro:build:start': ({ logger }) => {
          const missing = productionBuild() ? missingGovSettings(site.gov) : [];
          if (missing.length > 0) {
            logger.warn(`警告：政府网站必须展示的以下信息还没有填写（src/site.ts 的 gov，做法见 docs/部署.md“政府网站标识与备案信息”），页脚暂不显示：\n  - ${missing.join('\n  - ')}`);
          }
        },
      },
    },
    // The web editor's script (/admin/), built by esbuild ahead of the first visit.
    editorBundle(),
  ],
});
