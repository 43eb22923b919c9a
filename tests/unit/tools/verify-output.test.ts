/**
 * The build's last checks (scripts/lib/build/verify-output.ts): every
 * article page holds all of its source's text, and every XML and JSON file
 * parses. Bodies are rendered through the site's own markdown pipeline
 * (src/markdown/), so a paragraph the pipeline loses is a paragraph the
 * check must name; and nothing is named where nothing is lost.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataFileProblems, firstMissingBlock, missingTextProblems, pageBodyText, sourceBlocks } from '../../../scripts/lib/build/verify-output';
import { renderMarkdown } from '../../../src/markdown/index';

/** An article page as the site lays it out: header, the body in .article__body, a footer. */
const pageOf = (bodyHtml: string) =>
  `<!doctype html><html lang="zh-CN"><head><title>标题</title></head><body><main><article><header><h1>标题</h1><p>导语不在正文里</p></header><div class="article__body prose">${bodyHtml}</div><footer>部门：永安镇</footer></article></main></body></html>`;

async function missing(markdown: string) {
  const text = pageBodyText(pageOf(await renderMarkdown(markdown)));
  expect(text).toBeDefined();
  return firstMissingBlock(sourceBlocks(markdown, 10), text!);
}

const FIRST = '永安镇坚持项目为王，全年新纳统重点项目2个。';
const SECOND = '第二段写的是招商引资：全力完成招商任务，签约项目4个。';
const THIRD = '第三段写营商环境，牢固树立“我们就是营商环境”的理念。';

describe('every paragraph of the source is on the page', () => {
  it('names nothing when the whole body is there, whatever markdown it uses', async () => {
    const body = [
      '## 小标题：**强工业**',
      `${FIRST}**锚定“强工业”。**健全24家规上企业[帮包](https://example.com/a)机制，\n软换行接着写。`,
      '- 列表第一项\n  - 嵌套的一项 `代码`\n- 第二项~~删去~~',
      '> 引用的话\n>\n> > 再引一层',
      '| 指标 | 数值 |\n|:--|--:|\n| 产值 | 12亿元 |',
      '```js\nconst 名称 = "代码块";\n```',
      '正文里的脚注[^note]，还有图片 ![图片说明不在正文文字里](../../media/a.jpg) 和 <span class="x">包起来的字</span>。',
      '<div class="note">\n块里的字 &amp; 实体 &#x4E2D;文\n</div>',
      '<!-- 编辑备注：已核实 -->',
      '[^note]: 脚注的文字写在中间，显示在最后。',
      THIRD,
      '[ref]: ../../media/b.jpg',
    ].join('\n\n');
    expect(await missing(body)).toBeUndefined();
  });

  it('names the paragraph an unclosed comment swallows, with its line', async () => {
    const found = await missing(`${FIRST}\n\n<!-- 编辑备注：下面一段待核实\n\n${SECOND}\n\n${THIRD}\n`);
    expect(found?.line).toBe(12);
    expect(found?.text).toContain('编辑备注');
  });

  it.each(['textarea', 'noscript', 'select', 'template'])('names the text of a <%s> the allowlist drops', async (tag) => {
    const inner = tag === 'select' ? '<option>永安镇</option><option>孟庄镇</option>' : '会被删掉的文字';
    const found = await missing(`${FIRST}\n\n<${tag}>${inner}</${tag}>\n\n${THIRD}\n`);
    expect(found?.line).toBe(12);
  });

  it('names the paragraph an inline element drops from the middle of a sentence', async () => {
    const found = await missing(`${FIRST}\n\n第二段 <select><option>选项</option></select> 接着写。\n`);
    expect(found?.text).toContain('第二段');
  });

  it('names a paragraph missing from a page, as an empty or cut body would show', () => {
    const blocks = sourceBlocks(`${FIRST}\n\n${SECOND}\n\n${THIRD}\n`, 20);
    expect(firstMissingBlock(blocks, `<p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p>`)).toBeUndefined();
    expect(firstMissingBlock(blocks, `${FIRST}${THIRD}`)?.line).toBe(22);
    expect(firstMissingBlock(blocks, '')?.line).toBe(20);
    // A paragraph cut in half is missing too; its words elsewhere on the page do not count.
    expect(firstMissingBlock(blocks, `${FIRST}${SECOND.slice(0, 10)}${THIRD}${SECOND.slice(10)}`)?.line).toBe(22);
  });
});

