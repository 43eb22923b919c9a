/**
 * `npm run new -- --translate`: the new English file shares every field
 * with its original (TRANSLATION_FIELDS says how), names in English from
 * the data files or pinyin, and `# 待译` lines for what is still Chinese,
 * which lint:content reports; lint also reports shared fields a
 * translation lacks.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintArticleSchema } from '../../../scripts/lib/lint/article-rules.ts';
import { lintContent } from '../../../scripts/lib/lint/index.ts';
import { parseFrontmatter } from '../../../src/lib/content-files/frontmatter.ts';
import { nameInPinyin, TRANSLATION_FIELDS } from '../../../scripts/lib/new/translation.ts';
import { ARTICLE_FIELDS } from '../../../src/lib/schema.ts';
import { article, makeContent, ROOT, runTool } from './support.ts';

const real = (name: string) => readFileSync(join(ROOT, 'content', name), 'utf8');
const data = (text: string) => lintArticleSchema.parse(parseFrontmatter(text).data) as unknown as Record<string, unknown>;

/** The real content folder, copied, without the translations named. */
function realContentWithout(...translations: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'shizhong-translate-'));
  cpSync(join(ROOT, 'content'), dir, { recursive: true });
  cpSync(join(ROOT, 'tests/fixtures/glossary/glossary.yaml'), join(dir, 'glossary.yaml'));
  for (const t of translations) rmSync(join(dir, 'articles', t), { force: true });
  return dir;
}

describe('npm run new -- --translate, round trip on the letter', () => {
  const dir = realContentWithout('2023/letter-to-science-workers.en.md');
  const r = runTool('new', ['--translate', 'letter-to-science-workers', '--title', 'A Letter to All Science and Technology Workers in the District', '--yes'], dir);
  const original = data(readFileSync(join(dir, 'articles/2023/letter-to-science-workers.md'), 'utf8'));
  const text = readFileSync(join(dir, 'articles/2023/letter-to-science-workers.en.md'), 'utf8');
  const translation = data(text);

  it('writes the translation beside its original', () => {
    expect(r.status, r.output).toBe(0);
    expect(r.stdout).toContain('articles/2023/letter-to-science-workers.en.md');
  });

  it('keeps every field the original has: copied ones equal, the four signatories in the data file’s English', () => {
    for (const field of ARTICLE_FIELDS) {
      const o = original[field];
      if (o === undefined || (Array.isArray(o) && o.length === 0)) continue;
      expect(translation[field], field).toBeDefined();
      if (TRANSLATION_FIELDS[field].how === 'copy') expect(translation[field], field).toEqual(o);
    }
    expect(translation.signatories).toEqual([
      'Publicity Department of the CPC Shizhong District Committee',
      'Shizhong District Association for Science and Technology',
      'District Science and Technology Bureau',
      "Office of the Shizhong District Leading Group for Citizens' Scientific Literacy",
    ]);
    expect(translation).toMatchObject({ lang: 'en', translationOf: 'letter-to-science-workers', type: 'letter', dateSource: 'article' });
  });

  it('leaves nothing for the translator to look up but the body: no 待译 line, and lint finds no mismatch', () => {
    expect(text).not.toContain('待译');
    const findings = lintContent(dir).findings.filter((f) => f.file.endsWith('letter-to-science-workers.en.md'));
    expect(findings.map((f) => f.rule)).toEqual(['empty-body']);
  });
});

