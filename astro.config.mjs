// @ts-check
import { defineConfig } from 'astro/config';
import { markdownProcessor } from './src/markdown/index.ts';
import { site } from './src/site.ts';
import { cacheDir, outDir } from './src/lib/env.ts';
import { LOCALES, DEFAULT_LOCALE } from './src/i18n/locales.ts';
import pagefind from './src/search/dev-server.ts';
import sitemap from '@astrojs/sitemap';

export default defineConfig({
  site: site.url,
  // The benchmark and the bad-content tests build other content into other folders.
  outDir,
  cacheDir,
  trailingSlash: 'always',
  // No inline <script> or <style>: the Content-Security-Policy (deploy/nginx.conf) allows only files from 'self'.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  i18n: {
    locales: [...LOCALES],
    defaultLocale: DEFAULT_LOCALE,
    routing: { prefixDefaultLocale: false },
  },
  markdown: { processor: markdownProcessor() },
  devToolbar: { enabled: false },
  integrations: [
    sitemap({
      // hreflang alternates between a page and its counterpart at the same path under /en/.
      i18n: { defaultLocale: DEFAULT_LOCALE, locales: Object.fromEntries(LOCALES.map((l) => [l, l])) },
      filter: (page) => !/\/404\/?$/.test(new URL(page).pathname),
    }),
    pagefind(),
  ],
});
