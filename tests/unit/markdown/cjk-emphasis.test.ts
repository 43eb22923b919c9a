/**
 * Emphasis and strikethrough next to CJK punctuation (remark-cjk-friendly),
 * rendered through the site's real markdown processor.
 */
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../src/markdown/index.ts';

describe('CJK-friendly emphasis', () => {
  it('bolds a sentence that ends in CJK punctuation and is followed by Han', async () => {
    const html = await renderMarkdown('**锚定“强工业”，在转型倍增上攻坚突围。**健全24家');
    expect(html).toBe('<p><strong>锚定“强工业”，在转型倍增上攻坚突围。</strong>健全24家</p>');
  });

  it.each([
    ['前**（括号）**后', '<p>前<strong>（括号）</strong>后</p>'],
    ['他说**“你好”**然后', '<p>他说<strong>“你好”</strong>然后</p>'],
    ['**第一条。**第二条**第三条：**内容', '<p><strong>第一条。</strong>第二条<strong>第三条：</strong>内容</p>'],
    ['*强调，*文字', '<p><em>强调，</em>文字</p>'],
  ])('leaves no asterisks in %s', async (markdown, expected) => {
    const html = await renderMarkdown(markdown);
    expect(html).toBe(expected);
    expect(html).not.toContain('*');
  });

  it('still handles English emphasis', async () => {
    expect(await renderMarkdown('Some **bold** and *italic* text.')).toBe(
      '<p>Some <strong>bold</strong> and <em>italic</em> text.</p>',
    );
  });

  it('strikes through after CJK punctuation with ~~', async () => {
    expect(await renderMarkdown('~~删除“这个”。~~后面')).toBe('<p><del>删除“这个”。</del>后面</p>');
  });

  it('does not turn single tildes of Chinese ranges into strikethrough', async () => {
    expect(await renderMarkdown('气温3~5℃，夜间7~9℃。会期3~5日，7~9日。')).toBe(
      '<p>气温3~5℃，夜间7~9℃。会期3~5日，7~9日。</p>',
    );
  });
});
