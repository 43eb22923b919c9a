/**
 * What the build checks in the finished site before it replaces the
 * published one, as properties rather than a list of known mistakes:
 *
 * - **No text lost.** Every block of an article's body (paragraph,
 *   heading, table cell, list item, code block, raw HTML) is on its page:
 *   the block's letters (every Han character and letter, markup, spaces,
 *   punctuation and digits aside) appear, in order and together, in the
 *   text of the page's article body. Whatever swallowed the text (an
 *   unclosed comment, an element the HTML allowlist drops, an image
 *   reference Astro could not resolve, a parser limit), the build fails
 *   naming the article file, the line, and the first missing sentence.
 * - **Every feed and data file parses.** Each `.xml` file written is
 *   well-formed XML with no character XML forbids (a U+000B pasted from
 *   Word makes a feed unreadable for every reader), and each `.json` file
 *   is JSON.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Html, Nodes, Parent } from 'mdast';
import { XMLValidator } from 'fast-xml-parser';
import { parse as parseHtml } from 'node-html-parser';
import { parseFrontmatter } from '../../../src/lib/content-files/frontmatter.ts';
import { decodeContentFile } from '../shared/encoding.ts';
import { FileCache } from '../shared/file-cache.ts';
import { parseMarkdown } from '../shared/markdown-blocks.ts';

/** An article page and the source file it is built from. */
export interface ArticleSource {
  /** The file as shown to editors. */
  file: string;
  /** Its absolute path. */
  source: string;
  /** Its site path, e.g. /en/articles/x/. */
  path: string;
}

/** A stretch of the body a reader must find on the page. */
export interface SourceBlock {
  /** 1-based line in the file. */
  line: number;
  /** The text as written (markup aside), for the message. */
  text: string;
  /** Its letters only: what must appear on the page. */
  key: string;
  /** Footnotes are shown at the end of the page, wherever they are written. */
  anywhere: boolean;
}

const NOT_LETTER = /[^\p{L}]+/gu;
/** The letters of a text: Han characters and letters of every script, nothing else. */
export const lettersOf = (text: string): string => text.replace(NOT_LETTER, '');

/**
 * Raw HTML as a reader would see it if the HTML were right: closed comments
 * and tags removed, character references decoded. An unclosed `<!--` is
 * not a comment here: the text after it is text the editor meant to show.
 */
function htmlText(value: string): string {
  const stripped = value.replace(/<!--[\s\S]*?-->/g, ' ').replace(/<\/?[a-zA-Z][^>]*>/g, ' ');
  return stripped.includes('&') ? parseHtml(stripped.replace(/</g, '&lt;')).text : stripped;
}

/** The text a reader sees of an inline node and its children. */
function inlineText(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value;
    case 'html':
      return htmlText(node.value);
    case 'image':
    case 'imageReference':
    case 'footnoteReference':
      return ' ';
    default:
      return 'children' in node ? (node as Parent).children.map((c) => inlineText(c as Nodes)).join('') : '';
  }
}

/** The blocks of a markdown body whose text must be on the page, in order. */
export function sourceBlocks(body: string, bodyStartLine: number): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  const add = (node: Nodes, text: string, anywhere: boolean) => {
    const key = lettersOf(text);
    if (key) blocks.push({ line: (node.position?.start.line ?? 1) + bodyStartLine - 1, text, key, anywhere });
  };
  const walk = (node: Nodes, anywhere: boolean): void => {
    switch (node.type) {
      case 'paragraph':
      case 'heading':
      case 'tableCell':
        add(node, inlineText(node), anywhere);
        return;
      case 'code':
        add(node, node.value, anywhere);
        return;
      case 'html':
        add(node, htmlText((node as Html).value), anywhere);
        return;
      case 'definition':
        return;
      case 'footnoteDefinition':
        for (const child of node.children) walk(child as Nodes, true);
        return;
      default:
        if ('children' in node) for (const child of (node as Parent).children) walk(child as Nodes, anywhere);
    }
  };
  walk(parseMarkdown(body), false);
  return blocks;
}

/** The first sentence of a block, short enough for a message. */
function firstSentence(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const end = flat.search(/[。！？!?；;]/);
  const sentence = end === -1 ? flat : flat.slice(0, end + 1);
  return sentence.length > 60 ? `${sentence.slice(0, 60)}…` : sentence;
}

/** node-html-parser keeps `<pre>` and `<noscript>` unparsed by default; code blocks are text here. */
const PARSE = { blockTextElements: { script: true, style: true } };

/** The text of an article page's body (`.article__body`), or undefined when the page has none. */
export function pageBodyText(html: string): string | undefined {
  const start = html.indexOf('class="article__body');
  if (start === -1) return undefined;
  const from = html.lastIndexOf('<', start);
  // Only the body and what follows it are parsed: the head and header are long and hold no body text.
  const body = parseHtml(html.slice(from), PARSE).querySelector('.article__body');
  return body?.text;
}

