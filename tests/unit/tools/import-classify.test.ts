/**
 * The line classifier of the OCR splitter: what each line of a page is
 * read as (column, kicker, headline, subtitle, byline, speaker, source,
 * signatories, date, body), each kind with a page where it must be found
 * and one where a naive rule would find it wrongly.
 */
import { describe, expect, it } from 'vitest';
import { classifyLines, isSubtitle, signatoriesAt, type Unit } from '../../../scripts/lib/import/classify.ts';
import { Page, pageLines } from '../../../scripts/lib/import/page.ts';
import { wrap } from '../../../scripts/lib/import-closeness/layouts.ts';

const P1 = '今年以来，张庄镇把家庭医生签约服务作为民生实事来抓，组建签约团队12支，覆盖全镇28个村。';
const P2 = '全镇累计上门服务老年人3000余人次，群众满意度不断提升，家庭医生成了村民的贴心人。';

const pageOf = (...lines: string[]) => new Page(pageLines(lines.join('\n')));
/** Each unit as its kind and its first line's text. */
const read = (page: Page, columns: string[] = []) =>
  classifyLines(page, columns).map((u: Unit) => [u.kind, u.kind === 'headline' ? u.lines.map((l) => l.text).join('|') : u.line.text]);

describe('a title block before the body', () => {
  it('column, kicker, headline, subtitle, byline, body, source', () => {
    const page = pageOf('民生实事', '张庄镇：', '家庭医生上门来', '——访张庄镇党委书记王建国', '记者 赵一 通讯员 钱二', ...wrap(P1, 16), ...wrap(P2, 16), '来源于区卫健局');
    const units = read(page, ['民生实事']);
    expect(units.slice(0, 5)).toEqual([
      ['column', '民生实事'],
      ['kicker', '张庄镇：'],
      ['headline', '家庭医生上门来'],
      ['subtitle', '——访张庄镇党委书记王建国'],
      ['reporters', '记者 赵一 通讯员 钱二'],
    ]);
    expect(units.slice(5, -1).every(([kind]) => kind === 'body')).toBe(true);
    expect(units.at(-1)).toEqual(['source', '来源于区卫健局']);
  });

  it('a short line above a longer headline line is its kicker, without a colon', () => {
    expect(read(pageOf('张庄镇', '家庭医生上门服务暖人心', '', ...wrap(P1, 16))).slice(0, 2)).toEqual([
      ['kicker', '张庄镇'],
      ['headline', '家庭医生上门服务暖人心'],
    ]);
  });

  it('not a column: the name of a column not given', () => {
    expect(read(pageOf('民生实事', '', ...wrap(P1, 16)))[0]).toEqual(['headline', '民生实事']);
  });
});

describe('a speaker byline', () => {
  it('wraps after 、 onto the next line, and is one unit of two lines', () => {
    const units = classifyLines(pageOf('区行政审批服务局党组副书记、', '区政务服务中心主任李子刚', ...wrap(P1, 14)));
    expect(units[0]).toMatchObject({ kind: 'speaker', text: '区行政审批服务局党组副书记、区政务服务中心主任李子刚', lines: 2 });
    expect(units[1]!.kind).toBe('body');
  });

  // Lines of a column 14 characters wide; the fifth ends as a role word and a name would.
  const before = ['今年以来张庄镇把家庭医生签约', '服务作为民生实事来抓组建签约', '团队覆盖全镇的各个村，成效明', '显，群众满意度不断提升明显。'];
  const role = '我们将全面贯彻市委副书记张三';
  const after = ['的要求，把好事办实把实事办好', '让群众在家门口看上好的医生。'];

  it('a full-width line amid body text that ends with a role word and a name is body', () => {
    const units = read(pageOf('家庭医生上门来', '', ...before, role, ...after));
    expect(units.map(([kind]) => kind)).toEqual(['headline', 'body', 'body', 'body', 'body', 'body', 'body', 'body']);
  });

  it('the same line standing apart (a blank line after it) is a byline', () => {
    const units = read(pageOf('家庭医生上门来', '', ...before, role, '', ...after));
    expect(units[5]).toEqual(['speaker', role]);
  });
});

describe('subtitles', () => {
  const line = (text: string) => pageLines(text)[0]!;
  it('——访 … naming a role and a person is an interview subtitle', () => {
    expect(isSubtitle(line('——访张庄镇党委书记王建国'))).toBe(true);
  });
  it('——role and name is a byline, not a subtitle; a dash before a sentence is neither', () => {
    expect(isSubtitle(line('——张庄镇党委书记王建国'))).toBe(false);
    expect(isSubtitle(line('——这是一句话，不是副题。'))).toBe(false);
    expect(isSubtitle(line('——写在家庭医生签约十周年之际'))).toBe(true);
  });
});

describe('the end of a letter', () => {
  it('signatories and a date after the body are one unit', () => {
    const page = pageOf('致全区家长的一封信', ...wrap('暑期将至，请大家注意孩子的安全，做好防溺水教育。', 14), '区教育和体育局', '区卫生健康局', '2023年5月26日');
    const units = classifyLines(page);
    expect(units.at(-1)).toMatchObject({ kind: 'signatories', names: ['区教育和体育局', '区卫生健康局'], date: '2023年5月26日' });
    expect(units).toHaveLength(1 + wrap('暑期将至，请大家注意孩子的安全，做好防溺水教育。', 14).length + 1);
  });

  it('not without a date after the names', () => {
    const page = pageOf('区教育和体育局', '区卫生健康局', '全区广大家长朋友们');
    expect(signatoriesAt(page, 0)).toBeUndefined();
  });
});

describe('where a unit begins', () => {
  it('a line beginning with ，or ” goes on from the line before, even after a finished sentence', () => {
    const page = pageOf('家庭医生上门来', '全镇组建签约团队12支。', '”村民张大爷说', '，群众满意度不断提升。');
    expect(read(page).map(([kind]) => kind)).toEqual(['headline', 'body', 'body', 'body']);
  });

  it('a date alone in the body is a date line', () => {
    const page = pageOf('家庭医生上门来', ...wrap(P1, 16), '2024年4月16日');
    expect(read(page).at(-1)).toEqual(['date', '2024年4月16日']);
  });
});
