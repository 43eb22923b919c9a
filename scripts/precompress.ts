/**
 * Writes `.br` and `.gz` beside each text file of a built site (the last
 * step of `npm run build`; scripts/lib/precompress/ says which files).
 *
 *   node scripts/precompress.ts [DIR]     DIR: dist/ (or SHIZHONG_OUT_DIR)
 *
 * The copies are kept in <cache>/precompress/ (SHIZHONG_CACHE_DIR, Astro's
 * cache folder by default) for the next build.
 */
import { join, relative, resolve } from 'node:path';
import { cacheDir, outDir } from '../src/lib/env.ts';
import { precompress, summary } from './lib/precompress/index.ts';

const dir = resolve(process.argv[2] ?? outDir);
try {
  const stats = await precompress(dir, resolve(join(cacheDir, 'precompress')));
  console.log(summary(stats, relative(process.cwd(), dir) || '.'));
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
