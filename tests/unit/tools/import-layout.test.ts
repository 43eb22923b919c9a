/**
 * The layout rules of the OCR splitter, each with a page where it must
 * fire and one where a naive rule would fire wrongly. Pages are invented
 * and small; the seeds and their variants are measured in
 * import-closeness.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { wrapWidth } from '../../../scripts/lib/import/page.ts';
import { splitArticles } from '../../../scripts/lib/import/split.ts';
import { reflow } from '../../../scripts/lib/import/reflow.ts';
import { wrap } from '../../../scripts/lib/import-closeness/layouts.ts';

const page = (...lines: string[]) => `${lines.join('\n')}\n`;
const heads = (text: string) => splitArticles(text).map((a) => a.headline.join(' '));
const body = (paragraph: string, w: number) => wrap(paragraph, w);

const P1 = '今年以来，张庄镇把家庭医生签约服务作为民生实事来抓，组建签约团队12支，覆盖全镇28个村。';
const P2 = '全镇累计上门服务老年人3000余人次，群众满意度不断提升，家庭医生成了村民的贴心人。';
const Q1 = '青檀街道联合辖区学校开展课后服务，开设书法、围棋等课程20门，惠及学生1500余名。';
const Q2 = '街道将继续整合资源，满足家长多样化需求，让课后服务更有温度。';

describe('the wrap width is estimated from the page', () => {
  it('is the width of the lines that run on', () => {
    const lines = [...body(P1, 14), ...body(P2, 14)].map((text) => ({ text, blankBefore: false }));
    expect(wrapWidth(lines)).toBeGreaterThanOrEqual(13);
    expect(wrapWidth(lines)).toBeLessThanOrEqual(14);
  });
  it('is infinite for a text of one paragraph a line', () => {
    expect(wrapWidth([P1, P2, Q1].map((text) => ({ text, blankBefore: true })))).toBe(Infinity);
  });
});

describe('headlines', () => {
  it('before the body, without marks or blank lines, several articles in a row', () => {
    const text = page('家庭医生上门来', ...body(P1, 16), ...body(P2, 16), '课后服务暖人心', ...body(Q1, 16), ...body(Q2, 16));
    expect(heads(text)).toEqual(['家庭医生上门来', '课后服务暖人心']);
  });

  it('after the first paragraph (the byline printed first)', () => {
    const text = page('记者 赵一', ...body(P1, 16), '家庭医生上门来', ...body(P2, 16), '记者 钱二', ...body(Q1, 16), '课后服务暖人心', ...body(Q2, 16));
    const raws = splitArticles(text);
    expect(raws.map((a) => [a.headline.join(''), a.reporters.join('')])).toEqual([
      ['家庭医生上门来', '赵一'],
      ['课后服务暖人心', '钱二'],
    ]);
    expect(raws[0]!.body.map((b) => b.text).join('')).toBe(P1 + P2);
  });

  it('between the byline and the body', () => {
    const text = page('张庄镇党委副书记王小明', '家庭医生上门来', ...body(P1, 16), ...body(P2, 16));
    const [a] = splitArticles(text);
    expect(a!.headline).toEqual(['家庭医生上门来']);
    expect(a!.speakerLine).toBe('张庄镇党委副书记王小明');
  });

  it('after the body: it goes to the body above, and the next body begins the next article', () => {
    const text = page(...body(P1, 16), ...body(P2, 16), '家庭医生上门来', '——张庄镇党委副书记王小明', '区教育和体育局副局长李四', ...body(Q1, 16), ...body(Q2, 16), '课后服务暖人心');
    const raws = splitArticles(text);
    expect(raws.map((a) => [a.headline.join(''), a.speakerLine])).toEqual([
      ['家庭医生上门来', '张庄镇党委副书记王小明'],
      ['课后服务暖人心', '区教育和体育局副局长李四'],
    ]);
    expect(raws[0]!.notes.join('')).toMatch(/第 \d+ 行“家庭医生上门来”当作标题.*它印在正文后面，按版面归给了第 1 行起的正文：请核对/u);
  });

  it('a headline wraps over two lines when it stands before a subtitle', () => {
    const text = page('张庄镇：', '念好“山水经”', '打好“特色牌”', '——访张庄镇党委书记王建国', ...body(P1, 12));
    const [a] = splitArticles(text);
    expect([a!.kicker, a!.headline, a!.subtitle]).toEqual(['张庄镇', ['念好“山水经”', '打好“特色牌”'], '——访张庄镇党委书记王建国']);
  });

  it('not: a full-width body line without punctuation after a finished sentence', () => {
    // 今年以来张庄镇坚持把民生实事 has no punctuation and follows a full stop, but is as wide as the column and runs on.
    const text = page('家庭医生上门来', '全镇组建签约团队12支，覆', '盖全镇28个村，成效明显。', '今年以来张庄镇坚持把民生实', '事作为头等大事来抓，群众', '满意度不断提升，成效明显。');
    const raws = splitArticles(text);
    expect(raws).toHaveLength(1);
    expect(raws[0]!.body.map((b) => b.text)).toContain('今年以来张庄镇坚持把民生实');
  });

  it('not: a line whose quotes do not close (持续开展“向前一步走 goes on below)', () => {
    const text = page('家庭医生上门来', ...body(P1, 12), '持续开展“向前一步走', '满意在张庄”创建活动，', '成效明显。');
    const raws = splitArticles(text);
    expect(raws).toHaveLength(1);
    expect(raws[0]!.body.at(-3)!.text).toBe('持续开展“向前一步走');
  });

  it('not: an indented line on a page that indents its paragraphs', () => {
    const text = page('家庭医生上门来', `　　${P1.slice(0, 11)}`, P1.slice(11, 23), P1.slice(23), '　　本次活动历时3天', '共走访群众500余户，收集', '意见建议80余条。', '　　下一步将继续做好', '服务工作。');
    expect(heads(text)).toEqual(['家庭医生上门来']);
  });
});

describe('bylines', () => {
  it('a role and name wrapped after 、, or with the name alone on the next line', () => {
    const text = page('区行政审批服务局党组副书记、', '区政务服务中心主任李子刚', ...body(P1, 14), '审批提速看市中', '区文化和旅游局副局长', '吴晓丽', ...body(Q1, 14), '文旅融合开新局');
    expect(splitArticles(text).map((a) => a.speakerLine)).toEqual(['区行政审批服务局党组副书记、区政务服务中心主任李子刚', '区文化和旅游局副局长吴晓丽']);
  });

  it('not: a body line that ends with a role word and two characters not led by a surname (…总书记关于)', () => {
    const text = page('致全区科技工作者的一封信', '今年是实施规划的关键之年。', '我们将全面贯彻习近平总书记关于', '科技创新的新理念新战略新举措，', '积极搭建创新平台。');
    const [a] = splitArticles(text);
    expect(a!.speakerLine).toBeUndefined();
    expect(a!.body).toHaveLength(4);
  });

  it('a kicker stands before a headline; a salutation that ends with ： stands before body text', () => {
    const text = page('张庄镇：', '家庭医生上门来', ...body(P1, 16), '致全镇群众的一封信', '全镇广大群众：', ...body(Q2, 16));
    const raws = splitArticles(text);
    expect(raws.map((a) => a.kicker)).toEqual(['张庄镇', undefined]);
    expect(raws[1]!.body[0]!.text).toBe('全镇广大群众：');
  });
});

describe('lines cut before ，or ”', () => {
  it('join the line before, never begin a paragraph', () => {
    const lines = ['“以前一下雨楼前就积水。', '”居民张大爷说。', '今年以来，街道', '，新建了停车场。'].map((text, i) => ({ text, blankBefore: i === 2, line: i + 1 }));
    expect(reflow(lines).paragraphs).toEqual(['“以前一下雨楼前就积水。”居民张大爷说。', '今年以来，街道，新建了停车场。']);
  });
});
