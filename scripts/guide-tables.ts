/**
 * `npm run guide:tables`: print the editor guide's generated parts (field
 * tables, the linter's rule table, the lists of columns, types,
 * departments and topics); `-- --write` replaces them in docs/编辑指南.md;
 * `-- --check` only says whether they are up to date (exit 1 when not).
 * See scripts/lib/guide/tables.ts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readContent } from './lib/shared/content.ts';
import { guideBlocks, staleBlocks, withBlocks } from './lib/guide/tables.ts';
import { CONTENT, ROOT } from './lib/shared/paths.ts';
import { readCommandLine } from './lib/shared/cli.ts';

const HELP = `用法：npm run guide:tables [-- 选项]

按代码和 content/ 里的数据文件生成编辑指南（docs/编辑指南.md）里的表格：
文章信息字段、译文怎么处理各字段、检查规则，以及栏目、类型、部门、主题一览。

选项：
  --write       把表格写进编辑指南（新增部门、主题、栏目后运行）
  --check       只检查编辑指南里的表格是不是最新的（不是则失败）
  --help, -h    显示本说明
不加选项时，把表格显示出来。`;

function main(): number {
  const cli = readCommandLine({ write: { type: 'boolean' }, check: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, HELP);
  if (typeof cli === 'number') return cli;
  const { values } = cli;
  const blocks = guideBlocks(readContent(process.env.SHIZHONG_CONTENT_DIR ?? CONTENT));
  const path = join(ROOT, 'docs/编辑指南.md');
  const guide = readFileSync(path, 'utf8');
  if (values.check) {
    const stale = staleBlocks(guide, blocks);
    if (stale.length === 0) {
      console.log('编辑指南里的表格都是最新的。');
      return 0;
    }
    console.error(`编辑指南里这些表格不是最新的：${stale.map((b) => b.name).join('、')}。请运行 npm run guide:tables -- --write。`);
    return 1;
  }
  if (values.write) {
    writeFileSync(path, withBlocks(guide, blocks));
    console.log(`已更新 ${path} 里的表格。`);
    return 0;
  }
  console.log(blocks.map((b) => `${b.start}\n\n${b.text}\n\n${b.end}`).join('\n\n'));
  return 0;
}

process.exitCode = main();
