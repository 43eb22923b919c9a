/**
 * npm run build — build the site into dist/ (or SHIZHONG_OUT_DIR) from
 * content/ (or SHIZHONG_CONTENT_DIR), safely: the content is checked
 * first, everything is built in a fresh folder beside dist/, and dist/ is
 * replaced only by a whole build that passed every step and check. A
 * failed or stopped build leaves dist/ exactly as it was.
 * The steps are listed in scripts/lib/build/steps.ts.
 */
import { build } from './lib/build/run.ts';
import { reportToolFault } from './lib/shared/cli.ts';

process.exitCode = await build().catch((e: unknown) => reportToolFault('build', e));
