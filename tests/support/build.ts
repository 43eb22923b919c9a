/**
 * Running the real build from tests: `npm run build` for the site, and
 * the same build on other content (bad fixtures) into a scratch folder.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './fixtures';

export { ROOT };
export const DIST = join(ROOT, 'dist');

export interface BuildResult {
  status: number | null;
  output: string;
  outDir: string;
}

/**
 * The environment of a build started from a test: this process's, without
 * the variables vitest sets for its own Vite (NODE_ENV=test, DEV, MODE, …),
 * which Astro's Vite would otherwise read, so the build is the one
 * `npm run build` makes (the search page's `dev` flag, for one).
 */
function buildEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^(VITEST|TEST$|NODE_ENV$|DEV$|PROD$|MODE$|SSR$|BASE_URL$)/.test(key)) delete env[key];
  }
  return env;
}

/**
 * Build the site from `contentDir` (default: the real content) into
 * `outDir`; with other content, in a cache folder of its own (`cacheDir`,
 * or a fresh one).
 */
export function runBuild(options: { contentDir?: string; outDir?: string; cacheDir?: string; env?: Record<string, string> } = {}): BuildResult {
  const outDir = options.outDir ?? mkdtempSync(join(tmpdir(), 'shizhong-dist-'));
  const env: NodeJS.ProcessEnv = { ...buildEnv(), SHIZHONG_OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1', ...options.env };
  if (options.contentDir) {
    env.SHIZHONG_CONTENT_DIR = options.contentDir;
    env.SHIZHONG_CACHE_DIR = options.cacheDir ?? mkdtempSync(join(tmpdir(), 'shizhong-cache-'));
  }
  const result = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir };
}
