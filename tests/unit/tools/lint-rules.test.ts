/**
 * Every rule of `npm run lint:content`, each with a case that trips it and
 * one that passes, on small temporary content folders.
 */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../scripts/lib/lint/findings.ts';
import { formatFinding } from '../../../scripts/lib/lint/findings.ts';
import { lintContent } from '../../../scripts/lib/lint/index.ts';
import { article, GOOD, makeContent } from './support.ts';

const TODAY = '2024-06-30';

/** Findings of one rule for a folder made of these files (plus the data files). */
function lint(files: Record<string, string>, data: Parameters<typeof makeContent>[1] = {}): Finding[] {
  return lintContent(makeContent(files, data), { today: TODAY }).findings;
}
const ofRule = (findings: Finding[], rule: string) => findings.filter((f) => f.rule === rule);
const fm = (extra: string) => `title: 测试文章\ntype: report\ndate: 2024-03-01\ndepartments: [test-town]\n${extra}`;

describe('the baseline', () => {
  it('a well-formed article has no findings at all', () => {
    expect(lint({ 'articles/2024/good.md': GOOD })).toEqual([]);
  });

  it('each finding names the file and line, the severity in Chinese and the rule', () => {
    const [f] = ofRule(lint({ 'articles/2024/x.md': article(fm(''), '中文,句子。') }), 'half-width-punctuation');
    expect(formatFinding(f!)).toMatch(/x\.md:8 {2}错误 \[half-width-punctuation\] 中文句子里用了半角逗号“,”，请改为全角“，”/);
  });
});

