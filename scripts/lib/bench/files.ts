/** Walking a built site folder and classifying Pagefind's files (shared by the benchmarks). */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under dir, recursively. */
export function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

/** What a file of Pagefind's bundle is, from its path. */
export function kindOf(path: string): string {
  if (path.includes('/fragment/')) return 'fragments';
  if (path.includes('/index/')) return 'index chunks';
  if (path.includes('/filter/')) return 'filters';
  if (path.endsWith('.pf_meta')) return 'metadata';
  if (path.endsWith('.pagefind')) return 'wasm';
  if (path.endsWith('.js')) return 'script';
  return 'other';
}

export interface IndexFigures {
  bytes: number;
  files: number;
  byKind: Record<string, { bytes: number; files: number }>;
}

/** The size of the search index in <outDir>/pagefind/, by kind of file. */
export function measureIndex(outDir: string): IndexFigures {
  const files = walk(join(outDir, 'pagefind'));
  const byKind: IndexFigures['byKind'] = {};
  let bytes = 0;
  for (const file of files) {
    const size = statSync(file).size;
    bytes += size;
    const kind = kindOf(file);
    byKind[kind] ??= { bytes: 0, files: 0 };
    byKind[kind].bytes += size;
    byKind[kind].files += 1;
  }
  return { bytes, files: files.length, byKind };
}

export const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
export const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(2)} MB`;
