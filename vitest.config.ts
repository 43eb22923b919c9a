import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        // Pure functions and the markdown pipeline: no build needed. Some
        // tests run the editor tools as processes (npm run new, import,
        // lint:content), which take seconds on a busy 2-core machine.
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 30_000 },
      },
      {
        // The web editor (/admin/) in a real browser against `npm run editor`
        // on a temporary copy of the content; it builds that copy itself.
        // Each step waits for the editor to stop loading before it types
        // (Decap re-renders a form as its parts arrive) and starts from the
        // content as it was, so a failed step can be tried once more on a
        // loaded machine.
        test: { name: 'admin', include: ['tests/admin/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 180_000, retry: 1, expect: { poll: { timeout: 20_000 } } },
      },
      {
        // Assertions on the built site (parsed HTML) and in a real browser.
        // One `npm run build` for all of them (tests/global-setup.ts).
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 600_000,
        },
      },
      {
        // Publishing: the committed nginx config in real nginx, deploys to a local
        // folder over rsync and to a local S3 server, the CI workflow.
        // Its own build of the site into a temp folder (tests/deploy/global-setup.ts).
        test: {
          name: 'deploy',
          include: ['tests/deploy/**/*.test.ts'],
          // s3rver makes ListObjectsV2 continuation tokens with DES, which
          // OpenSSL 3 keeps in its legacy provider: without it, listing a
          // bucket of over 1,000 objects (the site has more) fails with 500.
          execArgv: ['--openssl-legacy-provider'],
          globalSetup: ['tests/deploy/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
