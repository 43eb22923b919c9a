/**
 * The benchmark's baseline: a bare Astro 7 site over the same corpus
 * (bench/baseline/: glob collection, article pages, department and topic
 * lists, Astro's default markdown), then Pagefind's CLI over its output.
 * It shares nothing with the portal's code; the benchmark holds the
 * portal's figures against it, built in the same run on the same machine,
 * because absolute seconds here vary by ±30% from run to run.
 */
import { join } from 'node:path';
import { ROOT, runBuild, runDirs, type BuildFigures } from './build.ts';

export const BASELINE_ROOT = join(ROOT, 'bench', 'baseline');

/** Astro's phases as the portal's, then Pagefind's CLI. */
const BASELINE_MARKS: [RegExp, string][] = [
  [/\[content\] Syncing content/, 'content sync'],
  [/\[build\] Building static entrypoints/, 'Vite bundle'],
  [/generating static routes/, 'page rendering'],
  [/Running Pagefind/, 'Pagefind CLI'],
  [/Finished in [\d.]+ seconds/, 'end'],
];

export interface BaselineOptions {
  name: string;
  benchDir: string;
  contentDir: string;
  cold?: boolean;
  echo?: boolean;
}

/** Build the baseline from `contentDir` into <benchDir>/dist-<name>, measured as runBuild() measures the portal. */
export function runBaseline(options: BaselineOptions): Promise<BuildFigures> {
  const { outDir, cacheDir } = runDirs(options.benchDir, options.name);
  return runBuild({
    name: options.name,
    benchDir: options.benchDir,
    cold: options.cold ?? true,
    echo: options.echo ?? false,
    env: { BASELINE_CONTENT_DIR: options.contentDir, BASELINE_OUT_DIR: outDir, BASELINE_CACHE_DIR: cacheDir },
    command: ['sh', '-c', `astro build --root "${BASELINE_ROOT}" && pagefind --site "${outDir}"`],
    marks: BASELINE_MARKS,
  });
}
