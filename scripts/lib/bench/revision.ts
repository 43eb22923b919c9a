/**
 * Another revision of the portal to build side by side with the working
 * tree (`npm run bench -- --before <rev>`): its files from `git archive`
 * in .bench/rev-<commit>/, sharing this checkout's node_modules. A fix's
 * before/after figures then come from the same run, the same corpus and
 * the same load on the machine.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './build.ts';

/** The folder holding `rev`'s tree (written once per commit), ready to `npm run build` in. */
export function checkoutRevision(benchDir: string, rev: string): { dir: string; commit: string } {
  const commit = execFileSync('git', ['rev-parse', '--short', `${rev}^{commit}`], { cwd: ROOT, encoding: 'utf8' }).trim();
  const dir = join(benchDir, `rev-${commit}`);
  if (!existsSync(join(dir, 'package.json'))) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    execFileSync('sh', ['-c', `git archive --format=tar "${commit}" | tar -x -C "${dir}"`], { cwd: ROOT });
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  }
  return { dir, commit };
}
