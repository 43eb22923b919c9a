/**
 * The editor guide (docs/编辑指南.md) lists every column, type, department
 * and topic id there is, with its Chinese name, and the README links to it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTICLE_TYPES } from '../../../src/lib/article-types.ts';
import { readContent } from '../../../scripts/lib/shared/content.ts';
import { ARTICLE_FIELDS } from '../../../src/lib/schema.ts';
import { ROOT } from './support.ts';

const guide = readFileSync(join(ROOT, 'docs/编辑指南.md'), 'utf8');
const content = readContent(join(ROOT, 'content'));
const UPDATE = '请运行 npm run guide:tables -- --write 更新编辑指南里的表格';

describe('docs/编辑指南.md', () => {
  it('is linked from the README', () => {
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain('docs/编辑指南.md');
  });

  it('lists every column, department and topic with its id and Chinese name', () => {
    for (const file of [content.columns, content.departments, content.topics]) {
      for (const e of file.entries) {
        expect(guide, `${file.name}: ${e.id}（${UPDATE}）`).toContain(`\`${e.id}\` | ${e.name.zh}`);
      }
    }
  });

  it('lists every article type', () => {
    for (const t of ARTICLE_TYPES) expect(guide).toContain(`\`${t}\``);
  });

  it('explains every frontmatter field', () => {
    for (const field of ARTICLE_FIELDS) expect(guide, field).toContain(`| \`${field}\``);
  });
});
