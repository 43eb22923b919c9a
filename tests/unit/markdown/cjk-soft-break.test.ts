/**
 * Soft line breaks next to CJK text are removed (remark-cjk-soft-break),
 * rendered through the site's real markdown processor.
 */
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../src/markdown/index.ts';

/** Render one paragraph and return its HTML without the `<p>` wrapper. */
async function inline(markdown: string): Promise<string> {
  const html = await renderMarkdown(markdown);
  const match = /^<p>([\s\S]*)<\/p>$/.exec(html);
  if (!match?.[1]) throw new Error(`not a single paragraph: ${html}`);
  return match[1];
}

describe('soft breaks between CJK characters', () => {
  it('joins two lines of Chinese', async () => {
    expect(await inline('市中区召开\n全区经济工作会议')).toBe('市中区召开全区经济工作会议');
  });

  it('joins Han with digits and Latin on either side', async () => {
    expect(await inline('中电科\n40、41所')).toBe('中电科40、41所');
    expect(await inline('GDP\n总量')).toBe('GDP总量');
    expect(await inline('总量\nGDP')).toBe('总量GDP');
    expect(await inline('2024年\n10月')).toBe('2024年10月');
  });

  it('joins next to CJK punctuation and full-width forms', async () => {
    expect(await inline('会议指出，\n要抓好落实')).toBe('会议指出，要抓好落实');
    expect(await inline('（一）\n总体要求')).toBe('（一）总体要求');
    expect(await inline('ＡＢＣ\nabc')).toBe('ＡＢＣabc');
  });

  it('removes spaces and tabs around the removed line break', async () => {
    expect(await inline('的 \n 中')).toBe('的中');
    expect(await inline('的\t\n\t中')).toBe('的中');
  });

  it('keeps the line break between English words', async () => {
    expect(await inline('English text\nstays English')).toBe('English text\nstays English');
    expect(await inline('Version 2\n3 items')).toBe('Version 2\n3 items');
  });

  it('keeps the line break between Korean words', async () => {
    expect(await inline('한국어\n문장')).toBe('한국어\n문장');
  });

  it('handles Han extension characters outside the BMP', async () => {
    expect(await inline('𠀀\nabc')).toBe('𠀀abc');
    expect(await inline('abc\n𪚥')).toBe('abc𪚥');
  });

  it('handles CRLF line endings', async () => {
    expect(await inline('中文\r\n中文')).toBe('中文中文');
  });
});

describe('soft breaks next to ambiguous punctuation', () => {
  it('counts a closing quote as CJK when CJK text is inside it', async () => {
    expect(await inline('他说：“好。”\nHe left.')).toBe('他说：“好。”He left.');
    expect(await inline('“强工业”\n战略')).toBe('“强工业”战略');
  });

  it('counts an opening quote as CJK when CJK text is inside it', async () => {
    expect(await inline('OK\n“你好”')).toBe('OK“你好”');
    expect(await inline('他说\n“你好”')).toBe('他说“你好”');
  });

  it('keeps the break when the quotes hold English on both sides', async () => {
    expect(await inline('He said “hi”\nand left')).toBe('He said “hi”\nand left');
    expect(await inline('He said\n“hi” twice')).toBe('He said\n“hi” twice');
    expect(await inline('it’s\nfine')).toBe('it’s\nfine');
  });

  it('removes the break when the far side of the quote is English but the other side is CJK', async () => {
    expect(await inline('“Hello”\n中文')).toBe('“Hello”中文');
  });

  it('treats dashes and ellipses the same way', async () => {
    expect(await inline('稳中求进……\nand more')).toBe('稳中求进……and more');
    expect(await inline('wait…\nfor it')).toBe('wait…\nfor it');
    expect(await inline('English\n——中文破折号')).toBe('English——中文破折号');
    expect(await inline('English —\nmore English')).toBe('English —\nmore English');
  });
});

