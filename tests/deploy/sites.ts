/** Helpers for the deploy tests: running `npm run deploy` and making a changed copy of the built site. */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { precompress } from '../../scripts/lib/precompress/index';
import { ROOT } from '../support/build';

export interface DeployRun {
  status: number | null;
  output: string;
}

/**
 * Run the real command, `node scripts/deploy.ts …` (what `npm run deploy -- …` runs),
 * with only `env` as its settings. Asynchronous: the S3 server it talks to runs in this process.
 */
export function runDeploy(args: string[], env: Record<string, string>): Promise<DeployRun> {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('SHIZHONG_DEPLOY_') && !k.startsWith('AWS_')));
  const child = spawn(process.execPath, ['scripts/deploy.ts', ...args], {
    cwd: ROOT,
    env: { ...clean, SHIZHONG_DEPLOY_CONFIG: join(tmpdir(), 'shizhong-no-deploy-config.json'), ...env },
  });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr.on('data', (c: Buffer) => (output += c.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, output }));
  });
}

export interface Variant {
  dir: string;
  /** The article page whose text changed. */
  changed: string;
  /** A page only this version has. */
  added: string;
  /** A page this version no longer has. */
  removed: string;
}

/** A copy of the built site with one article changed, one page added and one removed, precompressed again. */
export async function changedCopy(dist: string): Promise<Variant> {
  const dir = mkdtempSync(join(tmpdir(), 'shizhong-site-v2-'));
  cpSync(dist, dir, { recursive: true });
  const [first, second] = readdirSync(join(dir, 'articles')).sort();
  const changed = `articles/${first}/index.html`;
  writeFileSync(join(dir, changed), readFileSync(join(dir, changed), 'utf8').replace('</main>', '<p>更正：本文第二段的日期有误，已改正。</p></main>'));
  const added = 'articles/deploy-test-added/index.html';
  mkdirSync(join(dir, 'articles/deploy-test-added'));
  writeFileSync(join(dir, added), '<!doctype html><html lang="zh-CN"><title>新增</title><p>新增的文章。</p></html>');
  const removed = `articles/${second}/index.html`;
  rmSync(join(dir, 'articles', second!), { recursive: true });
  await precompress(dir);
  return { dir, changed, added, removed };
}

/** Every file under `dir` as a path relative to it. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

/** Files of `site` that `base` lacks or holds with other bytes: what a deploy of `site` over `base` must send. */
export function differingFiles(base: string, site: string): string[] {
  return listFiles(site).filter((f) => !existsSync(join(base, f)) || !readFileSync(join(base, f)).equals(readFileSync(join(site, f))));
}
