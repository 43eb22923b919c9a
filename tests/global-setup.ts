/**
 * Builds the real site once for all build and browser tests (`npm run
 * build` into dist/), then serves it on 127.0.0.1 for the browser tests.
 * Set REUSE_DIST=1 to test an existing dist/ without rebuilding.
 */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { DIST, runBuild } from './support/build';
import { serveStatic } from './support/static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const reuse = process.env.REUSE_DIST === '1' && existsSync(DIST);
  if (!reuse) {
    const result = runBuild({ outDir: DIST });
    if (result.status !== 0) {
      throw new Error(`npm run build failed (exit ${result.status}):\n${result.output.slice(-6000)}`);
    }
  }
  const { server, url } = await serveStatic(DIST);
  project.provide('baseUrl', url);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
