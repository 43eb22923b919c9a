/**
 * The page model of the OCR splitter: a page's lines with their shape, and
 * the wrap width around each line that says whether a line is as wide as
 * the column, shorter, or wider.
 */
import { describe, expect, it } from 'vitest';
import { Page, pageLines, textLines } from '../../../scripts/lib/import/page.ts';
import { wrap } from '../../../scripts/lib/import-closeness/layouts.ts';

const P = '今年以来，张庄镇把家庭医生签约服务作为民生实事来抓，组建签约团队12支，覆盖全镇28个村，全镇累计上门服务老年人3000余人次，群众满意度不断提升。';
const Q = '青檀街道联合辖区学校开展课后服务，开设书法、围棋等课程20门，惠及学生1500余名，街道将继续整合资源，满足家长多样化需求，让课后服务更有温度。';

describe('the lines of a page', () => {
  it('are the non-blank lines, with a blank line, an indent and # marks read from their shape', () => {
    const lines = pageLines('\uFEFF## 家庭医生上门来\r\n\r\n　　今年以来，张庄镇\r\n把家庭医生签约服务  \r\n');
    expect(lines.map((l) => [l.text, l.n, l.blankBefore, l.indent, l.level])).toEqual([
      ['家庭医生上门来', 1, true, false, 2],
      ['今年以来，张庄镇', 3, true, true, 0],
      ['把家庭医生签约服务', 4, false, false, 0],
    ]);
  });

  it('leave out the furniture lines, marking the line after them', () => {
    const lines = pageLines('第一行正文，\n- 2 -\n第二行正文。\n', new Set([2]));
    expect(lines.map((l) => [l.text, l.n, l.gap])).toEqual([
      ['第一行正文，', 1, false],
      ['第二行正文。', 3, true],
    ]);
  });

  it('are split at any line end', () => {
    expect(textLines('一\r\n二\r三\n四')).toEqual(['一', '二', '三', '四']);
  });
});

describe('the page model', () => {
  const lines = pageLines([...wrap(P, 14), '家庭医生上门来', ...wrap(Q, 14), '家庭医生上门来，服务暖人心，群众齐点赞'].join('\n'));
  const page = new Page(lines);
  const at = (text: string) => lines.find((l) => l.text === text)!;

  it('knows a line as wide as the column, a shorter one and a wider one', () => {
    expect(page.wrapAt(lines[0]!)).toBe(14);
    expect(page.full(lines[0]!)).toBe(true);
    expect(page.full(at('家庭医生上门来'))).toBe(false);
    expect(page.wide(at('家庭医生上门来，服务暖人心，群众齐点赞'))).toBe(true);
    expect(page.wide(lines[0]!)).toBe(false);
  });

  it('judges each line by the wrap width around it (pages of different widths put together)', () => {
    const narrow = wrap(`${P}${Q}`.repeat(5), 12);
    const broad = wrap(`${Q}${P}`.repeat(5), 30);
    const mixed = new Page(pageLines([...narrow, ...broad].join('\n')));
    expect(narrow.length).toBeGreaterThan(41);
    expect(mixed.wrapAt(mixed.lines[0]!)).toBe(12);
    expect(mixed.wrapAt(mixed.lines.at(-2)!)).toBe(30);
    expect(mixed.full(mixed.lines[0]!)).toBe(true);
    expect(mixed.full(mixed.lines.at(-2)!)).toBe(true);
  });

  it('knows no column width in text of one paragraph a line', () => {
    const unwrapped = new Page(pageLines([P, '', Q, '', P].join('\n')));
    expect(unwrapped.wrapped(unwrapped.lines[0]!)).toBe(false);
    expect(unwrapped.full(unwrapped.lines[0]!)).toBe(false);
    expect(unwrapped.wide(unwrapped.lines[0]!)).toBe(false);
  });

  it('finds a line by its number in the source, and refuses one it does not have', () => {
    expect(page.line(lines[3]!.n)).toBe(lines[3]);
    expect(() => page.line(999)).toThrow(/999/);
  });

  it('knows whether the page indents its paragraphs (three indented lines or more)', () => {
    const two = `　　${P}\n　　${Q}\n${P}`;
    expect(new Page(pageLines(two)).indentsParagraphs).toBe(false);
    expect(new Page(pageLines(`${two}\n　　${Q}`)).indentsParagraphs).toBe(true);
  });
});
