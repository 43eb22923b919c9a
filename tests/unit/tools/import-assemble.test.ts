/**
 * The assembler of the OCR splitter: units (as the classifier reads them)
 * grouped into articles. The units are given by hand here, so each rule
 * is seen apart from the classifier.
 */
import { describe, expect, it } from 'vitest';
import { assemble } from '../../../scripts/lib/import/assemble.ts';
import type { Unit } from '../../../scripts/lib/import/classify.ts';
import { Page, pageLines, type Line } from '../../../scripts/lib/import/page.ts';
import { wrap } from '../../../scripts/lib/import-closeness/layouts.ts';

const P1 = '今年以来，张庄镇把家庭医生签约服务作为民生实事来抓，组建签约团队12支，覆盖全镇28个村。';
const P2 = '全镇累计上门服务老年人3000余人次，群众满意度不断提升，家庭医生成了村民的贴心人。';
const Q1 = '青檀街道联合辖区学校开展课后服务，开设书法、围棋等课程20门，惠及学生1500余名。';

/** A page of lines, and units made from them: `kinds` gives each line's unit (headline lines one unit each). */
function unitsOf(lines: Array<[string, Unit['kind']]>): { page: Page; units: Unit[] } {
  const page = new Page(pageLines(lines.map(([text]) => text).join('\n')));
  const units = page.lines.map((line: Line, i): Unit => {
    const kind = lines[i]![1];
    if (kind === 'headline') return { kind, lines: [line], why: '单独成行、没有标点' };
    if (kind === 'body') return { kind, line };
    if (kind === 'reporters') return { kind, reporters: [line.text.replace(/^记者\s*/u, '')], correspondents: [], line };
    if (kind === 'speaker') return { kind, text: line.text.replace(/^——/u, ''), dash: line.text.startsWith('——'), line, lines: 1 };
    if (kind === 'column' || kind === 'kicker' || kind === 'subtitle' || kind === 'source' || kind === 'date') return { kind, text: line.text, line };
    throw new Error(kind);
  });
  return { page, units };
}
const body = (p: string): Array<[string, 'body']> => wrap(p, 16).map((t) => [t, 'body']);
const texts = (a: { body: Array<{ text: string }> }) => a.body.map((b) => b.text).join('');

describe('headline blocks', () => {
  it('before the body begin an article each', () => {
    const { page, units } = unitsOf([['家庭医生上门来', 'headline'], ...body(P1), ['课后服务暖人心', 'headline'], ...body(Q1)]);
    const raws = assemble(units, page);
    expect(raws.map((a) => [a.headline.join(''), texts(a)])).toEqual([
      ['家庭医生上门来', P1],
      ['课后服务暖人心', Q1],
    ]);
    expect(raws[1]!.firstLine).toBe(page.lines.find((l) => l.text === '课后服务暖人心')!.n);
  });

  it('after the body of an article with none go to that article, and say so', () => {
    const { page, units } = unitsOf([...body(P1), ...body(P2), ['家庭医生上门来', 'headline'], ...body(Q1), ['课后服务暖人心', 'headline']]);
    const raws = assemble(units, page);
    expect(raws.map((a) => a.headline.join(''))).toEqual(['家庭医生上门来', '课后服务暖人心']);
    expect(texts(raws[1]!)).toBe(Q1);
    expect(raws[0]!.notes.join('')).toMatch(/“家庭医生上门来”当作标题（单独成行、没有标点），它印在正文后面，按版面归给了第 1 行起的正文/u);
  });

  it('after a single paragraph of an article with none: its body goes on after the headline', () => {
    const { page, units } = unitsOf([['记者 赵一', 'reporters'], ...body(P1), ['家庭医生上门来', 'headline'], ...body(P2)]);
    const raws = assemble(units, page);
    expect(raws).toHaveLength(1);
    expect(texts(raws[0]!)).toBe(P1 + P2);
    expect(raws[0]!.reporters).toEqual(['赵一']);
  });
});

describe('bylines', () => {
  it('a byline after body text begins the next article', () => {
    const { page, units } = unitsOf([['家庭医生上门来', 'headline'], ['记者 赵一', 'reporters'], ...body(P1), ['记者 钱二', 'reporters'], ...body(Q1)]);
    const raws = assemble(units, page);
    expect(raws.map((a) => [a.headline.join(''), a.reporters])).toEqual([
      ['家庭医生上门来', ['赵一']],
      ['', ['钱二']],
    ]);
    expect(raws[1]!.notes).toContain('没有找到标题：请补上 title');
  });

  it('——role and name under a headline is its speaker; without a dash after body it begins an article', () => {
    const { page, units } = unitsOf([['家庭医生上门来', 'headline'], ['——张庄镇党委副书记王小明', 'speaker'], ...body(P1), ['区教育和体育局副局长李四', 'speaker'], ...body(Q1)]);
    const raws = assemble(units, page);
    expect(raws.map((a) => a.speakerLine)).toEqual(['张庄镇党委副书记王小明', '区教育和体育局副局长李四']);
  });
});

describe('the end of an article', () => {
  it('a source ends it: the body after it is the next article', () => {
    const { page, units } = unitsOf([['家庭医生上门来', 'headline'], ...body(P1), ['区卫健局', 'source'], ...body(Q1)]);
    const raws = assemble(units, page);
    expect(raws.map((a) => [a.source, texts(a)])).toEqual([
      ['区卫健局', P1],
      [undefined, Q1],
    ]);
  });

  it('a column heading ends it, and the articles after it are in that column', () => {
    const { page, units } = unitsOf([['家庭医生上门来', 'headline'], ...body(P1), ['民生实事', 'column'], ['课后服务暖人心', 'headline'], ...body(Q1)]);
    const raws = assemble(units, page);
    expect(raws.map((a) => a.columnHeading)).toEqual([undefined, '民生实事']);
  });

  it('a page without units is no article', () => {
    expect(assemble([], new Page([]))).toEqual([]);
  });
});
