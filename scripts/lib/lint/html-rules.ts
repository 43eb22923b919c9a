/**
 * Raw HTML pasted into an article body, checked before the build:
 *
 * - `unclosed-html`: an element opened and never closed. The HTML parser
 *   then swallows what follows: an unclosed `<iframe>` drops the next
 *   paragraph, an unclosed `<style>` the rest of the article.
 * - `embed`: `<iframe>`, `<video>`, `<script>`… The site embeds nothing
 *   from other sites (no third-party requests) and the sanitiser would
 *   drop them, with their content, without a word.
 * - `external-media`: an image from another host (`![](https://…)`,
 *   `<img src="https://…">`): readers' browsers would fetch it from there.
 * - `raw-img`: `<img src="../../media/…">` is not processed by the build
 *   (no sizes, the file is not even copied); markdown's `![]()` is.
 * - `dropped-html`: an element the allowlist removes with its text
 *   (`<textarea>`, `<select>`, `<noscript>`, `<template>`…): its words
 *   would vanish from the page.
 * - An unclosed comment `<!-- …` (an editor's note left open) hides
 *   everything after it: reported as `unclosed-html`.
 *
 * Lines are file lines; code blocks and inline code are not HTML.
 */
import type { Definition, Html, Image, ImageReference, Nodes } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Finding } from './findings.ts';
import { parseMarkdown } from '../shared/markdown-blocks.ts';
import { sanitizeSchema } from '../../../src/markdown/sanitize-schema.ts';

export type BodyFinding = Omit<Finding, 'file'>;

/** Elements that have no end tag. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Elements whose end tag HTML lets one leave out (the parser closes them itself, harmlessly). */
const OPTIONAL_END = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'option', 'optgroup', 'rt', 'rp', 'colgroup', 'html', 'head', 'body']);
/** Elements that load or run something from elsewhere; the site allows none of them. */
const EMBEDS = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'video', 'audio', 'script', 'link', 'portal']);

/** A URL that points at another host: `https://…`, `http://…`, `//host/…`. */
export function isExternalUrl(url: string): boolean {
  return /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(url.trim());
}

/** Elements the HTML allowlist drops together with their text (src/markdown/sanitize-schema.ts), embeds aside. */
const DROPPED = new Set(sanitizeSchema.strip!.filter((name) => !EMBEDS.has(name) && name !== 'option'));

const TAG = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/g;
const ATTR = (name: string) => new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i');

interface Tag {
  closing: boolean;
  name: string;
  attrs: string;
  selfClosing: boolean;
  line: number;
}

function tagsOf(node: Html, bodyStartLine: number): Tag[] {
  const start = (node.position?.start.line ?? 1) + bodyStartLine - 1;
  const tags: Tag[] = [];
  for (const m of node.value.matchAll(TAG)) {
    const line = start + (node.value.slice(0, m.index).match(/\n/g)?.length ?? 0);
    if (m[2] === undefined) {
      if (!m[0].endsWith('-->')) tags.push({ closing: false, name: '!--', attrs: m[0], selfClosing: false, line });
      continue; // a comment
    }
    tags.push({ closing: m[1] === '/', name: m[2].toLowerCase(), attrs: m[3] ?? '', selfClosing: m[4] === '/', line });
  }
  return tags;
}

function attr(tag: Tag, name: string): string | undefined {
  const m = ATTR(name).exec(tag.attrs);
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}

const MEDIA_ADVICE = '网站不从别的网站加载任何内容。请把图片文件下载下来放到 content/media/，再用 ![图片说明](../../media/文件名.jpg) 插入';

