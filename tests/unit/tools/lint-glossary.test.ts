/**
 * The glossary checks of `npm run lint:content` (glossary, glossary-avoid,
 * glossary-consistency), on small content folders made of the real data
 * files and a copy of the glossary (tests/fixtures/glossary/glossary.yaml):
 * each with a case that trips it and one that passes. They are notes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../scripts/lib/lint/findings.ts';
import { lintContent } from '../../../scripts/lib/lint/index.ts';
import { article, makeContent, ROOT, runTool } from './support.ts';

const real = (name: string) => readFileSync(join(ROOT, 'content', name), 'utf8');
/** columns.yaml as it was before the glossary: its first column's English left out 兴产. */
const OLD_COLUMNS = readFileSync(join(ROOT, 'tests/fixtures/glossary/columns-before-glossary.yaml'), 'utf8');
const GLOSSARY = readFileSync(join(ROOT, 'tests/fixtures/glossary/glossary.yaml'), 'utf8');
/** columns.yaml as the glossary wants it: 强工兴产 转型突围 renders 兴产. */
const COLUMNS = real('columns.yaml').replace('"Strengthening Industry, Breaking Through in Transformation"', '"Strengthening Industry and Invigorating Sectors, Breaking Through in Transformation"');

const zh = (body: string, extra = '') => article(`title: "测试文章"\ntype: report\ndate: 2024-03-01\ndepartments: [yongan-town]\n${extra}`, body);
const en = (body: string, slug = 'x') => article(`title: "A test article"\ntype: report\ndate: 2024-03-01\ndepartments: [yongan-town]\nlang: en\ntranslationOf: ${slug}`, body);

function lint(files: Record<string, string>, data: { glossary?: string; columns?: string } = {}): Finding[] {
  const dir = makeContent({ 'glossary.yaml': data.glossary ?? GLOSSARY, ...files }, { departments: real('departments.yaml'), topics: real('topics.yaml'), columns: data.columns ?? COLUMNS });
  return lintContent(dir, { today: '2024-06-30' }).findings;
}
const ofRule = (findings: Finding[], rule: string) => findings.filter((f) => f.rule === rule);

const ORIGINAL = zh('永安镇新增规上企业5家，科技工作者是发展的“硬核”力量。征程万里，其风正劲。');
const GOOD_EN = en('Yong’an Town added 5 above-scale enterprises; science workers are the “backbone” of development. The journey ahead is long, and the wind is at our backs.');
const BAD_EN = en('Yongan Town added 5 enterprises above designated size; science workers are the “hard-core” force of development.\n\nThe journey is long, and the wind is strong.');

describe('glossary: a translation renders each term of its original as the glossary does', () => {
  it('passes when every term, department and slogan is rendered the glossary’s way (case, curly apostrophes and hyphens aside)', () => {
    const findings = lint({ 'articles/2024/x.md': ORIGINAL, 'articles/2024/x.en.md': GOOD_EN });
    expect(findings.filter((f) => f.rule.startsWith('glossary'))).toEqual([]);
  });

  it('notes each term rendered otherwise, naming the term, the original’s line and the glossary’s English', () => {
    const findings = ofRule(lint({ 'articles/2024/x.md': ORIGINAL, 'articles/2024/x.en.md': BAD_EN }), 'glossary');
    const messages = findings.map((f) => f.message);
    expect(findings.every((f) => f.severity === 'info' && f.file.endsWith('articles/2024/x.en.md'))).toBe(true);
    expect(messages.find((m) => m.includes('“规上企业”'))).toMatch(/原文 .*x\.md 第 8 行有术语“规上企业”，译文里却没有它的译法“above-scale enterprises”（见 .*glossary\.yaml:\d+）/);
    expect(messages.some((m) => m.includes('“硬核”') && m.includes('“backbone”'))).toBe(true);
    expect(messages.some((m) => m.includes('口号“征程万里，其风正劲”'))).toBe(true);
    // The department's English name comes from departments.yaml.
    expect(messages.find((m) => m.includes('部门“永安镇”'))).toMatch(/“Yong'an Town”（见 .*departments\.yaml:\d+）/);
  });

  it('a term inside a longer one is the longer term’s business (市中区 in 中共市中区委宣传部)', () => {
    const original = zh('中共市中区委宣传部发出倡议。');
    const findings = ofRule(lint({ 'articles/2024/x.md': original, 'articles/2024/x.en.md': en('The Publicity Department of the CPC Shizhong District Committee made a call.') }), 'glossary');
    expect(findings.map((f) => f.message).filter((m) => !m.includes('永安镇'))).toEqual([]);
    const missing = ofRule(lint({ 'articles/2024/x.md': original, 'articles/2024/x.en.md': en('The district’s publicity department made a call.') }), 'glossary');
    expect(missing.map((f) => f.message).filter((m) => m.includes('中共市中区委宣传部'))).toHaveLength(1);
    expect(missing.map((f) => f.message).filter((m) => m.includes('“市中区”'))).toEqual([]);
  });

  it('a slogan rendered two ways across translations: the note names the translation that follows the glossary', () => {
    const files = {
      'articles/2024/a.md': zh('全力推进强工兴产。'),
      'articles/2024/a.en.md': en('We will push ahead with strengthening industry and invigorating sectors.', 'a'),
      'articles/2024/b.md': zh('坚持强工兴产不动摇。'),
      'articles/2024/b.en.md': en('We will stick to making industry strong.', 'b'),
    };
    const findings = ofRule(lint(files), 'glossary').filter((f) => f.message.includes('强工兴产'));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.file).toMatch(/b\.en\.md$/);
    expect(findings[0]!.message).toMatch(/a\.en\.md 就是这样译的，同一口号在各篇译文里要译成一样/);
  });

  it('an untranslated draft (only the placeholder comment) is not checked yet', () => {
    expect(ofRule(lint({ 'articles/2024/x.md': ORIGINAL, 'articles/2024/x.en.md': en('<!-- Write the English translation below. -->') }), 'glossary')).toEqual([]);
  });

  it('notes are not errors: npm run lint:content still passes', () => {
    const dir = makeContent(
      { 'glossary.yaml': GLOSSARY, 'articles/2024/x.md': ORIGINAL, 'articles/2024/x.en.md': BAD_EN },
      { departments: real('departments.yaml'), topics: real('topics.yaml'), columns: COLUMNS },
    );
    const r = runTool('lint-content', [], dir);
    expect(r.status, r.output).toBe(0);
    expect(r.stdout).toMatch(/x\.en\.md:\d+ {2}提示 \[glossary\] /);
  });
});

