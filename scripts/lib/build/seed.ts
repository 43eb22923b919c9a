/**
 * Pages that did not change are not copied into the new build folder page
 * by page: the page-cache keys (src/lib/page-cache.ts) hard-link them from
 * the published site, and Astro, finding them in place, leaves them as
 * they are. The new folder is still swapped in whole (./swap.ts); the
 * published site's files are never written, only linked to.
 *
 * That is safe only while Astro will skip exactly the pages whose key is
 * as in its manifest: the published site must be the one the manifest was
 * written with (not a failed build's since), and the code must be the same
 * (a code change renders pages whose key did not change, and Astro would
 * write into the linked file). After each successful build the manifest's
 * and the code's hashes are recorded beside the cache; the next build
 * links from the site only when both still match.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cacheDir } from '../../../src/lib/env.ts';
import { ROOT } from '../shared/paths.ts';

const RECORD = 'last-site.json';
/** Astro's incremental build manifest (astro/dist/core/build/incremental.js). */
export const MANIFEST = 'incremental-build.json';

function hashFile(path: string): string | undefined {
  return existsSync(path) ? createHash('sha256').update(readFileSync(path)).digest('hex') : undefined;
}

/** A hash of the site's code: src/, the Astro config, the installed packages. */
function codeHash(): string {
  const hash = createHash('sha256');
  const files = readdirSync(join(ROOT, 'src'), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
  for (const file of [...files, join(ROOT, 'astro.config.mjs'), join(ROOT, 'package-lock.json')]) {
    if (existsSync(file)) hash.update(`${file.slice(ROOT.length)}\0`).update(readFileSync(file));
  }
  return hash.digest('hex');
}

interface Record_ {
  site: string;
  manifest: string;
  code: string;
}

/** The published site to link unchanged pages from (SHIZHONG_SEED_FROM for the Astro step), or undefined. */
export function seedSource(out: string): string | undefined {
  const dir = resolve(cacheDir);
  try {
    const record = JSON.parse(readFileSync(join(dir, RECORD), 'utf8')) as Record_;
    const ok = record.site === out && existsSync(out) && record.manifest === hashFile(join(dir, MANIFEST)) && record.code === codeHash();
    return ok ? out : undefined;
  } catch {
    return undefined;
  }
}

/** After a successful swap: the published site is the one Astro's manifest describes. */
export function recordSite(out: string): void {
  const dir = resolve(cacheDir);
  const manifest = hashFile(join(dir, MANIFEST));
  if (manifest) writeFileSync(join(dir, RECORD), JSON.stringify({ site: out, manifest, code: codeHash() } satisfies Record_));
}
