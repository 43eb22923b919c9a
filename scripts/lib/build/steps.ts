/**
 * The steps of `npm run build`, in order. Each runs as its own process
 * with SHIZHONG_OUT_DIR pointed at the fresh folder the build writes
 * (never at the published one); the build stops at the first that fails.
 * A new step is one line here. (Before them, the content check runs in
 * its own process: scripts/lib/build/content-check-step.ts.)
 */
import { join } from 'node:path';
import { ROOT } from '../shared/paths.ts';

export interface BuildStep {
  /** Shown to the editor: what the build is doing. */
  name: string;
  /** Arguments to Node (this Node, the project's Node 24). */
  args: string[];
}

export const BUILD_STEPS: readonly BuildStep[] = [
  { name: '生成网页（astro build）', args: [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'] },
  { name: '建立搜索索引（node scripts/search-index.ts）', args: [join(ROOT, 'scripts/search-index.ts')] },
  { name: '预压缩文件（node scripts/precompress.ts）', args: [join(ROOT, 'scripts/precompress.ts')] },
];
