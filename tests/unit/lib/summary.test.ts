import { describe, expect, it } from 'vitest';
import { deriveSummary, stripMarkdown } from '../../../src/lib/summary';

describe('deriveSummary', () => {
  it('takes the first paragraph, markdown stripped', () => {
    expect(deriveSummary('**锚定“强工业”。**健全机制。\n\n第二段。')).toBe('锚定“强工业”。健全机制。');
  });

  it('skips a letter’s salutation', () => {
    expect(deriveSummary('全区广大科技工作者：\n\n仲夏时节，万物竞秀。')).toBe('仲夏时节，万物竞秀。');
  });

  it('skips headings and cuts at a sentence end', () => {
    const long = `${'一'.repeat(80)}。${'二'.repeat(80)}。`;
    expect(deriveSummary(`## 小标题\n\n${long}`, 120)).toBe(`${'一'.repeat(80)}。`);
  });

  it('adds an ellipsis when no sentence ends early enough', () => {
    expect(deriveSummary('三'.repeat(200), 50)).toBe(`${'三'.repeat(50)}…`);
  });

  it('joins CJK line breaks without a space and English ones with a space', () => {
    expect(stripMarkdown('市中区\n强工兴产')).toBe('市中区强工兴产');
    expect(stripMarkdown('open\nletter')).toBe('open letter');
    expect(stripMarkdown('[链接](https://example.com)与<b>标签</b>')).toBe('链接与标签');
  });
});
