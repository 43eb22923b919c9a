/**
 * Publishes the built site to the target in deploy/deploy.config.json or
 * the SHIZHONG_DEPLOY_* environment variables (docs/部署.md), keeping the
 * last releases; --rollback puts the previous one back.
 *
 *   npm run deploy                      publish dist/ (or SHIZHONG_OUT_DIR)
 *   npm run deploy -- --dry-run         say what would be done, change nothing
 *   npm run deploy -- --rollback        put the previous release back
 *   npm run deploy -- --dir PATH        publish another built folder
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { outDir } from '../src/lib/env.ts';
import { currentCommit, deploy, loadDeployConfig, rollback } from './lib/deploy/index.ts';

const ROOT = resolve(import.meta.dirname, '..');
let values;
try {
  ({ values } = parseArgs({
    options: {
      'dry-run': { type: 'boolean', default: false },
      rollback: { type: 'boolean', default: false },
      dir: { type: 'string', default: outDir },
      verbose: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  }));
} catch (error) {
  console.error(`${(error as Error).message}\n用法：npm run deploy -- [--dry-run] [--rollback] [--dir 网站文件夹] [--verbose]`);
  process.exit(2);
}
if (values.help) {
  console.log('用法：npm run deploy -- [--dry-run 只说会做什么] [--rollback 回到上一个版本] [--dir 网站文件夹，默认 dist] [--verbose]\n发布目标的设置见 docs/部署.md。');
  process.exit(0);
}
const log = {
  info: (message: string) => console.log(message),
  ...(values.verbose ? { debug: (message: string) => console.log(message) } : {}),
};
try {
  const config = loadDeployConfig(ROOT);
  const options = { log, dryRun: values['dry-run'] };
  if (values.rollback) await rollback(config, options);
  else await deploy(config, values.dir, { ...options, commit: currentCommit(ROOT) });
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
