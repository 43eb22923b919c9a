/**
 * The files of a built site as a deploy sees them: path, content hash,
 * type and caching, and the order they go up in (hashed assets first,
 * then everything else, pages last), so that no page is live before the
 * CSS, scripts and search files it names.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { cacheControlFor, contentTypeFor } from './cache-control.ts';

export interface SiteFile {
  /** Path inside the site, with `/` and no leading slash: `articles/x/index.html`. */
  path: string;
  size: number;
  /** SHA-256 of the bytes, hex. */
  sha256: string;
  contentType: string;
  cacheControl: string;
}

/** Upload wave of a path: 0 hashed assets, 1 the rest, 2 pages (and their .br/.gz). */
export function wave(path: string): 0 | 1 | 2 {
  if (path.startsWith('_astro/')) return 0;
  if (/\.html(\.br|\.gz)?$/.test(path)) return 2;
  return 1;
}

/** Files in upload order: by wave, then by path. */
export function inUploadOrder<T extends { path: string }>(files: readonly T[]): T[] {
  return [...files].sort((a, b) => wave(a.path) - wave(b.path) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Refuse a folder that is not a built site, in the editors' language. */
export function assertBuiltSite(dir: string): void {
  if (!existsSync(join(dir, 'index.html')) || !existsSync(join(dir, '404.html'))) {
    throw new Error(`发布：${dir} 里没有建好的网站（缺 index.html 或 404.html），请先运行 npm run build（no built site in ${dir}）`);
  }
}

/** Every file of the site under `dir`. `precompressed: false` leaves out the .br/.gz copies. */
export function listSiteFiles(dir: string, options: { precompressed: boolean }): SiteFile[] {
  const out: SiteFile[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const abs = join(folder, entry.name);
      if (entry.isDirectory()) walk(abs);
      else if (entry.isFile()) {
        const path = relative(dir, abs).split(sep).join('/');
        if (!options.precompressed && /\.(br|gz)$/.test(path)) continue;
        const data = readFileSync(abs);
        out.push({
          path,
          size: statSync(abs).size,
          sha256: createHash('sha256').update(data).digest('hex'),
          contentType: contentTypeFor(`/${path}`),
          cacheControl: cacheControlFor(`/${path}`),
        });
      }
    }
  };
  walk(dir);
  return inUploadOrder(out);
}