/** The first block of the source whose text is not on the page, or undefined when all is there. */
export function firstMissingBlock(blocks: readonly SourceBlock[], pageText: string): SourceBlock | undefined {
  const page = lettersOf(pageText);
  let at = 0;
  for (const b of blocks) {
    if (b.anywhere) {
      if (!page.includes(b.key)) return b;
      continue;
    }
    const found = page.indexOf(b.key, at);
    if (found === -1) return b;
    at = found + b.key.length;
  }
  return undefined;
}

const MISSING_ADVICE =
  '常见原因：这一行或它前面有没关上的 HTML 注释“<!--”（要以“-->”结尾）或 HTML 标签，用了网站不显示的元素（如 <textarea>、<select>、<noscript>），或图片路径写错。请检查这一行和它前面几行，改正后再运行 npm run build（npm run lint:content 可以先查）。';

/**
 * Each article page holds all of its source's text; the problems, in
 * Chinese, one per article. `cacheFolder`: where each page's verdict is
 * kept between builds (none: every page is read).
 */
export function missingTextProblems(dir: string, pages: readonly ArticleSource[], cacheFolder?: string): string[] {
  // A page's verdict is kept by its own bytes and its source's: the same page from the same file is not read again.
  const cache = cacheFolder === undefined ? undefined : new FileCache<string | null>(join(cacheFolder, 'verify-output.json'), 'verify-output');
  const problems: string[] = [];
  for (const p of pages) {
    const source = readFileSync(p.source);
    let html: string;
    try {
      html = readFileSync(join(dir, decodeURIComponent(p.path), 'index.html'), 'utf8');
    } catch {
      continue; // a missing page is reported by checks.ts
    }
    const check = () => missingTextProblem(p, source, html);
    const problem = cache ? cache.get(p.path, `${createHash('sha256').update(source).digest('base64')}\0${html}`, check) : check();
    if (problem !== null) problems.push(problem);
  }
  cache?.save();
  return problems;
}

/** The first text of an article file that its page lacks, as a problem in Chinese, or null. */
function missingTextProblem(p: ArticleSource, source: Buffer, html: string): string | null {
  const fm = parseFrontmatter(decodeContentFile(source).text);
  const blocks = sourceBlocks(fm.body, fm.bodyStartLine);
  if (blocks.length === 0) return null;
  const text = pageBodyText(html);
  const missing = text === undefined ? blocks[0]! : firstMissingBlock(blocks, text);
  if (!missing) return null;
  return `${p.file}:${missing.line}  错误：网页 ${p.path} 上缺了第 ${missing.line} 行起的文字：“${firstSentence(missing.text)}”。${MISSING_ADVICE}`;
}

/** Characters XML 1.0 does not allow anywhere (the C0 controls but tab, LF and CR; U+FFFE, U+FFFF). */
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

function filesEndingIn(dir: string, extensions: readonly string[]): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && extensions.some((ext) => e.name.endsWith(ext)))
    .map((e) => join(e.parentPath, e.name));
}

/** Every `.xml` and `.json` file of the site parses; the problems, in Chinese. */
export function dataFileProblems(dir: string): string[] {
  const problems: string[] = [];
  for (const path of filesEndingIn(dir, ['.xml', '.json', '.webmanifest'])) {
    const name = relative(dir, path);
    const text = readFileSync(path, 'utf8');
    if (path.endsWith('.xml')) {
      const bad = NOT_XML_CHAR.exec(text);
      if (bad) {
        const u = `U+${bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
        const near = text.slice(Math.max(0, bad.index - 200), bad.index).replace(/^[^<]*>/, '').replace(/<[^>]*>?/g, ' ').replace(/\s+/g, ' ').trim().slice(-20);
        problems.push(`建好的 ${name} 不是合格的 XML：里面有控制字符 ${u}（在“…${near}”之后），订阅软件会读不了。这个字符来自某篇文章或数据文件（常见于从 Word 粘贴的手动换行符）；npm run lint:content 会指出它所在的文件和行。`);
        continue;
      }
      const result = XMLValidator.validate(text);
      if (result !== true) problems.push(`建好的 ${name} 不是合格的 XML（第 ${result.err.line} 行：${result.err.msg}），订阅软件会读不了。这是构建工具的问题，请把这条信息告诉技术人员。`);
    } else {
      try {
        JSON.parse(text);
      } catch (e) {
        problems.push(`建好的 ${name} 不是合格的 JSON（${(e as Error).message}）。这是构建工具的问题，请把这条信息告诉技术人员。`);
      }
    }
  }
  return problems;
}

/** Everything this module checks; the problems, in Chinese, one per line (empty when the site is sound). */
export function verifyOutput(dir: string, pages: readonly ArticleSource[], cacheFolder?: string): string[] {
  return [...missingTextProblems(dir, pages, cacheFolder), ...dataFileProblems(dir)];
}