describe('frontmatter and schema', () => {
  it('yaml-syntax: broken YAML is an error on its line; valid YAML passes', () => {
    const bad = ofRule(lint({ 'articles/2024/x.md': '---\ntitle: 标题\ndepartments: [test-town\ntype: report\n---\n\n正文。\n' }), 'yaml-syntax');
    expect(bad).toHaveLength(1);
    expect(bad[0]!.severity).toBe('error');
    expect(bad[0]!.message).toContain('YAML');
    expect(ofRule(lint({ 'articles/2024/x.md': GOOD }), 'yaml-syntax')).toEqual([]);
  });

  it('no-frontmatter: a file without --- is an error', () => {
    expect(ofRule(lint({ 'articles/2024/x.md': '只有正文。\n' }), 'no-frontmatter')).toHaveLength(1);
    expect(ofRule(lint({ 'articles/2024/x.md': GOOD }), 'no-frontmatter')).toEqual([]);
  });

  it('schema: a missing title names the field and its line', () => {
    const [f] = ofRule(lint({ 'articles/2024/x.md': article('type: report\ndate: 2024-03-01\ndepartments: [test-town]') }), 'schema');
    expect(f!.message).toContain('title（标题）');
    expect(f!.message).toContain('必填');
  });

  it('schema: a wrong type lists the types; a Chinese name instead of an id says which id', () => {
    const findings = ofRule(lint({ 'articles/2024/x.md': article('title: 标题\ntype: 报导\ndate: 2024-03-01\ndepartments: [测试镇]') }), 'schema');
    expect(findings.map((f) => f.line)).toEqual([3, 5]);
    expect(findings[0]!.message).toContain('interview、report、reflection、letter、news');
    expect(findings[1]!.message).toContain('test-town');
  });

  it('schema: a date that is not a date, and an empty departments list', () => {
    const result = lint({ 'articles/2024/x.md': article('title: 标题\ntype: report\ndate: 2024年13月\ndepartments: []') });
    // The date as written is checked by its own rule (bad-date), the rest by the schema.
    const findings = [...ofRule(result, 'bad-date'), ...ofRule(result, 'schema')];
    expect(findings.map((f) => f.message).join('\n')).toMatch(/YYYY-MM-DD[\s\S]*至少要有一个部门/);
  });

  it('unknown-field: a misspelt field is an error with the likely field; known fields pass', () => {
    const [f] = ofRule(lint({ 'articles/2024/x.md': article(fm('topic: [test-topic]')) }), 'unknown-field');
    expect(f!.message).toContain('topics');
    expect(f!.line).toBe(6);
    expect(ofRule(lint({ 'articles/2024/x.md': article(fm('topics: [test-topic]')) }), 'unknown-field')).toEqual([]);
  });

  it('unknown-reference: an id that names nothing, with file, field, line and a suggestion', () => {
    const findings = ofRule(lint({ 'articles/2024/x.md': article('title: 标题\ntype: report\ndate: 2024-03-01\ndepartments:\n  - test-town\n  - test-twon\ncolumn: no-column\ntopics: [test-topic]') }), 'unknown-reference');
    expect(findings.map((f) => [f.line, f.message.match(/字段 (\S+)/)?.[1]])).toEqual([
      [7, 'departments[1]'],
      [8, 'column'],
    ]);
    expect(findings[0]!.message).toContain('是不是 test-town');
    expect(ofRule(lint({ 'articles/2024/x.md': GOOD }), 'unknown-reference')).toEqual([]);
  });

  it('bad-slug: a file name that is not ASCII kebab-case', () => {
    expect(ofRule(lint({ 'articles/2024/测试文章.md': GOOD }), 'bad-slug')).toHaveLength(1);
    expect(ofRule(lint({ 'articles/2024/Test_Article.md': GOOD }), 'bad-slug')).toHaveLength(1);
    expect(ofRule(lint({ 'articles/2024/test-article-2.md': GOOD }), 'bad-slug')).toEqual([]);
  });

  it('duplicate-slug: the same file name in two year folders', () => {
    const findings = ofRule(lint({ 'articles/2024/same.md': GOOD, 'articles/2023/same.md': GOOD.replace('2024-03-01', '2023-03-01') }), 'duplicate-slug');
    expect(findings).toHaveLength(2);
    expect(findings[0]!.message).toContain('same');
    expect(ofRule(lint({ 'articles/2024/one.md': GOOD, 'articles/2024/two.md': GOOD.replace('正常的', '另一篇') }), 'duplicate-slug')).toEqual([]);
  });

  it('future-date: a date after today is an error; today passes', () => {
    const [f] = ofRule(lint({ 'articles/2024/x.md': article(fm('').replace('2024-03-01', '2024-07-01')) }), 'future-date');
    expect(f!.severity).toBe('error');
    expect(f!.message).toContain(TODAY);
    expect(ofRule(lint({ 'articles/2024/x.md': article(fm('').replace('2024-03-01', TODAY)) }), 'future-date')).toEqual([]);
  });

  it('wrong-folder: a 2023 article in the 2024 folder is a warning', () => {
    const [f] = ofRule(lint({ 'articles/2024/x.md': article(fm('').replace('2024-03-01', '2023-03-01')) }), 'wrong-folder');
    expect(f!.severity).toBe('warning');
    expect(f!.message).toContain('articles/2023/');
    expect(ofRule(lint({ 'articles/2024/x.md': GOOD }), 'wrong-folder')).toEqual([]);
  });

  it('missing-image: a cover that does not exist; an existing one passes', () => {
    const dir = makeContent({ 'articles/2024/x.md': article(fm('cover: ../../media/a.jpg\ncoverAlt: 图片说明')) });
    expect(ofRule(lintContent(dir, { today: TODAY }).findings, 'missing-image')).toHaveLength(1);
    const ok = makeContent({ 'articles/2024/x.md': article(fm('cover: ../../media/a.jpg\ncoverAlt: 图片说明')), 'media/a.jpg': 'x' });
    expect(ofRule(lintContent(ok, { today: TODAY }).findings, 'missing-image')).toEqual([]);
  });

  it('import-check: a `# 待核对` line left by the importer is a warning', () => {
    const [f] = ofRule(lint({ 'articles/2024/x.md': article(`# 待核对：类型是推测的\n${fm('')}`) }), 'import-check');
    expect(f!.severity).toBe('warning');
    expect(f!.line).toBe(2);
    expect(ofRule(lint({ 'articles/2024/x.md': GOOD }), 'import-check')).toEqual([]);
  });

  it('empty-body: an article with no text is a warning', () => {
    expect(ofRule(lint({ 'articles/2024/x.md': article(fm(''), '<!-- 在这里写正文 -->') }), 'empty-body')).toHaveLength(1);
    expect(ofRule(lint({ 'articles/2024/x.md': GOOD }), 'empty-body')).toEqual([]);
  });
});

