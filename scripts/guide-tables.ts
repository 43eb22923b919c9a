/**
 * `npm run guide:tables`: print the editor guide's tables of columns, types,
 * departments and topics made from the data files; `-- --write` replaces
 * them in docs/编辑指南.md. See scripts/lib/guide/tables.ts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readContent } from './lib/shared/content.ts';
import { guideTables, withTables } from './lib/guide/tables.ts';
import { CONTENT, ROOT } from './lib/shared/paths.ts';

const content = readContent(process.env.SHIZHONG_CONTENT_DIR ?? CONTENT);
const tables = guideTables(content);
if (process.argv.includes('--write')) {
  const path = join(ROOT, 'docs/编辑指南.md');
  writeFileSync(path, withTables(readFileSync(path, 'utf8'), tables));
  console.log(`已更新 ${path} 里的表格。`);
} else console.log(tables);
