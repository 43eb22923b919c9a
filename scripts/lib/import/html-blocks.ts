/**
 * From the HTML of a Word file (mammoth's output) or of a WeChat article's
 * body to blocks of markdown: paragraphs with bold as `**…**`, headings,
 * lists, tables and images. Fonts, colours, styles and first-line indents
 * made of spaces or `　` are dropped, and so are empty paragraphs.
 *
 * Written on node-html-parser rather than with a general HTML-to-markdown
 * library (turndown, hast-util-to-mdast): the importer needs the blocks
 * themselves, not one markdown string, to read the title block (kicker,
 * headline, subtitle, byline lines) and captions, and to drop WeChat's
 * boilerplate; and a general converter escapes what Chinese text does not
 * need escaped (`1\.` at a line start, `\*`). mammoth's HTML is a small,
 * fixed vocabulary (p, h1–h6, strong, em, ul/ol/li, table, img, a, br).
 */
import { HTMLElement, Node, NodeType, parse, TextNode } from 'node-html-parser';

export type Block =
  | { kind: 'p'; text: string }
  | { kind: 'h'; level: number; text: string }
  /** Markdown kept as it is (a list or a table). */
  | { kind: 'raw'; text: string }
  /** An image; `ratio` is height/width and `w` the width as WeChat records them (data-ratio, data-w), when given. */
  | { kind: 'img'; src: string; dataSrc?: string | undefined; alt: string; caption?: boolean; ratio?: number; w?: number };

const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'table', 'figure', 'figcaption', 'body', 'html', 'main', 'header', 'footer', 'pre', 'hr',
]);
const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'svg', 'iframe', 'mpvoice', 'mpvideo', 'video', 'audio', 'head', 'title', 'template']);

/**
 * Whitespace tidied: runs become one space, none at the ends (a first-line
 * indent of spaces or `　` goes), none next to Chinese punctuation. Spaces
 * between Chinese words stay: headlines use them (强工兴产 转型突围).
 */
export function tidy(text: string): string {
  return text
    .replace(/[\s\u00a0\u3000\u200b\ufeff]+/gu, ' ')
    .trim()
    .replace(/ (?=[，。、；：！？”’）》」』])|(?<=[，。、；：！？“‘（《「『]) /gu, '');
}

/** Inline markdown of an element's children: bold as **…**, everything else as its text. */
function inline(node: Node): string {
  if (node.nodeType === NodeType.TEXT_NODE) return (node as TextNode).text.replace(/[\r\n\t]+/g, ' ');
  if (node.nodeType !== NodeType.ELEMENT_NODE) return '';
  const el = node as HTMLElement;
  const tag = el.tagName?.toLowerCase() ?? '';
  if (SKIP_TAGS.has(tag)) return '';
  if (tag === 'br') return '\n';
  const inner = el.childNodes.map(inline).join('');
  const style = (el.getAttribute('style') ?? '').replace(/\s+/g, '');
  const bold = tag === 'strong' || tag === 'b' || /font-weight:(?:bold|[6-9]00)/u.test(style);
  if (bold) {
    const t = inner.replace(/\*\*/g, '');
    const core = tidy(t);
    if (core === '') return inner;
    const lead = /^[\s\u00a0\u3000]/u.test(t) ? ' ' : '';
    const trail = /[\s\u00a0\u3000]$/u.test(t) ? ' ' : '';
    return `${lead}**${core}**${trail}`;
  }
  return inner;
}

/** Merge `**a****b**` (two bold runs side by side, as Word splits them) into `**ab**`; no space between `**` and Chinese text. */
function mergeBold(text: string): string {
  return text
    .replace(/\*\*\*\*/g, '')
    .replace(/\*\* \*\*/g, ' ')
    .replace(/(?<=[^\x00-\x7f]\*\*) (?=[^\x00-\x7f])|(?<=[^\x00-\x7f]) (?=\*\*[^\x00-\x7f])/gu, '');
}

function paragraphText(raw: string): string[] {
  return raw
    .split('\n')
    .map((t) => mergeBold(tidy(t)).replace(/^\*\*\s*\*\*$/u, ''))
    .filter((t) => t.replace(/\*\*/g, '').trim() !== '');
}

function cell(el: HTMLElement): string {
  return paragraphText(inline(el)).join(' ').replace(/\|/g, '\\|');
}