describe('translations', () => {
  const en = (extra: string) => article(`title: A test article\ntype: report\ndate: 2024-03-01\ncolumn: test-column\ndepartments: [test-town]\ntopics: [test-topic]\nlang: en\n${extra}`, 'An English text.');

  it('missing-original: a translation whose original does not exist', () => {
    const [f] = ofRule(lint({ 'articles/2024/gone.en.md': en('translationOf: gone') }), 'missing-original');
    expect(f!.severity).toBe('error');
    expect(f!.message).toContain('gone.md');
    expect(ofRule(lint({ 'articles/2024/good.md': GOOD, 'articles/2024/good.en.md': en('translationOf: good') }), 'missing-original')).toEqual([]);
  });

  it('translation: a .en.md file needs lang: en and translationOf naming its original', () => {
    const findings = ofRule(lint({ 'articles/2024/good.md': GOOD, 'articles/2024/good.en.md': en('').replace('lang: en\n', '') }), 'translation');
    expect(findings.map((f) => f.message).join('\n')).toMatch(/lang: en[\s\S]*translationOf: good/);
  });

  it('translation-mismatch: a translation with another date than its original is a warning', () => {
    const findings = ofRule(lint({ 'articles/2024/good.md': GOOD, 'articles/2024/good.en.md': en('translationOf: good').replace('2024-03-01', '2024-03-02') }), 'translation-mismatch');
    expect(findings.map((f) => [f.severity, f.line])).toEqual([['warning', 4]]);
  });
});

describe('text of the article', () => {
  const body = (text: string) => lint({ 'articles/2024/x.md': article(fm(''), text) });

  it('half-width-punctuation: , ; : ? ! ( ) between Han characters, with the full-width fix', () => {
    const findings = ofRule(body('中文,句子;还有:问题?感叹!括号(内容)结束。'), 'half-width-punctuation');
    expect(findings.map((f) => f.message.match(/全角“(.)”/)?.[1])).toEqual(['，', '；', '：', '？', '！', '（', '）']);
    expect(findings.every((f) => f.severity === 'error')).toBe(true);
  });

  it('half-width-punctuation: English, numbers and times are left alone', () => {
    expect(ofRule(body('会议在10:30开始，GDP (gross) 增长。Hello, world! 比例1:1。'), 'half-width-punctuation')).toEqual([]);
  });

  it('half-width-punctuation: also in the title', () => {
    const [f] = ofRule(lint({ 'articles/2024/x.md': article(fm('').replace('测试文章', '测试,文章')) }), 'half-width-punctuation');
    expect(f!.line).toBe(2);
  });

  it('ascii-quotes: "…" in Chinese text, with which curly quote to use', () => {
    const findings = ofRule(body('他说"我们要干"，大家同意。'), 'ascii-quotes');
    expect(findings.map((f) => f.message.match(/引号（(.)）/)?.[1])).toEqual(['“', '”']);
    expect(ofRule(body('他说“我们要干”，大家同意。He said "yes".'), 'ascii-quotes')).toEqual([]);
  });

  it('unbalanced-pairs: “ ” 《 》 （ ） that do not pair in a paragraph', () => {
    const findings = ofRule(body('他说“我们要干，大家同意。\n\n学习《决定》和《意见。\n\n区测局）负责。'), 'unbalanced-pairs');
    expect(findings.map((f) => [f.line, f.message.slice(0, 5)])).toEqual([
      [8, '引号不成对'],
      [10, '书名号不成'],
      [12, '括号不成对'],
    ]);
    expect(ofRule(body('他说“我们要干”，学习《决定》（全文）。'), 'unbalanced-pairs')).toEqual([]);
  });

  it('unbalanced-pairs: a quotation over several paragraphs (each opens with “, the last closes) passes', () => {
    expect(ofRule(body('“第一段引文。\n\n“第二段引文。”'), 'unbalanced-pairs')).toEqual([]);
  });

  it('hard-wrap: a line break inside a Chinese paragraph is a warning on its line', () => {
    const [f] = ofRule(body('第一行被硬\n换行了。'), 'hard-wrap');
    expect(f!.severity).toBe('warning');
    expect(f!.line).toBe(8);
    expect(ofRule(body('English lines\nmay wrap.\n\n中文一段一行。'), 'hard-wrap')).toEqual([]);
    // A hard break (two spaces at the end) for signatories is meant.
    expect(ofRule(body('中共市中区委宣传部  \n市中区科学技术协会'), 'hard-wrap')).toEqual([]);
  });

  it('leftover-asterisks: ** that did not become bold', () => {
    expect(ofRule(body('**没有闭合的粗体。正文'), 'leftover-asterisks')).toHaveLength(1);
    expect(ofRule(body('**锚定“强工业”。**健全机制。'), 'leftover-asterisks')).toEqual([]);
  });
});