describe('npm run new -- --translate, every field', () => {
  const ORIGINAL = article(
    [
      'title: "永安镇党委书记谈招商"',
      'kicker: "永安镇"',
      'subtitle: "——访永安镇党委书记李锋"',
      'column: qianggong-xingchan',
      'type: interview',
      'date: 2024-03-01',
      'updated: 2024-03-05',
      'datePrecision: month',
      'dateSource: issue',
      'dateNote: "原文未注明日期。"',
      'reporters: [李森, 欧阳修]',
      'correspondents: [王永安]',
      'speaker: { name: 李锋, role: 永安镇党委书记, department: yongan-town }',
      'departments: [yongan-town, kuangqu-subdistrict]',
      'topics: [investment-promotion]',
      'source: "区科学技术局"',
      'signatories: [中共市中区委宣传部, 某某协会]',
      'summary: "一句话摘要。"',
      'cover: ../../media/cover.jpg',
      'coverAlt: "永安镇企服中心"',
      'draft: true',
      'editorNote: "编者按。"',
      'editor: 张三丰',
    ].join('\n'),
    '正文。',
  );
  const dir = makeContent(
    { 'articles/2024/yongan.md': ORIGINAL, 'media/cover.jpg': 'not really a jpeg', 'glossary.yaml': readFileSync(join(ROOT, 'tests/fixtures/glossary/glossary.yaml'), 'utf8') },
    { departments: real('departments.yaml'), topics: real('topics.yaml'), columns: real('columns.yaml') },
  );
  const r = runTool('new', ['--translate', 'yongan', '--title', 'On investment', '--yes'], dir);
  const path = join(dir, 'articles/2024/yongan.en.md');
  const text = readFileSync(path, 'utf8');
  const o = data(ORIGINAL);
  const t = data(text);

  it('has every field of the original, each as TRANSLATION_FIELDS says', () => {
    expect(r.status, r.output).toBe(0);
    for (const field of ARTICLE_FIELDS) {
      if (TRANSLATION_FIELDS[field].how === 'own') continue;
      expect(t[field], field).toBeDefined();
      if (TRANSLATION_FIELDS[field].how === 'copy') expect(t[field], field).toEqual(o[field]);
    }
  });

  it('puts names into English: departments from departments.yaml, people in pinyin surname first, a role of department + glossary title', () => {
    expect(t.kicker).toBe("Yong'an Town");
    expect(t.source).toBe('District Science and Technology Bureau');
    expect(t.reporters).toEqual(['Li Sen', 'Ouyang Xiu']);
    expect(t.correspondents).toEqual(["Wang Yong'an"]);
    expect(t.speaker).toEqual({ name: 'Li Feng', role: "Party Secretary of Yong'an Town", department: 'yongan-town' });
    expect(t.signatories).toEqual(['Publicity Department of the CPC Shizhong District Committee', '某某协会']);
    expect(t.editor).toBe('Zhang Sanfeng');
  });

  it('marks with # 待译 what is still Chinese or was written in pinyin, and lint:content reports each line', () => {
    const todo = text.split('\n').filter((l) => l.startsWith('# 待译：'));
    for (const field of ['subtitle', 'dateNote', 'summary', 'coverAlt', 'editorNote', 'reporters', 'correspondents', 'speaker.name', 'signatories', 'editor']) {
      expect(todo.some((l) => l.startsWith(`# 待译：${field}（`)), field).toBe(true);
    }
    expect(todo.some((l) => l.includes('某某协会'))).toBe(true);
    const findings = lintContent(dir, { today: '2024-06-30' }).findings.filter((f) => f.rule === 'translation-todo');
    expect(findings).toHaveLength(todo.length);
    expect(findings[0]).toMatchObject({ line: 2, severity: 'warning' });
    writeFileSync(path, text.replace(/^# 待译：.*\n/gm, ''));
    expect(lintContent(dir, { today: '2024-06-30' }).findings.filter((f) => f.rule === 'translation-todo')).toEqual([]);
  });
});

describe('translation-mismatch on the fields a translation shares', () => {
  const dir = realContentWithout();
  const file = join(dir, 'articles/2023/letter-to-science-workers.en.md');
  const mismatches = () => lintContent(dir).findings.filter((f) => f.rule === 'translation-mismatch');

  it('passes for the real letter and its translation', () => {
    expect(mismatches()).toEqual([]);
  });

  it('warns when the signatories are gone, or one is left out, or dateSource differs', () => {
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace(/signatories:\n(?: {2}- .*\n)+/, ''));
    expect(mismatches().map((f) => f.message)).toEqual([expect.stringMatching(/^译文的 signatories（落款）没有写，原文 .*letter-to-science-workers\.md 有。/)]);
    writeFileSync(file, text.replace(/ {2}- ".*Science and Technology Bureau"\n/, '').replace('dateSource: article', 'dateSource: issue'));
    expect(mismatches().map((f) => f.message.slice(0, 30))).toEqual([expect.stringContaining('dateSource'), expect.stringContaining('signatories')]);
  });
});

describe('nameInPinyin', () => {
  it('writes a Chinese name surname first, each part capitalised', () => {
    expect(nameInPinyin('李锋')).toBe('Li Feng');
    expect(nameInPinyin('张修阳')).toBe('Zhang Xiuyang');
    expect(nameInPinyin('单雄')).toBe('Shan Xiong');
    expect(nameInPinyin('欧阳修')).toBe('Ouyang Xiu');
    expect(nameInPinyin('王永安')).toBe("Wang Yong'an");
    expect(nameInPinyin('Li Feng')).toBe('Li Feng');
  });
});
