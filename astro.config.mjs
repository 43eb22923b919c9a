// @ts-check
import { defineConfig } from 'astro/config';
import { markdownProcessor } from './src/markdown/index.ts';
import { site } from './src/site.ts';
import { cacheDir, outDir } from './src/lib/env.ts';
import { LOCALES, DEFAULT_LOCALE } from './src/i18n/locales.ts';
import pagefind from './src/search/dev-server.ts';
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
    // The web editor (/admin/): pre-bundle Decap CMS when the dev server starts, not on the first visit.
    optimizeDeps: { include: ['decap-cms-app'] },
  },
  integrations: [
    // Not the 404 page, not the web editor; hreflang alternates between a page and its counterpart under /en/.
    sitemap(sitemapOptions(site.url, LOCALES, DEFAULT_LOCALE)),
    pagefind(),
  ],
});
