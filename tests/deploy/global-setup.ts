/**
 * One build of the real site for the publishing tests, into a temp folder
 * with its own Astro cache (so it never races the `site` project's build
 * over dist/ or node_modules/.astro); nginx, rsync and sshd installed when missing.
 * DEPLOY_DIST=<folder> tests an existing build instead.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureNginx } from '../../scripts/lib/deploy/nginx';
import { runBuild } from '../support/build';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built site the deploy tests publish and serve. */
    deployDist: string;
    /** What `npm run build` printed. */
    deployBuildOutput: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  ensureNginx();
  const tools = spawnSync('bash', [join(import.meta.dirname, 'ensure-tools.sh')], { stdio: 'inherit' });
  if (tools.status !== 0) throw new Error('rsync is needed for the deploy tests (tests/deploy/ensure-tools.sh)');
  const given = process.env.DEPLOY_DIST;
  if (given) {
    project.provide('deployDist', given);
    project.provide('deployBuildOutput', '');
    return () => {};
  }
  const outDir = mkdtempSync(join(tmpdir(), 'shizhong-deploy-dist-'));
  const cache = mkdtempSync(join(tmpdir(), 'shizhong-deploy-cache-'));
  const result = runBuild({ outDir, env: { SHIZHONG_CACHE_DIR: cache } });
  if (result.status !== 0) throw new Error(`npm run build failed (exit ${result.status}):\n${result.output.slice(-6000)}`);
  project.provide('deployDist', outDir);
  project.provide('deployBuildOutput', result.output);
  return () => {
    rmSync(outDir, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
  };
}
