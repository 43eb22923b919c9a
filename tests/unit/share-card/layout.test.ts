import { describe, expect, it } from 'vitest';
import { breakLines, fitText, normaliseSpace, truncateToWidth, type Measure } from '../../../src/share-card/layout';

/** A stand-in font: Han characters and full-width punctuation 1 em, everything else 0.5 em. */
const measure: Measure = (text) => [...text].reduce((w, c) => w + (/[\u3000-\u9fff\uff00-\uffef“”‘’]/u.test(c) ? 1 : 0.5), 0);

describe('breakLines', () => {
  it('breaks Chinese between any two characters', () => {
    expect(breakLines('致全区科技工作者的一封信', 5, measure, 'characters')).toEqual(['致全区科技', '工作者的一', '封信']);
  });

  it('keeps closing punctuation off the start of a line and opening punctuation off its end', () => {
    // 5 em lines: “主旋律” may not be split as “ | 主 or ” on a new line.
    const lines = breakLines('奏响强工“主旋律”', 5, measure, 'characters')!;
    expect(lines.join('')).toBe('奏响强工“主旋律”');
    for (const line of lines) {
      expect(line).not.toMatch(/^[”’，。、）》]/u);
      expect(line).not.toMatch(/[“‘（《]$/u);
    }
  });

  it('breaks Latin only at spaces, and drops the space at the break', () => {
    expect(breakLines('Lessons from the Study Tour', 5, measure, 'characters')).toEqual(['Lessons', 'from the', 'Study Tour']);
  });

  it('cuts a word longer than a line rather than overflow', () => {
    const lines = breakLines('Supercalifragilistic', 4, measure, 'characters')!;
    expect(lines.join('')).toBe('Supercalifragilistic');
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(4);
  });

  it('in phrase mode breaks only at spaces, and gives up when a phrase is wider than a line', () => {
    expect(breakLines('奏响强工兴产 凝聚工业倍增', 8, measure, 'phrases')).toEqual(['奏响强工兴产', '凝聚工业倍增']);
    expect(breakLines('奏响强工兴产主旋律', 8, measure, 'phrases')).toBeUndefined();
  });

  it('collapses white space and keeps an ideographic space', () => {
    expect(normaliseSpace('  市中\n 新闻\u3000 门户 ')).toBe('市中 新闻\u3000门户');
  });
});

describe('fitText', () => {
  const box = { width: 10, height: 3 * 1.3 * 1, sizes: [1] as number[], lineHeight: 1.3, maxLines: 3 };

  it('uses the largest size at which the text fits', () => {
    const fit = fitText('一二三四五六七八九十一二', measure, { ...box, width: 120, height: 400, sizes: [20, 10] });
    expect(fit).toEqual({ fontSize: 20, lines: ['一二三四五六', '七八九十一二'], truncated: false });
  });

  it('shrinks a long title instead of cutting it', () => {
    const title = '一二三四五六七八九十'.repeat(3);
    const fit = fitText(title, measure, { width: 100, height: 3 * 1.3 * 10, sizes: [20, 10], lineHeight: 1.3, maxLines: 3 });
    expect(fit.fontSize).toBe(10);
    expect(fit.lines.join('')).toBe(title);
    expect(fit.truncated).toBe(false);
  });

  it('prefers breaking at the spaces of a headline when that costs one size step at most', () => {
    // At 20 px a line holds 6 characters: 奏响强工兴产主 would break mid-phrase; at 18 px the phrases fit whole.
    const fit = fitText('奏响强工兴产主 凝聚工业倍增', measure, { width: 130, height: 400, sizes: [20, 18], lineHeight: 1.3, maxLines: 3 });
    expect(fit.lines).toEqual(['奏响强工兴产主', '凝聚工业倍增']);
  });

  it('ends with an ellipsis only when even the smallest size does not fit, and stays within the box', () => {
    const fit = fitText('一二三四五六七八九十'.repeat(5), measure, box);
    expect(fit.truncated).toBe(true);
    expect(fit.lines).toHaveLength(3);
    expect(fit.lines[2]!.endsWith('…')).toBe(true);
    for (const line of fit.lines) expect(measure(line)).toBeLessThanOrEqual(10);
  });

  it('balances the lines, so a title never ends with one lonely character', () => {
    // 14 characters a line would leave 局） alone on the second line.
    const fit = fitText('市中干部考察学习启示（区住建局）', measure, { ...box, width: 14, sizes: [1] });
    expect(fit.lines).toEqual(['市中干部考察学习', '启示（区住建局）']);
  });

  it('takes fewer lines when the box is too low for three', () => {
    const fit = fitText('一二三四五六七八九十'.repeat(3), measure, { ...box, height: 2 * 1.3 });
    expect(fit.lines).toHaveLength(2);
  });
});

describe('truncateToWidth', () => {
  it('leaves text that fits alone and cuts the rest with an ellipsis', () => {
    expect(truncateToWidth('区委宣传部、区科协', 20, measure)).toBe('区委宣传部、区科协');
    expect(truncateToWidth('区委宣传部、区科协、区科技局', 6, measure)).toBe('区委宣传部…');
  });
});
