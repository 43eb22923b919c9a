import { describe, expect, it } from 'vitest';
import { lintContent } from '../../../scripts/lib/lint/index.ts';
import { article, makeContent } from './support.ts';

const meta = 'title: 测试\ntype: report\ndate: 2024-03-01\ndepartments: [test-town]';
const lint = (frontmatter: string) => lintContent(makeContent({ 'articles/2024/a.md': article(frontmatter) }), { today: '2025-01-01' }).findings;

describe('the editor (责任编辑) field', () => {
  it('is a known field', () => {
    expect(lint(`${meta}\neditor: 王编辑`).filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('must be text, and not empty, said in Chinese on its line', () => {
    const [empty] = lint(`${meta}\neditor: ""`).filter((f) => f.rule === 'schema');
    expect(empty).toMatchObject({ line: 6, severity: 'error' });
    expect(empty?.message).toContain('责任编辑');
    const [list] = lint(`${meta}\neditor: [王编辑]`).filter((f) => f.rule === 'schema');
    expect(list?.message).toContain('editor（责任编辑）必须是文字');
  });
});