describe('missingTextProblems: a built folder against the article files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'shizhong-verify-'));
  const source = join(dir, 'x.md');
  writeFileSync(source, `---\ntitle: 标题\n---\n\n${FIRST}\n\n${SECOND}\n\n![增长][pic]\n\n[pic]: ../../media/增长50%.jpg\n`);
  const site = join(dir, 'site');
  const write = (body: string) => {
    mkdirSync(join(site, 'articles/x'), { recursive: true });
    writeFileSync(join(site, 'articles/x/index.html'), pageOf(body));
  };
  const pages = [{ file: 'content/articles/2024/x.md', source, path: '/articles/x/' }];

  it('is silent when the page holds the text', () => {
    write(`<p>${FIRST}</p><p>${SECOND}</p><p><img src="/_astro/a.webp" alt="增长"></p>`);
    expect(missingTextProblems(site, pages)).toEqual([]);
  });

  it('names the file, the line and the first missing sentence, in Chinese', () => {
    write(`<p>${FIRST}</p>`);
    const problems = missingTextProblems(site, pages);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^content\/articles\/2024\/x\.md:7 {2}错误：网页 \/articles\/x\/ 上缺了第 7 行起的文字：“第二段写的是招商引资：全力完成招商任务，签约项目4个。”/);
  });

  it('with the cache of the last build, still names a page that lost text since (only a page unchanged from an unchanged file is passed unread)', () => {
    const cache = mkdtempSync(join(tmpdir(), 'shizhong-verify-cache-'));
    write(`<p>${FIRST}</p><p>${SECOND}</p>`);
    expect(missingTextProblems(site, pages, cache)).toEqual([]);
    expect(missingTextProblems(site, pages, cache)).toEqual([]);
    write(`<p>${FIRST}</p>`);
    expect(missingTextProblems(site, pages, cache)).toHaveLength(1);
    expect(missingTextProblems(site, pages, cache)).toHaveLength(1);
  });

  it('names the first paragraph of a body published empty (Astro after a URIError)', () => {
    write('');
    expect(missingTextProblems(site, pages)[0]).toContain(`:5  错误：网页 /articles/x/ 上缺了第 5 行起的文字：“${FIRST}”`);
  });
});

describe('dataFileProblems: every feed and data file parses', () => {
  const site = () => mkdtempSync(join(tmpdir(), 'shizhong-xml-'));
  const rss = (title: string) => `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${title}</title></channel></rss>`;

  it('is silent for well-formed XML and JSON', () => {
    const dir = site();
    writeFileSync(join(dir, 'rss.xml'), rss('市中新闻'));
    mkdirSync(join(dir, 'pagefind'));
    writeFileSync(join(dir, 'pagefind/pagefind-entry.json'), '{"version":"1"}');
    expect(dataFileProblems(dir)).toEqual([]);
  });

  it('names a feed with a U+000B, where it is', () => {
    const dir = site();
    mkdirSync(join(dir, 'topics/x'), { recursive: true });
    writeFileSync(join(dir, 'topics/x/rss.xml'), rss('招商\u000B引资'));
    const problems = dataFileProblems(dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^建好的 topics\/x\/rss\.xml 不是合格的 XML：里面有控制字符 U\+000B（在“…招商”之后）/);
  });

  it('names malformed XML and JSON', () => {
    const dir = site();
    writeFileSync(join(dir, 'sitemap-0.xml'), '<urlset><url></urlset>');
    writeFileSync(join(dir, 'data.json'), '{"a": }');
    const problems = dataFileProblems(dir);
    expect(problems).toHaveLength(2);
    expect(problems.find((p) => p.includes('sitemap-0.xml'))).toMatch(/不是合格的 XML（第 1 行/);
    expect(problems.find((p) => p.includes('data.json'))).toMatch(/不是合格的 JSON/);
  });
});
