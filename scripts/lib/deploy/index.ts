/** `npm run deploy`: publish a built site to the configured target, or roll back. */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { loadDeployConfig, type DeployConfig } from './config.ts';
import { deployRsync, rollbackRsync } from './rsync.ts';
import { assertBuiltSite } from './site-files.ts';
import type { DeployOptions, DeployResult, RollbackResult } from './types.ts';

export type { DeployConfig };
export { loadDeployConfig };

/** The commit being published: from the CI runner, else from git. */
export function currentCommit(root: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const fromCi = env.GITHUB_SHA ?? env.CI_COMMIT_SHA;
  if (fromCi) return fromCi;
  const git = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' });
  return git.status === 0 ? git.stdout.trim() : undefined;
}

export async function deploy(config: DeployConfig, siteDir: string, options: DeployOptions & { commit?: string | undefined }): Promise<DeployResult> {
  const dir = resolve(siteDir);
  assertBuiltSite(dir);
  if (config.target.kind === 'rsync') return deployRsync(config.target, dir, config.keep, options);
  // The AWS SDK is loaded only for the object-store target.
  const { deployS3 } = await import('./s3.ts');
  return deployS3(config.target, dir, config.keep, options);
}

export async function rollback(config: DeployConfig, options: DeployOptions): Promise<RollbackResult> {
  if (config.target.kind === 'rsync') return rollbackRsync(config.target, options);
  const { rollbackS3 } = await import('./s3.ts');
  return rollbackS3(config.target, options);
}
