import { describe, expect, it } from 'vitest';
import { markHanWords, markHanWordsInHtml } from '../../../src/search/indexing/mark-words';

const ZWSP = '\u200B';
/** How pagefind.js cuts a query (Intl.Segmenter, word granularity, words only). */
const queryWords = (q: string) =>
  [...new Intl.Segmenter('zh-CN', { granularity: 'word' }).segment(q)].filter((s) => s.isWordLike).map((s) => s.segment);

describe('marking Chinese words for the search index', () => {
  it('puts a zero-width space between the words of a Chinese run, and nowhere else', () => {
    const marked = markHanWords('全力推进招商引资工作');
    expect(marked.split(ZWSP).length).toBeGreaterThan(2);
    expect(marked.replaceAll(ZWSP, '')).toBe('全力推进招商引资工作');
    expect(marked.startsWith(ZWSP) || marked.endsWith(ZWSP)).toBe(false);
  });

  it('cuts page text the way the browser cuts a query, so the query words are whole words of the page', () => {
    const text = '市中区坚持把招商引资作为经济工作的生命线，新远大装备制造项目加快建设。';
    const pageWords = new Set(markHanWordsInHtml(`<p>${text}</p>`).replace(/<\/?p>/g, '').split(/[\u200B，。]/u));
    for (const q of ['招商引资', '经济工作', '新远大', '装备制造']) {
      for (const w of queryWords(q)) expect(pageWords, `${q} → ${w}`).toContain(w);
    }
  });

  it('leaves tags, attributes, entities, scripts and styles as they are', () => {
    const html =
      '<html lang="zh-CN"><head><meta data-pagefind-meta="title[content]" content="招商引资工作会议">' +
      '<style>.a::before{content:"招商引资"}</style></head><body>' +
      '<h1 title="招商引资">招商引资工作</h1><!-- 招商引资 --><p>甲&amp;乙 2023年5月 GDP增长</p>' +
      '<script>const s = "招商引资";</script></body></html>';
    const marked = markHanWordsInHtml(html);
    expect(marked.replaceAll(ZWSP, '')).toBe(html);
    // Only text between tags changed.
    for (const kept of [
      'content="招商引资工作会议"',
      'content:"招商引资"',
      'title="招商引资"',
      '<!-- 招商引资 -->',
      'const s = "招商引资";',
      '&amp;',
      'GDP',
    ]) {
      expect(marked).toContain(kept);
    }
    expect(marked).toContain(`>${markHanWords('招商引资工作')}</h1>`);
    expect(marked).not.toContain('>招商引资工作</h1>');
  });

  it('marks only from the element Pagefind reads, when the page has one', () => {
    const html = '<header><p>市中新闻网站导航</p></header><article data-pagefind-body><h1>招商引资工作</h1></article>';
    const marked = markHanWordsInHtml(html);
    expect(marked.startsWith('<header><p>市中新闻网站导航</p></header><article data-pagefind-body>')).toBe(true);
    expect(marked).toContain(`<h1>${markHanWords('招商引资工作')}</h1>`);
    expect(markHanWords('招商引资工作')).toContain(ZWSP);
  });

  it('puts no mark next to digits, Latin letters or punctuation', () => {
    const marked = markHanWords('2023年，GDP增长5.1%，完成投资');
    expect(marked.replaceAll(ZWSP, '')).toBe('2023年，GDP增长5.1%，完成投资');
    for (const [i, ch] of [...marked].entries()) {
      if (ch !== ZWSP) continue;
      const before = [...marked][i - 1]!;
      const after = [...marked][i + 1]!;
      expect(/\p{Script=Han}/u.test(before) && /\p{Script=Han}/u.test(after), `${before}|${after}`).toBe(true);
    }
  });

  it('changes nothing without Chinese characters', () => {
    const html = '<p>Open letter to science workers, 2023</p>';
    expect(markHanWordsInHtml(html)).toBe(html);
  });
});