describe('soft breaks next to other inline nodes', () => {
  it('looks into bold text after the break', async () => {
    expect(await inline('文字\n**粗体**')).toBe('文字<strong>粗体</strong>');
    expect(await inline('Text\n**粗体**')).toBe('Text<strong>粗体</strong>');
  });

  it('looks into bold text before the break (right after </strong>)', async () => {
    expect(await inline('**粗体**\n文字')).toBe('<strong>粗体</strong>文字');
    expect(await inline('**粗体**\ntext')).toBe('<strong>粗体</strong>text');
    expect(await inline('**锚定“强工业”。**\nHe said')).toBe('<strong>锚定“强工业”。</strong>He said');
  });

  it('handles bold at the start of a line and between two bold runs', async () => {
    expect(await inline('第一行结束\n**第二行**开头')).toBe('第一行结束<strong>第二行</strong>开头');
    expect(await inline('**甲**\n**乙**')).toBe('<strong>甲</strong><strong>乙</strong>');
  });

  it('keeps the break between English bold and English text', async () => {
    expect(await inline('**Bold**\ntext')).toBe('<strong>Bold</strong>\ntext');
    expect(await inline('text\n**Bold**')).toBe('text\n<strong>Bold</strong>');
  });

  it('handles breaks inside bold text', async () => {
    expect(await inline('**粗体\n文字**')).toBe('<strong>粗体文字</strong>');
  });

  it('looks into links on either side', async () => {
    expect(await inline('详见\n[通知](https://example.com/a)')).toBe('详见<a href="https://example.com/a">通知</a>');
    expect(await inline('[通知](https://example.com/a)\n全文')).toBe('<a href="https://example.com/a">通知</a>全文');
    expect(await inline('see\n[the notice](https://example.com/a)')).toBe(
      'see\n<a href="https://example.com/a">the notice</a>',
    );
  });

  it('looks into inline code without editing it', async () => {
    expect(await inline('运行\n`npm test`\n命令')).toBe('运行<code>npm test</code>命令');
    expect(await inline('run\n`npm test`\nnow')).toBe('run\n<code>npm test</code>\nnow');
  });

  it('looks through inline HTML tags, incl. a raw </strong>', async () => {
    expect(await inline('文字\n<span>中文</span>')).toBe('文字<span>中文</span>');
    expect(await inline('<strong>粗体</strong>\ntext')).toBe('<strong>粗体</strong>text');
    expect(await inline('<b>Bold</b>\ntext')).toBe('<b>Bold</b>\ntext');
  });

  it('treats footnote references and images as objects: the other side decides', async () => {
    const html = await renderMarkdown('正文[^1]\n继续，text[^1]\nmore\n\n[^1]: 注');
    expect(html).toContain('</sup>继续，text<sup>');
    expect(html).toContain('</sup>\nmore</p>');
    expect(await inline('![图](a.png)\nEnglish')).toBe('<img src="a.png" alt="图">\nEnglish');
    expect(await inline('![图](a.png)\n中文')).toBe('<img src="a.png" alt="图">中文');
  });

  it('cleans image alt text', async () => {
    expect(await inline('![市中区\n夜景](media/a.jpg)')).toBe(
      '<img src="media/a.jpg" alt="市中区夜景">',
    );
  });
});

describe('hard breaks', () => {
  it('keeps two trailing spaces as <br>', async () => {
    expect(await inline('第一行  \n第二行')).toBe('第一行<br>\n第二行');
  });

  it('keeps a trailing backslash as <br>', async () => {
    expect(await inline('第一行\\\n第二行')).toBe('第一行<br>\n第二行');
  });
});

describe('soft breaks in a longer paragraph', () => {
  it('decides each break on its own', async () => {
    const markdown = [
      '市中区今年',
      'GDP增长5.2%，',
      '“强工业”战略成效明显。The report',
      'says growth will',
      '继续保持，',
      '详见**附件一**',
      '和[通知](https://example.com/n)。',
    ].join('\n');
    expect(await inline(markdown)).toBe(
      '市中区今年GDP增长5.2%，“强工业”战略成效明显。The report\nsays growth will继续保持，' +
        '详见<strong>附件一</strong>和<a href="https://example.com/n">通知</a>。',
    );
  });
});

describe('soft breaks in other blocks', () => {
  it('removes them in list item paragraphs, tight and loose', async () => {
    expect(await renderMarkdown('- 第一\n  项\n- English\n  item')).toBe(
      '<ul>\n<li>第一项</li>\n<li>English\nitem</li>\n</ul>',
    );
    expect(await renderMarkdown('1. 第一\n   项\n\n2. 第二\n   项')).toBe(
      '<ol>\n<li>\n<p>第一项</p>\n</li>\n<li>\n<p>第二项</p>\n</li>\n</ol>',
    );
  });

  it('removes them in setext headings', async () => {
    expect(await renderMarkdown('全区经济\n工作会议\n---')).toBe('<h2 id="全区经济工作会议">全区经济工作会议</h2>');
  });

  it('removes them in blockquotes, incl. lazy continuation lines', async () => {
    expect(await renderMarkdown('> 引用\n> 内容\n继续')).toBe('<blockquote>\n<p>引用内容继续</p>\n</blockquote>');
  });

  it('removes them in footnote definitions', async () => {
    const html = await renderMarkdown('正文[^1]\n\n[^1]: 注释\n    内容');
    expect(html).toContain('<p>注释内容 <a href="#user-content-fnref-1"');
  });
});