export function bodyHtmlFindings(body: string, bodyStartLine: number): BodyFinding[] {
  const tree = parseMarkdown(body);
  const out: BodyFinding[] = [];
  const lineOf = (node: Nodes) => (node.position?.start.line ?? 1) + bodyStartLine - 1;

  const definitions = new Map<string, Definition>();
  visit(tree, 'definition', (d: Definition) => void definitions.set(d.identifier, d));

  const tags: Tag[] = [];
  visit(tree, (node: Nodes) => {
    if (node.type === 'html') tags.push(...tagsOf(node, bodyStartLine));
    if (node.type === 'image' || node.type === 'imageReference') {
      const url = node.type === 'image' ? (node as Image).url : definitions.get((node as ImageReference).identifier)?.url;
      if (url !== undefined && isExternalUrl(url)) {
        out.push({ line: lineOf(node), severity: 'error', rule: 'external-media', message: `图片 ${url} 在别的网站上，读者打开文章时浏览器会去那个网站取图。${MEDIA_ADVICE}。` });
      }
    }
  });

  const open: Tag[] = [];
  // An element the allowlist drops, reported unless it is unclosed (then that is the one thing to fix).
  const dropped = new Map<Tag, BodyFinding>();
  const unclosed = (t: Tag) => {
    dropped.delete(t);
    if (OPTIONAL_END.has(t.name)) return;
    out.push({
      line: t.line,
      severity: 'error',
      rule: 'unclosed-html',
      message: `第 ${t.line} 行的 <${t.name}> 没有结束标签 </${t.name}>：它后面的文字会被吞掉，读者看不到。请在该结束的地方补上 </${t.name}>，或删掉这个标签（正文一般不需要写 HTML）。`,
    });
  };
  for (const t of tags) {
    if (t.name === '!--') {
      const note = t.attrs.slice(4).split('\n')[0]!.trim().slice(0, 30);
      out.push({
        line: t.line,
        severity: 'error',
        rule: 'unclosed-html',
        message: `第 ${t.line} 行的注释“<!--${note ? ` ${note}` : ''}”没有用“-->”结束：它后面的全部正文都会被当成注释，读者看不到。请在注释末尾加上 -->（如 <!-- 编辑备注：待核实 -->），或删掉这一行。`,
      });
      continue;
    }
    if (!t.closing) {
      if (DROPPED.has(t.name)) {
        dropped.set(t, {
          line: t.line,
          severity: 'error',
          rule: 'dropped-html',
          message: `网站不显示 <${t.name}> 元素，它里面的文字会被整个删掉，读者看不到。请去掉 <${t.name}> 和 </${t.name}> 标签，把要给读者看的文字直接写成正文。`,
        });
      }
      if (EMBEDS.has(t.name)) {
        const src = attr(t, 'src') ?? attr(t, 'data') ?? attr(t, 'href');
        out.push({
          line: t.line,
          severity: 'error',
          rule: 'embed',
          message: `正文里不能嵌入 <${t.name}>${src ? `（${src}）` : ''}：网站不加载别的网站的内容，也不运行脚本，这一块会被整个删掉。图片请放到 content/media/，用 ![图片说明](../../media/文件名.jpg) 插入；视频或网页请写成链接，如 [视频：会议实况](网址)。`,
        });
      }
      if (t.name === 'img') {
        const src = attr(t, 'src') ?? '';
        if (isExternalUrl(src)) {
          out.push({ line: t.line, severity: 'error', rule: 'external-media', message: `<img> 的图片 ${src} 在别的网站上，读者打开文章时浏览器会去那个网站取图。${MEDIA_ADVICE}。` });
        } else {
          out.push({
            line: t.line,
            severity: 'error',
            rule: 'raw-img',
            message: `<img src="${src}"> 这种写法的图片，网站不会复制，也不会做成适合手机的尺寸。请改写成 ![图片说明](${src || '../../media/文件名.jpg'})。`,
          });
        }
      }
      if (!VOID.has(t.name) && !t.selfClosing) open.push(t);
      continue;
    }
    const at = open.map((o) => o.name).lastIndexOf(t.name);
    if (at === -1) continue; // a stray end tag: the parser ignores it
    for (const inner of open.splice(at).slice(1)) unclosed(inner);
  }
  for (const t of open) unclosed(t);
  out.push(...dropped.values());
  return out.sort((a, b) => a.line - b.line);
}
