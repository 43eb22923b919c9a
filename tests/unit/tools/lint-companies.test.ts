import { describe, expect, it } from 'vitest';
import { lintContent } from '../../../scripts/lib/lint/index.ts';
import { nameBefore } from '../../../scripts/lib/lint/company-rules.ts';
import { article, makeContent } from './support.ts';

const COMPANIES = `- id: xinyuanda
  kind: enterprise
  name: { zh: 新远大, en: Xinyuanda }
  aliases: [新远大实业, 新远大公司]
  department: null
- id: moyi
  kind: enterprise
  name: { zh: 山东魔意, en: Shandong Moyi }
  aliases: []
  department: test-bureau
`;

const meta = 'title: 测试\ntype: report\ndate: 2024-03-01\ndepartments: [test-town]';

function lint(files: Record<string, string>) {
  return lintContent(makeContent(files), { today: '2025-01-01' }).findings;
}

describe('companies.yaml checks', () => {
  it('notes an alias that no article contains, on the aliases line, and not the ones that match (across a line break too)', () => {
    const findings = lint({
      'companies.yaml': COMPANIES,
      'articles/2024/a.md': article(meta, '新远大\n实业获评省级创新型中小企业。山东魔意参加考察。'),
    });
    const unused = findings.filter((f) => f.rule === 'unused-alias');
    expect(unused.map((f) => [f.file.endsWith('companies.yaml'), f.line, f.severity])).toEqual([[true, 4, 'info']]);
    expect(unused[0]?.message).toContain('“新远大公司”');
  });

  it('notes a company-looking name in an article that the file lacks, with its line, and not a known one or one with the suffix added', () => {
    const findings = lint({
      'companies.yaml': COMPANIES,
      'articles/2024/a.md': article(
        meta,
        '紧盯枣庄鲁宏机械有限公司，引进新远大实业集团。\n\n签约项目4个，推进重点项目建设。总投资3亿元的智能网联汽车零部件项目开工。',
      ),
    });
    const unknown = findings.filter((f) => f.rule === 'unknown-company');
    expect(unknown.map((f) => f.message.match(/“([^”]+)”/)?.[1])).toEqual(['枣庄鲁宏机械有限公司', '智能网联汽车零部件项目']);
    expect(unknown.every((f) => f.severity === 'info' && f.file.endsWith('a.md'))).toBe(true);
    expect(unknown.map((f) => f.line)).toEqual([8, 10]);
  });

  it('fails a department that names no department', () => {
    const findings = lint({ 'companies.yaml': COMPANIES.replace('department: test-bureau', 'department: no-such-bureau'), 'articles/2024/a.md': article(meta) });
    const bad = findings.filter((f) => f.rule === 'unknown-reference' && f.file.endsWith('companies.yaml'));
    expect(bad).toHaveLength(1);
    expect(bad[0]).toMatchObject({ severity: 'error', line: 10 });
    expect(bad[0]?.message).toContain('no-such-bureau');
    expect(bad[0]?.message).toContain('departments.yaml');
  });

  it('checks the schema: a kind that does not exist names the kinds there are, in Chinese', () => {
    const findings = lint({ 'companies.yaml': COMPANIES.replace('kind: enterprise', 'kind: company'), 'articles/2024/a.md': article(meta) });
    const bad = findings.filter((f) => f.rule === 'schema');
    expect(bad).toHaveLength(1);
    expect(bad[0]?.line).toBe(2);
    expect(bad[0]?.message).toContain('enterprise（企业）、park（园区）、project（重点项目）');
  });

  it('has nothing to say about a content folder without companies.yaml', () => {
    expect(lint({ 'articles/2024/a.md': article(meta, '引进枣庄鲁宏机械有限公司。') }).filter((f) => /compan|alias/.test(f.rule))).toEqual([]);
  });
});

describe('nameBefore', () => {
  it('takes a project as named only after an investment or an action and 的', () => {
    const text = '总投资10亿元的汽车装备制造项目';
    expect(nameBefore(text, text.length - 2, '项目')).toBe('汽车装备制造项目');
    expect(nameBefore('推进重点项目', 4, '项目')).toBeUndefined();
    expect(nameBefore('新签约亿元以上项目', 7, '项目')).toBeUndefined();
    expect(nameBefore('新签约的亿元以上项目', 8, '项目')).toBeUndefined();
  });
});
