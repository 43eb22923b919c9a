/**
 * The editor guide (docs/编辑指南.md) lists every column, type, department
 * and topic id there is, with its Chinese name, and the README links to it;
 * its field tables and rule table are the ones the code makes, and every
 * rule in the table is one the linter reports.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTICLE_TYPES } from '../../../src/lib/article-types.ts';
import { readContent } from '../../../scripts/lib/shared/content.ts';
import { ARTICLE_FIELDS } from '../../../src/lib/schema.ts';
import { ROOT } from './support.ts';
import { blockText, guideBlocks, staleBlocks } from '../../../scripts/lib/guide/tables.ts';
import { RULES } from '../../../scripts/lib/lint/rules.ts';
import { isRequired } from '../../../scripts/lib/guide/fields.ts';

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

  it('has every generated part exactly as the code makes it (fields, translation fields, rules, lists)', () => {
    const blocks = guideBlocks(content);
    expect(blocks.map((b) => b.name)).toHaveLength(4);
    expect(staleBlocks(guide, blocks).map((b) => b.name), UPDATE).toEqual([]);
  });

  it('would notice a generated table that differs from the code', () => {
    const rules = guideBlocks(content).find((b) => b.start.includes('规则表'))!;
    const edited = guide.replace('| `hard-wrap` | 警告 |', '| `hard-wrap` | 错误 |');
    expect(edited).not.toBe(guide);
    expect(staleBlocks(edited, [rules])).toEqual([rules]);
    expect(staleBlocks(guide.replace(rules.end, ''), [rules])).toEqual([rules]);
  });

  it('lists every lint rule with its severity, including translation, no-frontmatter, missing-image and duplicate-id', () => {
    const table = blockText(guide, guideBlocks(content).find((b) => b.start.includes('规则表'))!) ?? '';
    for (const id of ['translation', 'no-frontmatter', 'missing-image', 'duplicate-id', 'glossary', 'translation-todo', ...Object.keys(RULES)]) {
      expect(table, id).toMatch(new RegExp(`^\\| \`${id}\` \\| (错误|警告|提示)`, 'm'));
    }
  });

  it('lists only rules that the linter really reports (each key appears in a check’s source)', () => {
    const dir = join(ROOT, 'scripts/lib/lint');
    const source = readdirSync(dir)
      .filter((f) => f.endsWith('.ts') && f !== 'rules.ts')
      .map((f) => readFileSync(join(dir, f), 'utf8'))
      .join('\n');
    for (const id of Object.keys(RULES)) expect(source, id).toContain(`'${id}'`);
  });

  it('marks exactly the fields the schema requires with ★', () => {
    const required = ARTICLE_FIELDS.filter(isRequired);
    expect(required).toEqual(['title', 'type', 'date', 'departments']);
    for (const field of ARTICLE_FIELDS) expect(guide, field).toContain(`| \`${field}\`${required.includes(field) ? ' ★' : ''} |`);
  });
});