/** A GFM table from a <table>: its first row is the header. */
function tableMarkdown(table: HTMLElement): string {
  const rows = table.querySelectorAll('tr').map((tr) => tr.childNodes.filter((c): c is HTMLElement => c instanceof HTMLElement && /^(td|th)$/iu.test(c.tagName)).map(cell));
  const width = Math.max(0, ...rows.map((r) => r.length));
  if (rows.length === 0 || width === 0) return '';
  const line = (r: string[]) => `| ${Array.from({ length: width }, (_, i) => r[i] ?? '').join(' | ')} |`;
  return [line(rows[0]!), `| ${Array.from({ length: width }, () => '---').join(' | ')} |`, ...rows.slice(1).map(line)].join('\n');
}

function listMarkdown(list: HTMLElement, depth = 0): string {
  const ordered = list.tagName.toLowerCase() === 'ol';
  const lines: string[] = [];
  let n = 0;
  for (const li of list.childNodes) {
    if (!(li instanceof HTMLElement) || li.tagName.toLowerCase() !== 'li') continue;
    n += 1;
    const own = li.childNodes.filter((c) => !(c instanceof HTMLElement && /^(ul|ol)$/iu.test(c.tagName)));
    const text = paragraphText(own.map(inline).join('\n')).join(' ');
    lines.push(`${'   '.repeat(depth)}${ordered ? `${n}.` : '-'} ${text}`);
    for (const sub of li.childNodes) if (sub instanceof HTMLElement && /^(ul|ol)$/iu.test(sub.tagName)) lines.push(listMarkdown(sub, depth + 1));
  }
  return lines.join('\n');
}

/** The blocks of an HTML fragment or element, in document order. */
export function htmlBlocks(root: HTMLElement | string): Block[] {
  const el = typeof root === 'string' ? parse(root, { comment: false }) : root;
  const blocks: Block[] = [];
  let buffer = '';
  const flush = () => {
    for (const t of paragraphText(buffer)) blocks.push({ kind: 'p', text: t });
    buffer = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === NodeType.TEXT_NODE) {
      buffer += inline(node);
      return;
    }
    if (!(node instanceof HTMLElement)) return;
    const tag = node.tagName?.toLowerCase() ?? '';
    if (SKIP_TAGS.has(tag)) return;
    if (tag === 'img') {
      flush();
      blocks.push({
        kind: 'img',
        src: node.getAttribute('src') ?? '',
        dataSrc: node.getAttribute('data-src') ?? undefined,
        alt: tidy(node.getAttribute('alt') ?? node.getAttribute('title') ?? ''),
        ...(Number(node.getAttribute('data-ratio')) > 0 ? { ratio: Number(node.getAttribute('data-ratio')) } : {}),
        ...(Number(node.getAttribute('data-w')) > 0 ? { w: Number(node.getAttribute('data-w')) } : {}),
      });
      return;
    }
    if (tag === 'br') {
      flush();
      return;
    }
    if (!BLOCK_TAGS.has(tag) && !node.querySelector('img, p, div, section, table, ul, ol, h1, h2, h3, h4, h5, h6, blockquote, figure, br')) {
      buffer += inline(node);
      return;
    }
    if (!BLOCK_TAGS.has(tag)) {
      // An inline element holding blocks (WeChat wraps sections in spans): walk into it.
      for (const c of node.childNodes) walk(c);
      return;
    }
    flush();
    if (/^h[1-6]$/u.test(tag)) {
      const text = paragraphText(inline(node)).join(' ').replace(/^\*\*(.*)\*\*$/u, '$1');
      if (text) blocks.push({ kind: 'h', level: Number(tag[1]), text });
    } else if (tag === 'table') {
      const t = tableMarkdown(node);
      if (t) blocks.push({ kind: 'raw', text: t });
    } else if (tag === 'ul' || tag === 'ol') {
      const t = listMarkdown(node);
      if (t.trim()) blocks.push({ kind: 'raw', text: t });
    } else if (tag === 'figcaption' || /\bcaption\b/u.test(node.getAttribute('class') ?? '')) {
      const text = paragraphText(inline(node)).join(' ');
      if (text) blocks.push({ kind: 'p', text });
      const last = blocks.at(-2);
      if (text && last?.kind === 'img') last.caption = true;
    } else {
      for (const c of node.childNodes) walk(c);
      flush();
    }
  };
  walk(el);
  flush();
  return blocks;
}