describe('the same text in two articles', () => {
  const para1 = '这次外出考察学习，既看到了各地城市建设的大气魄、大作为，更体会到了他们推动工作的独特思路，对接下来的工作有很大启发。';
  const para2 = '一是紧抓重点项目建设。紧紧围绕战略部署，加强顶层设计，强化规划引领，打开城市发展框架格局，推动城市高质量发展。';
  const para3 = '二是完善道路基础设施。结合重点项目建设实施道路工程，不断完善项目周边配套路网体系，为企业引进做好坚强的道路保障。';
  const first = article('title: 考察学习启示（区测试局）\ntype: reflection\ndate: 2024-02-01\ndepartments: [test-bureau]', [para1, para2, para3].join('\n\n'));
  const second = (note = '') =>
    article(`title: 把牢项目“主引擎”\ntype: reflection\ndate: 2024-02-01\ndepartments: [test-town]\n${note}`, [para1, para2, para3].join('\n\n'));

  it('duplicate-body: the same body in two articles is an error naming both', () => {
    const [f, ...rest] = ofRule(lint({ 'articles/2024/a-first.md': first, 'articles/2024/b-second.md': second() }), 'duplicate-body');
    expect(rest).toEqual([]);
    expect(f!.severity).toBe('error');
    expect(f!.file).toContain('b-second.md');
    expect(f!.message).toContain('a-first.md');
    expect(f!.message).toContain('《考察学习启示（区测试局）》');
  });

  it('duplicate-body: an editor’s note naming the other article’s title marks it as known (info, still named)', () => {
    const [f] = ofRule(
      lint({ 'articles/2024/a-first.md': first, 'articles/2024/b-second.md': second('editorNote: 本文正文与同版《考察学习启示（区测试局）》相同，照录原文。') }),
      'duplicate-body',
    );
    expect(f!.severity).toBe('info');
    expect(f!.message).toContain('a-first.md');
    expect(f!.line).toBe(6);
  });

  it('duplicate-body: an English note naming the other title in “quotes” marks it as known; a note naming neither does not', () => {
    const en = (note: string) =>
      article(`title: Keeping a Firm Hold on the Main Engine\ntype: reflection\ndate: 2024-02-01\ndepartments: [test-town]\nlang: en\n${note}`, 'First paragraph of the same English body, long enough to be compared with the other one.\n\nSecond paragraph of the same English body, also long enough to count as a paragraph.');
    const firstEn = article('title: Lessons (Test Bureau)\ntype: reflection\ndate: 2024-02-01\ndepartments: [test-bureau]\nlang: en', 'First paragraph of the same English body, long enough to be compared with the other one.\n\nSecond paragraph of the same English body, also long enough to count as a paragraph.');
    const known = ofRule(lint({ 'articles/2024/a-first.en.md': firstEn, 'articles/2024/b-second.en.md': en('editorNote: "The body is identical to that of “Lessons (Test Bureau)” on the same page."') }), 'duplicate-body');
    expect(known.map((f) => f.severity)).toEqual(['info']);
    const unknown = ofRule(lint({ 'articles/2024/a-first.en.md': firstEn, 'articles/2024/b-second.en.md': en('editorNote: "The body is identical to that of another article."') }), 'duplicate-body');
    expect(unknown.map((f) => f.severity)).toEqual(['error']);
  });

  it('duplicate-body: a body that is mostly the same (a word changed here and there) is an error too', () => {
    const changed = second().replace('大气魄', '大手笔').replace('顶层设计', '总体设计');
    expect(ofRule(lint({ 'articles/2024/a-first.md': first, 'articles/2024/b-second.md': changed }), 'duplicate-body')).toHaveLength(1);
  });

  it('near-duplicate-paragraph: one repeated paragraph among different ones is a warning', () => {
    const other = article('title: 另一篇\ntype: report\ndate: 2024-03-01\ndepartments: [test-town]', [
      '孟庄镇将一以贯之把学到的跨越真经、探寻的赶超良策转化为招商引资、项目建设、要素保障的强劲动力，谱写好后半篇文章。',
      '组建专业招商团队，提升园区品质能级，围绕健康食品和精密制造主导产业，瞄准宠物食品和智能机器人细分赛道。',
      para2.replace('战略部署', '全区战略部署'),
    ].join('\n\n'));
    const findings = lint({ 'articles/2024/a-first.md': first, 'articles/2024/c-other.md': other });
    expect(ofRule(findings, 'duplicate-body')).toEqual([]);
    const [f] = ofRule(findings, 'near-duplicate-paragraph');
    expect(f!.severity).toBe('warning');
    expect(f!.line).toBe(12);
  });

  it('articles with different bodies pass, and a translation is not a duplicate of its original', () => {
    const other = article('title: 另一篇\ntype: report\ndate: 2024-03-01\ndepartments: [test-town]', '完全不同的一段正文，讲的是另一件事情，和上面那篇文章没有任何相同的句子，长度也足够进行比较。');
    expect(lint({ 'articles/2024/a-first.md': first, 'articles/2024/c-other.md': other }).filter((f) => f.rule.includes('duplicate'))).toEqual([]);
  });
});

