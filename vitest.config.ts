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
          globalSetup: ['tests/deploy/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
