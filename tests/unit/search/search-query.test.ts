import { describe, expect, it } from 'vitest';
import {
  containsAll,
  excerptAround,
  hanTerms,
  looseQuery,
  pagefindQuery,
  hanWords,
  highlightTerms,
  markText,
  normalizeQuery,
  queryTerms,
  type WordSegmenter,
} from '../../../src/search/query';

/** The browser's word segmenter, as pagefind.js and the search page use it (Node has the same ICU data). */
const zh: WordSegmenter = (text) =>
  [...new Intl.Segmenter('zh-CN', { granularity: 'word' }).segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);

describe('normalizeQuery', () => {
  it('turns Chinese quotation marks into phrase quotes', () => {
    expect(normalizeQuery('“招商引资”')).toBe('"招商引资"');
    expect(normalizeQuery('「新远大」')).toBe('"新远大"');
  });

  it('makes full-width letters, digits and spaces half-width and collapses spaces', () => {
    expect(normalizeQuery('ＧＤＰ　２０２３  招商')).toBe('GDP 2023 招商');
  });

  it('drops a quote left open (an input method often adds only one)', () => {
    expect(normalizeQuery('“招商引资')).toBe('招商引资');
    expect(normalizeQuery('"a" "b')).toBe('"a" b');
    expect(normalizeQuery('“”')).toBe('');
    expect(normalizeQuery('   ')).toBe('');
  });
});

describe('queryTerms and highlightTerms', () => {
  it('keeps quoted phrases whole and splits the rest on spaces', () => {
    expect(queryTerms('"招商 线索" 永安镇 招商')).toEqual(['招商 线索', '永安镇', '招商']);
  });

  it('highlights the whole term and the words of two or more characters inside it, longest first', () => {
    const terms = highlightTerms('量子计算 新远大', zh);
    expect(terms.slice(0, 2)).toEqual(['量子计算', '新远大']);
    expect(terms).toContain('量子');
    expect(terms).toContain('远大');
    expect(terms.every((t) => [...t].length >= 2)).toBe(true);
  });

  it('works without a segmenter (old browsers): the terms themselves', () => {
    expect(highlightTerms('新远大 锂电')).toEqual(['新远大', '锂电']);
  });
});

describe('markText', () => {
  it('marks every occurrence, merging neighbours', () => {
    expect(markText('以商招商、招商引资', ['招商引资', '招商'])).toEqual([
      { text: '以商', mark: false },
      { text: '招商', mark: true },
      { text: '、', mark: false },
      { text: '招商引资', mark: true },
    ]);
    expect(markText('招商招商', ['招商'])).toEqual([{ text: '招商招商', mark: true }]);
  });

  it('ignores case and marks the rest of an English word', () => {
    expect(markText('Science workers and a worker', ['worker', 'science'])).toEqual([
      { text: 'Science', mark: true },
      { text: ' ', mark: false },
      { text: 'workers', mark: true },
      { text: ' and a ', mark: false },
      { text: 'worker', mark: true },
    ]);
  });

  it('treats the terms as text, not as patterns', () => {
    expect(markText('a+b (c)', ['a+b', '(c)']).filter((p) => p.mark).map((p) => p.text)).toEqual(['a+b', '(c)']);
    expect(markText('abc', [])).toEqual([{ text: 'abc', mark: false }]);
  });
});

describe('checking Pagefind’s Chinese matches', () => {
  it('takes the terms with Chinese characters as typed, and the query without phrase quotes', () => {
    expect(hanTerms('"招商 线索" 新远大 GDP')).toEqual(['招商 线索', '新远大']);
    expect(hanTerms('letter workers')).toEqual([]);
    expect(looseQuery('"工业项目" 永安镇')).toBe('工业项目 永安镇');
  });

  it('takes the Chinese words of the unquoted terms', () => {
    expect(hanWords('量子计算', zh).join('')).toBe('量子计算');
    expect(hanWords('新远大 GDP', zh).join('')).toBe('新远大');
    expect(hanWords('"工业项目"', zh)).toEqual([]);
    expect(hanWords('letter', zh)).toEqual([]);
  });

  it('tells a page with every word from one that has only some characters of them', () => {
    const page = '总投资5亿元的新远大矿用锂电设备生产基地项目。飞速发展，大量投入。';
    expect(containsAll(page, hanWords('新远大 锂电', zh))).toBe(true);
    expect(containsAll(page, hanWords('飞机', zh))).toBe(false);
    expect(containsAll(page, hanWords('量子计算', zh))).toBe(false);
  });

  it('ignores spaces and case', () => {
    expect(containsAll('新远大 矿用 GDP', ['新远大矿用', 'gdp'])).toBe(true);
  });
});

describe('excerptAround', () => {
  const text =
    '收获满满 对标对表. 潘超. 新春伊始，区委、区政府组织高规格大团队考察。一是坚定不移实行工业倍增。重点盯紧新远大矿用锂电设备生产基地、中建材先进光子材料产业园等66个实施类工业项目，加快推进项目投产达效。';

  it('cuts the text around the first match, from a punctuation mark, with ellipses', () => {
    const excerpt = excerptAround(text, ['新远大'], { length: 30 });
    expect(excerpt).toMatch(/^…重点盯紧新远大/);
    expect(excerpt).toMatch(/…$/);
  });

  it('prefers the longest term, and skips the title when asked', () => {
    expect(excerptAround(text, ['项目', '工业项目'], { length: 20 })).toContain('工业项目');
    expect(excerptAround('招商引资的标题. 正文讲了许多招商引资。', ['招商引资'], { length: 20, from: 7 })).toBe('…正文讲了许多招商引资。');
  });

  it('falls back to a match in the title, and says when nothing matches', () => {
    expect(excerptAround('招商标题. 正文。', ['招商'], { length: 20, from: 5 })).toBe('招商标题. 正文。');
    expect(excerptAround(text, ['量子计算'], { length: 20 })).toBeUndefined();
  });

  it('cuts English text at spaces', () => {
    const en = 'It is midsummer, and all things vie in their beauty. On the occasion of the seventh National Science and Technology Workers Day, we extend our greetings.';
    const excerpt = excerptAround(en, ['workers'], { length: 60 }) ?? '';
    expect(excerpt).toContain('Workers');
    expect(excerpt).toMatch(/^…[A-Z][a-z]+ /);
    expect(excerpt.replace(/…$/, '')).toMatch(/\S$/);
  });
});


describe('pagefindQuery', () => {
  it('makes a single Chinese term an exact phrase', () => {
    expect(pagefindQuery('招商引资')).toBe('"招商引资"');
    expect(pagefindQuery('"招商引资"')).toBe('"招商引资"');
    expect(pagefindQuery('5G基站')).toBe('"5G基站"');
  });

  it('leaves English, several terms and phrases with spaces as typed', () => {
    expect(pagefindQuery('science workers')).toBe('science workers');
    expect(pagefindQuery('letter')).toBe('letter');
    expect(pagefindQuery('招商引资 新远大')).toBe('招商引资 新远大');
    expect(pagefindQuery('"招商 线索"')).toBe('"招商 线索"');
  });
});