describe('glossary-avoid: a rendering the glossary says not to use', () => {
  it('is noted on the line where it is written, the longest avoided phrase only', () => {
    const findings = ofRule(lint({ 'articles/2024/x.md': ORIGINAL, 'articles/2024/x.en.md': BAD_EN }), 'glossary-avoid');
    expect(findings.map((f) => [f.line, f.message.match(/译文用了“([^”]+)”/)?.[1]])).toEqual([
      [10, 'enterprises above designated size'],
      [10, 'hard-core'],
      [12, 'the wind is strong'],
    ]);
    expect(findings[1]!.message).toContain('请改用“backbone”');
  });

  it('is found as whole words only, and not where it is part of the right rendering', () => {
    const findings = ofRule(lint({ 'articles/2024/x.md': ORIGINAL, 'articles/2024/x.en.md': en(`${GOOD_EN.split('---\n\n')[1]!.trim()} Hard-coreness is not a word.`) }), 'glossary-avoid');
    expect(findings).toEqual([]);
  });

  it('is found across quotation marks (the “Four Above” programme)', () => {
    const findings = ofRule(lint({ 'articles/2024/x.md': zh('推进“四上”企业培育。'), 'articles/2024/x.en.md': en('Yong’an Town is pressing ahead with the “Four Above” programme.') }), 'glossary-avoid');
    expect(findings.map((f) => f.message)).toEqual([expect.stringContaining('译文用了“Four Above programme”')]);
  });

  it('in a data file’s English name (the English site shows it)', () => {
    const findings = ofRule(lint({}, { columns: OLD_COLUMNS }), 'glossary-avoid');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.file).toMatch(/columns\.yaml$/);
    expect(findings[0]!.message).toContain('请改用“Strengthening Industry and Invigorating Sectors, Breaking Through in Transformation”');
  });
});

describe('glossary-consistency: the glossary and the data files give one rendering per term', () => {
  it('passes for the glossary and the data files as they should be', () => {
    expect(ofRule(lint({}), 'glossary-consistency')).toEqual([]);
  });

  it('a column whose English in columns.yaml leaves out a slogan in it, or differs from the glossary', () => {
    const messages = ofRule(lint({}, { columns: OLD_COLUMNS }), 'glossary-consistency').map((f) => `${f.file.replace(/.*\//, '')}: ${f.message}`);
    expect(messages.some((m) => /^columns\.yaml: “强工兴产 转型突围”里有口号“强工兴产”，它的英文“Strengthening Industry, Breaking Through in Transformation”里却没有这个词的译法“strengthening industry and invigorating sectors”/.test(m))).toBe(true);
    expect(messages.some((m) => /^glossary\.yaml: 栏目“强工兴产 转型突围”在译名表里译作“Strengthening Industry and Invigorating Sectors, Breaking Through in Transformation”，在 columns\.yaml 里（英文网页显示的）却是/.test(m))).toBe(true);
  });

  it('a term listed twice, and a department given another English than departments.yaml’s', () => {
    const glossary = `${GLOSSARY}\n- zh: 规模以上企业\n  en: large enterprises\n  kind: term\n- zh: 区科学技术局\n  en: Science Bureau of Shizhong\n  kind: place\n`;
    const messages = ofRule(lint({}, { glossary }), 'glossary-consistency').map((f) => f.message);
    expect(messages.some((m) => m.startsWith('“规模以上企业”在译名表里已经有了'))).toBe(true);
    expect(messages.some((m) => m.includes('“区科学技术局”是部门 science-technology-bureau，英文名以 departments.yaml 为准（“District Science and Technology Bureau”）'))).toBe(true);
  });
});

describe('glossary.yaml itself', () => {
  it('an entry of the wrong shape is an error naming the line and the field', () => {
    const findings = lint({}, { glossary: '- zh: 规上企业\n  en: above-scale enterprises\n  kind: word\n- zh: 限上\n  english: above-quota\n  kind: term\n' }).filter((f) => f.file.endsWith('glossary.yaml'));
    expect(findings.map((f) => [f.line, f.severity, f.rule])).toEqual([
      [3, 'error', 'schema'],
      [4, 'error', 'schema'],
      [5, 'error', 'schema'],
    ]);
    expect(findings[0]!.message).toContain('kind 必须是以下之一：term、slogan、column、title、place');
    expect(findings.map((f) => f.message).join('\n')).toContain('没有这个字段：english');
  });

  it('broken YAML is an error; no glossary at all is no finding', () => {
    expect(ofRule(lint({}, { glossary: '- zh: [规上\n' }), 'yaml-syntax')).toHaveLength(1);
    const dir = makeContent({ 'articles/2024/x.md': ORIGINAL }, { departments: real('departments.yaml'), topics: real('topics.yaml'), columns: COLUMNS });
    expect(lintContent(dir, { today: '2024-06-30' }).findings.filter((f) => f.rule.startsWith('glossary'))).toEqual([]);
  });
});