describe('data files', () => {
  it('schema: a department without a kind, and a wrong kind, on their lines', () => {
    const findings = ofRule(lint({}, { departments: '- id: test-town\n  name: { zh: 测试镇, en: Test Town }\n- id: test-bureau\n  kind: bureau\n  name: { zh: 测试局, en: Test Bureau }\n' }), 'schema');
    expect(findings.map((f) => f.line)).toEqual([1, 4]);
    expect(findings[1]!.message).toContain('town');
  });

  it('duplicate-id: the same id twice in a data file', () => {
    const [f] = ofRule(lint({}, { topics: '- id: test-topic\n  name: { zh: 甲, en: A }\n- id: test-topic\n  name: { zh: 乙, en: B }\n' }), 'duplicate-id');
    expect(f!.line).toBe(3);
  });

  it('missing-english-name: an English name that is Chinese, the same as the Chinese, or TODO is a warning', () => {
    const findings = ofRule(
      lint({}, { topics: '- id: a\n  name: { zh: 甲主题, en: 甲主题 }\n- id: b\n  name: { zh: 乙主题, en: TODO }\n- id: c\n  name: { zh: 丙主题, en: 丙 Topic }\n- id: d\n  name: { zh: 丁主题, en: Topic D }\n' }),
      'missing-english-name',
    );
    expect(findings.map((f) => [f.severity, f.line])).toEqual([
      ['warning', 2],
      ['warning', 4],
      ['warning', 6],
    ]);
  });

  it('schema: a missing English name is an error (the build needs it)', () => {
    const [f] = ofRule(lint({}, { columns: '- id: test-column\n  name: { zh: 测试栏目 }\n' }), 'schema');
    expect(f!.message).toContain('name.en');
  });
});
