/**
 * Raw HTML allowlist and URL filtering (rehype-sanitize with our schema),
 * rendered through the site's real markdown processor.
 */
import { describe, expect, it } from 'vitest';
import { createMarkdownRenderer, renderMarkdown } from '../../../src/markdown/index.ts';

/** Every href/src value in the output. */
function urls(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1] ?? '');
}

/** A URL the site may link to or load: http(s), mailto, tel or relative. */
const SAFE_URL = /^(?:https?:\/\/|mailto:|tel:|\/|#|\.{0,2}\/|[\w.-]+(?:[/?#]|$))/;

/** Assert that nothing executable survived. */
function expectHarmless(html: string): void {
  expect(html).not.toMatch(/<(?:script|style|iframe|object|embed|form|svg|math|noscript)\b/i);
  expect(html).not.toMatch(/\son[a-z]+=/i);
  expect(html).not.toMatch(/\sstyle=/i);
  expect(html).not.toMatch(/(?:href|src)="\s*(?:javascript|vbscript|data):/i);
  for (const url of urls(html)) expect(url).toMatch(SAFE_URL);
}

describe('dangerous elements', () => {
  it('drops <script> and <style> with their content', async () => {
    const html = await renderMarkdown('前文\n\n<script>alert("x")</script>\n\n<style>p { color: red }</style>\n\n后文');
    expect(html).not.toContain('alert');
    expect(html).not.toContain('color');
    expect(html).toContain('<p>前文</p>');
    expect(html).toContain('<p>后文</p>');
    expectHarmless(html);
  });

  it('drops <iframe>, <object> and <embed> with their content', async () => {
    const html = await renderMarkdown(
      '<iframe src="https://evil.example/">内嵌</iframe>\n\n' +
        '<object data="x.swf"><param name="a" value="b">后备内容</object>\n\n' +
        '<embed src="x.swf">',
    );
    expect(html).not.toMatch(/内嵌|后备内容|swf|evil/);
    expectHarmless(html);
  });

  it('unwraps <form> and drops its controls, keeping the text', async () => {
    const html = await renderMarkdown(
      '<form action="https://evil.example/"><input type="password" name="pw"><button>提交</button></form>',
    );
    expect(html).not.toMatch(/<form|<input|<button|evil/);
    expect(html).toContain('提交');
  });

  it('drops scripts hidden in <svg>, <math> and <noscript>', async () => {
    const html = await renderMarkdown(
      '<svg><script>alert(1)</script></svg>\n\n' +
        '<math><mi xlink:href="javascript:alert(1)">x</mi></math>\n\n' +
        '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
    );
    expect(html).not.toContain('alert');
    expectHarmless(html);
  });

  it('drops HTML comments', async () => {
    expect(await renderMarkdown('文字<!-- 内部备注 -->文字')).toBe('<p>文字文字</p>');
  });
});

describe('dangerous attributes', () => {
  it('drops on* event handlers', async () => {
    const html = await renderMarkdown(
      '<p onclick="x()" onmouseover="y()">段落 <img src="a.png" alt="图" onerror="alert(1)"> ' +
        '<a href="https://example.com/" onfocus="z()">链接</a> <b ONMOUSEOVER="w()">粗</b></p>',
    );
    expect(html).toBe(
      '<p>段落 <img src="a.png" alt="图"> <a href="https://example.com/">链接</a> <b>粗</b></p>',
    );
  });

  it('drops style, class and id attributes from editors', async () => {
    const html = await renderMarkdown(
      '<p style="color:red" class="lead" id="main">段落 <span style="font-size:40px" class="x">文字</span></p>',
    );
    expect(html).toBe('<p>段落 <span>文字</span></p>');
  });

  it('drops attributes a news article does not need', async () => {
    const html = await renderMarkdown(
      '<a href="https://example.com/" target="_blank" rel="opener" name="x">链接</a> <img src="a.png" srcset="javascript:alert(1) 1x" usemap="#m">',
    );
    expect(html).toBe('<p><a href="https://example.com/">链接</a> <img src="a.png"></p>');
  });
});

describe('dangerous URLs in raw HTML', () => {
  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    '&#106;avascript:alert(1)',
    '&#x6A;&#x61;vascript&colon;alert(1)',
    '&#0000106avascript:alert(1)',
    '  javascript:alert(1)',
    '\tjavascript:alert(1)',
    'java&#x09;script:alert(1)',
    'java\nscript:alert(1)',
    '\u0001javascript:alert(1)',
    'vbscript:msgbox(1)',
    'VBScript:msgbox(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'DATA:text/html,<script>alert(1)</script>',
  ])('drops href="%s"', async (url) => {
    const html = await renderMarkdown(`<a href="${url}">链接</a>`);
    expect(html).toBe('<p><a>链接</a></p>');
  });

  it.each(['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'data:image/svg+xml;base64,PHN2Zz4=', 'vbscript:x'])(
    'drops src="%s"',
    async (url) => {
      // A tag alone on its line is an HTML block: no <p> around it.
      const html = await renderMarkdown(`<img src="${url}" alt="图">`);
      expect(html).toBe('<img alt="图">');
    },
  );
});

describe('dangerous URLs in markdown links and images', () => {
  it.each([
    '[链接](javascript:alert(1))',
    '[链接](JaVaScRiPt:alert(1))',
    '[链接](&#106;avascript:alert(1))',
    '[链接](<javascript:alert(1)>)',
    '[链接]( javascript:alert(1))',
    '[链接](vbscript:msgbox(1))',
    '[链接](data:text/html;base64,PHNjcmlwdD4=)',
    '[链接][r]\n\n[r]: javascript:alert(1)',
  ])('strips the URL of %s', async (markdown) => {
    const html = await renderMarkdown(markdown);
    expect(html).toBe('<p><a>链接</a></p>');
  });

  it('strips javascript: autolinks', async () => {
    const html = await renderMarkdown('<javascript:alert(1)>');
    expect(html).not.toMatch(/href=/);
    expectHarmless(html);
  });

  it.each(['![图](javascript:alert(1))', '![图](data:image/png;base64,AAAA)', '![图][r]\n\n[r]: JAVASCRIPT:alert(1)'])(
    'strips the URL of %s',
    async (markdown) => {
      expect(await renderMarkdown(markdown)).toBe('<p><img alt="图"></p>');
    },
  );

  it('keeps http(s), mailto, tel and relative URLs', async () => {
    const html = await renderMarkdown(
      '[网站](https://example.com/a?b=1#c) [旧站](http://example.com/) [邮件](mailto:news@example.com) ' +
        '[电话](tel:+86-632-1234567) [相对](/news/2024/a/) [锚点](#section) ![图](./images/a.jpg)',
    );
    expect(html).toBe(
      '<p><a href="https://example.com/a?b=1#c">网站</a> <a href="http://example.com/">旧站</a> ' +
        '<a href="mailto:news@example.com">邮件</a> <a href="tel:+86-632-1234567">电话</a> ' +
        '<a href="/news/2024/a/">相对</a> <a href="#section">锚点</a> <img src="./images/a.jpg" alt="图"></p>',
    );
  });
});

describe('the allowlist', () => {
  it('keeps a figure with image size, lazy loading and caption', async () => {
    const markdown =
      '<figure><img src="/media/a.jpg" alt="会场" width="600" height="400" loading="lazy"><figcaption>会议现场</figcaption></figure>';
    expect(await renderMarkdown(markdown)).toBe(markdown);
  });

  it('keeps tables with colspan and rowspan', async () => {
    const markdown =
      '<table><thead><tr><th colspan="2">指标</th></tr></thead><tbody><tr><td rowspan="2">GDP</td><td>5.2%</td></tr></tbody></table>';
    expect(await renderMarkdown(markdown)).toBe(markdown);
  });

  it('keeps inline text elements, abbr titles and link titles', async () => {
    const markdown =
      '<p>m<sup>2</sup> H<sub>2</sub>O <u>下划线</u> <s>删除</s> <abbr title="国内生产总值">GDP</abbr> ' +
      '<span>span</span> <code>code</code> <em>em</em> <i>i</i> <b>b</b> <strong>strong</strong><br>' +
      '<a href="https://example.com/" title="示例">链接</a></p>';
    expect(await renderMarkdown(markdown)).toBe(markdown);
  });

  it('keeps lists, blockquotes, rules, pre and headings h2–h6 (with Astro ids)', async () => {
    const html = await renderMarkdown(
      '<blockquote>引用</blockquote>\n\n<ul><li>一</li></ul><ol start="2"><li>二</li></ol>\n\n' +
        '<h2>二级</h2><h3>三级</h3><h4>四级</h4><h5>五级</h5><h6>六级</h6><hr>\n\n<pre><code>代码</code></pre>',
    );
    expect(html).toBe(
      '<blockquote>引用</blockquote>\n<ul><li>一</li></ul><ol start="2"><li>二</li></ol>\n' +
        '<h2 id="二级">二级</h2><h3 id="三级">三级</h3><h4 id="四级">四级</h4><h5 id="五级">五级</h5><h6 id="六级">六级</h6><hr>\n' +
        '<pre><code>代码</code></pre>',
    );
  });

  it('unwraps elements outside the allowlist, keeping their text', async () => {
    expect(await renderMarkdown('<p><font color="red">红字</font> <mark>标记</mark> <ins>插入</ins></p>')).toBe(
      '<p>红字 标记 插入</p>',
    );
  });

  it('drops an h1 tag (the page title is the only h1) but keeps its text', async () => {
    const html = await renderMarkdown('# 一级标题\n\n正文');
    expect(html).not.toContain('<h1');
    expect(html).toContain('一级标题');
  });

  it('only lets checkboxes through inside list items', async () => {
    expect(await renderMarkdown('<input type="checkbox" checked> 方框 <input type="text" value="x">')).toBe(
      '<p> 方框 </p>',
    );
  });
});

describe('heading ids', () => {
  it('gives markdown and raw HTML headings plain slug ids (no user-content- prefix)', async () => {
    const renderer = await createMarkdownRenderer();
    const { code, metadata } = await renderer.render('## 市中区新闻\n\n<h3 id="evil" class="x">原始 HTML</h3>');
    expect(code).toBe('<h2 id="市中区新闻">市中区新闻</h2>\n<h3 id="原始-html">原始 HTML</h3>');
    expect(metadata.headings).toEqual([
      { depth: 2, slug: '市中区新闻', text: '市中区新闻' },
      { depth: 3, slug: '原始-html', text: '原始 HTML' },
    ]);
  });

  it('keeps footnote ids and links consistent', async () => {
    const html = await renderMarkdown('正文[^note]\n\n[^note]: 注释内容');
    expect(html).toContain(
      '<a href="#user-content-fn-note" id="user-content-fnref-note" data-footnote-ref="" aria-describedby="footnote-label">1</a>',
    );
    expect(html).toContain('<h2 class="sr-only" id="footnote-label">');
    expect(html).toContain('<li id="user-content-fn-note">');
    expect(html).toContain('<a href="#user-content-fnref-note" data-footnote-backref=""');
    expect(html).not.toContain('user-content-user-content');
  });
});

describe('code blocks', () => {
  it('keeps Shiki highlighting while dropping styles from raw HTML', async () => {
    const html = await renderMarkdown('<p style="color:red">段落</p>\n\n```js\nconst a = "<b>";\n```');
    expect(html).toMatch(/^<p>段落<\/p>\n<pre class="astro-code github-dark" style="[^"]+" tabindex="0" data-language="js">/);
    expect(html).toContain('<span style="color:#F97583">const</span>');
    expect(html).toContain('&#x3C;b>');
  });

  it('keeps HTML inside code blocks as text', async () => {
    const html = await renderMarkdown('```\n<script>alert(1)</script>\n```\n\n    <iframe src="x">');
    expect(html).not.toMatch(/<script|<iframe/);
    expect(html).toContain('&#x3C;script>');
    expect(html).toContain('&#x3C;iframe');
  });

  it('does not let an editor claim a stashed code block', async () => {
    const html = await renderMarkdown('<pre data-code-block-token="abc-0"><code>伪造</code></pre>\n\n```js\nlet x = 1;\n```');
    expect(html).toMatch(/^<pre><code>伪造<\/code><\/pre>\n<pre class="astro-code/);
    expect(html).not.toContain('data-code-block-token');
  });

  it('drops a code block inside a stripped element', async () => {
    const html = await renderMarkdown('<script>\n\n```js\nlet y = 2;\n```\n\n</script>\n\n后文');
    expect(html).not.toContain('let');
    expect(html).toContain('<p>后文</p>');
  });
});
