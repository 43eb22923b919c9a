/**
 * The folders of a build, all beside the published one (same file system,
 * so a rename is a move, not a copy):
 *
 *   dist/                      the published site, only ever a whole, good build
 *   .dist.building/            the build in progress
 *   .dist.previous/            the old site, for the instant between two renames
 *   .dist.build-lock           who is building (see lock.ts)
 *
 * The names are the same for every build (the lock lets one build at a
 * time): Astro writes its output folder's path into the code of pages
 * that use images, and its incremental build (src/lib/page-cache.ts)
 * reuses a page only while that code is unchanged.
 */
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export interface BuildFolders {
  out: string;
  building: string;
  previous: string;
  lock: string;
}

export function buildFolders(out: string): BuildFolders {
  const parent = dirname(out);
  const name = basename(out);
  return {
    out,
    building: join(parent, `.${name}.building`),
    previous: join(parent, `.${name}.previous`),
    lock: join(parent, `.${name}.build-lock`),
  };
}

/**
 * Tidy what a killed build left (call with the lock held): its folders
 * are removed; if it died between its two renames, leaving no published
 * folder, the old site is put back. Returns what was done, for the log.
 */
export function recoverLeftovers(out: string): string[] {
  const parent = dirname(out);
  const name = basename(out);
  const done: string[] = [];
  if (!existsSync(parent)) return done;
  // With the lock held, any such folder is a dead build's (earlier versions named them `.dist.building-<pid>`).
  const pattern = new RegExp(`^\\.${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(building|previous)(-\\d+)?$`);
  for (const entry of readdirSync(parent)) {
    const m = pattern.exec(entry);
    if (!m) continue;
    const path = join(parent, entry);
    if (m[1] === 'previous' && !existsSync(out)) {
      renameSync(path, out);
      done.push(`上次构建在替换网站时中断，已把原来的网站放回 ${name}/。`);
    } else {
      rmSync(path, { recursive: true, force: true });
      done.push(`已删除上次中断的构建留下的 ${entry}/。`);
    }
  }
  return done;
}

/** Put the finished build in place of the published site (two renames), and remove the old one. */
export function swapIn(folders: BuildFolders): void {
  const hadOld = existsSync(folders.out);
  if (hadOld) renameSync(folders.out, folders.previous);
  renameSync(folders.building, folders.out);
  if (hadOld) rmSync(folders.previous, { recursive: true, force: true });
}
