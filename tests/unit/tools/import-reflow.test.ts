/**
 * The importer's line joining and paragraph rebuilding, on texts of the
 * kinds the paper produces (not the seed texts).
 */
import { describe, expect, it } from 'vitest';
import { reflow, type BodyLine } from '../../../scripts/lib/import/reflow.ts';
import { endsSentence, joinLines, removeOcrSpaces } from '../../../scripts/lib/import/text.ts';

/** Body lines from a block of text: a blank line sets blankBefore on the next line. */
function lines(text: string): BodyLine[] {
  const out: BodyLine[] = [];
  let blank = false;
  text.split('\n').forEach((t, i) => {
    if (t.trim() === '') {
      blank = true;
      return;
    }
    out.push({ text: t, blankBefore: blank, line: i + 1 });
    blank = false;
  });
  return out;
}

describe('joining wrapped lines', () => {
  it('joins Chinese lines without a space, English lines with one', () => {
    expect(joinLines('区卫健局将进一', '步提升服务水平')).toBe('区卫健局将进一步提升服务水平');
    expect(joinLines('完成投资2000', '万元')).toBe('完成投资2000万元');
    expect(joinLines('“以企招商', '”理念')).toBe('“以企招商”理念');
    expect(joinLines('the district', 'government')).toBe('the district government');
  });

  it('drops OCR spaces next to digits, Latin letters and Chinese punctuation, keeps them between Han characters', () => {
    expect(removeOcrSpaces('新增 12 家企业，增长 35%的目标，引进 AI 项目 ，建成 5G 基站').text).toBe('新增12家企业，增长35%的目标，引进AI项目，建成5G基站');
    const kept = removeOcrSpaces('开展“家门口 微服务”活动');
    expect(kept.text).toBe('开展“家门口 微服务”活动');
    expect(kept.keptHanSpaces).toHaveLength(1);
  });

  it('knows when a sentence is finished', () => {
    expect(endsSentence('全力推进项目建设。')).toBe(true);
    expect(endsSentence('真正做到“件件有回音。”')).toBe(true);
    expect(endsSentence('**抓好项目招引。**')).toBe(true);
    expect(endsSentence('全体居民：')).toBe(true);
    expect(endsSentence('力争年底前')).toBe(false);
    expect(endsSentence('加快建设；')).toBe(false);
  });
});

describe('rebuilding paragraphs', () => {
  it('joins a hard-wrapped paragraph into one', () => {
    const { paragraphs } = reflow(lines('近日，税郭镇组织干部深入\n田间地头，帮助群众抢收\n小麦，确保颗粒归仓。'));
    expect(paragraphs).toEqual(['近日，税郭镇组织干部深入田间地头，帮助群众抢收小麦，确保颗粒归仓。']);
  });

  it('joins a paragraph cut by a page break (blank line inside an unfinished sentence)', () => {
    const { paragraphs } = reflow(lines('街道计划今年新建口袋公园\n\n3处，改造老旧小区12个。\n\n下一步，街道将继续努力。'));
    expect(paragraphs).toEqual(['街道计划今年新建口袋公园3处，改造老旧小区12个。', '下一步，街道将继续努力。']);
  });

  it('starts a new paragraph after a blank line that follows a finished sentence', () => {
    const { paragraphs } = reflow(lines('第一段说完了。\n\n第二段开始。'));
    expect(paragraphs).toHaveLength(2);
  });

  it('starts a new paragraph at 一、 （一） —— after a finished sentence, without a blank line', () => {
    const { paragraphs } = reflow(
      lines('我们将从三个方面抓落实，确保各项任务\n按期完成，取得实效。\n一、抓项目建设，促进有效\n投资增长。\n（一）聚焦重点项目，加快\n建设进度。\n——在社区，我看到了变化。'),
    );
    expect(paragraphs).toEqual([
      '我们将从三个方面抓落实，确保各项任务按期完成，取得实效。',
      '一、抓项目建设，促进有效投资增长。',
      '（一）聚焦重点项目，加快建设进度。',
      '——在社区，我看到了变化。',
    ]);
  });

  it('makes paragraphs of a 一是/二是/三是 list when every item begins a line', () => {
    const text = '今年重点做好三件事，确保民生实事\n落到实处，群众满意。\n一是改造老旧小区，完善\n配套设施建设。\n二是建设口袋公园，增加\n绿地面积。\n三是推进背街小巷整治，\n提升城市品质。';
    expect(reflow(lines(text)).paragraphs).toEqual([
      '今年重点做好三件事，确保民生实事落到实处，群众满意。',
      '一是改造老旧小区，完善配套设施建设。',
      '二是建设口袋公园，增加绿地面积。',
      '三是推进背街小巷整治，提升城市品质。',
    ]);
  });

  it('keeps a 一是/二是 list inline when its items run inside the paragraph', () => {
    const text = '今年重点做好两件事。一是改造\n老旧小区，完善配套设施建设，\n提升居住品质和群众满意度。\n二是建设口袋公园。同时做好\n宣传工作。';
    expect(reflow(lines(text)).paragraphs).toEqual(['今年重点做好两件事。一是改造老旧小区，完善配套设施建设，提升居住品质和群众满意度。二是建设口袋公园。同时做好宣传工作。']);
  });

  it('starts a new paragraph after a short last line that ends a sentence', () => {
    const text = '街道组织网格员深入辖区开展\n入户走访，收集群众意见建议\n共计三百余条，均已分类办理。\n完毕。\n社区同时开展志愿服务活动，\n为居民提供义诊、理发等服务。';
    expect(reflow(lines(text)).paragraphs).toEqual([
      '街道组织网格员深入辖区开展入户走访，收集群众意见建议共计三百余条，均已分类办理。完毕。',
      '社区同时开展志愿服务活动，为居民提供义诊、理发等服务。',
    ]);
  });

  it('removes OCR spaces inside the rebuilt paragraphs', () => {
    expect(reflow(lines('全年完成投资 15 亿\n元，增长 20%。')).paragraphs).toEqual(['全年完成投资15亿元，增长20%。']);
  });
});
