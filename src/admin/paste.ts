/**
 * Text pasted from Word or WeChat into the body, as clean markdown.
 *
 * Both put HTML on the clipboard: Word with `<p class=MsoNormal>`, `<span
 * style=…>`, `<o:p>` and `file://` images; WeChat with nested `<section>`s,
 * inline styles and images on its own servers. What is kept: paragraphs
 * (one line each, a blank line between), bold (`<b>`, `<strong>`, and spans
 * styled bold), italics, headings, lists, tables and links. What goes:
 * styles, spans, classes, and every image (an article's images are files in
 * content/media/, added with the image button; an image from another host
 * would load from that host for every reader). Whatever slips through is
 * caught by `npm run lint:content`.
 *
 * The markdown is written by remark-stringify with remark-cjk-friendly, so
 * that `**锚定“强工业”。**健全` is written as such (plain CommonMark would
 * escape it).
 */
import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { visit, SKIP } from 'unist-util-visit';

/** Elements dropped with their content: images, and what Word puts around the text. */
const DROP = new Set(['img', 'picture', 'svg', 'video', 'audio', 'iframe', 'object', 'embed', 'style', 'script', 'meta', 'title', 'xml', 'head', 'link']);
const BOLD = /font-weight\s*:\s*(?:bold|bolder|[6-9]00)/i;
const ITALIC = /font-style\s*:\s*italic/i;

/** The hast tree of pasted HTML, tidied: styled spans to strong/em, images and Word's leftovers out. */
function tidy() {
  return (tree: Root) => {
    visit(tree, 'comment', (_node, index, parent) => {
      if (parent && index !== undefined) {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      return undefined;
    });
    visit(tree, 'element', (node: Element, index, parent) => {
      const style = String(node.properties.style ?? '');
      if (DROP.has(node.tagName) || node.tagName.includes(':')) {
        // Images (any host) and Office's own tags (<o:p>, <v:shape>…).
        if (parent && index !== undefined) {
          parent.children.splice(index, 1);
          return [SKIP, index];
        }
      }
      if (node.tagName === 'span' || node.tagName === 'font') {
        if (BOLD.test(style)) node.tagName = 'strong';
        else if (ITALIC.test(style)) node.tagName = 'em';
      }
      // Word marks a paragraph's bold on the paragraph itself sometimes; keep it as bold text.
      if (node.tagName === 'b' && /font-weight\s*:\s*normal/i.test(style)) node.tagName = 'span';
      node.properties = { href: node.properties.href, colSpan: node.properties.colSpan, rowSpan: node.properties.rowSpan };
      return undefined;
    });
  };
}

const processor = unified()
  .use(rehypeParse, { fragment: true })
  .use(tidy)
  .use(rehypeRemark, { newlines: false })
  .use(remarkGfm, { singleTilde: false })
  .use(remarkCjkFriendly)
  .use(remarkStringify, { bullet: '-', emphasis: '*', strong: '*', rule: '-', fences: true, listItemIndent: 'one' });

/** Pasted HTML as markdown: paragraphs separated by a blank line, bold as `**…**`, nothing else of the formatting. */
export function pastedHtmlToMarkdown(html: string): string {
  const tree = processor.runSync(processor.parse(html));
  const markdown = processor.stringify(tree as never);
  return String(markdown)
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The body's textarea (text-widget.ts; Decap gives a field the id `<name>-field-<n>`), if the event is for it. */
function bodyEditor(target: EventTarget | null): HTMLTextAreaElement | undefined {
  return target instanceof HTMLTextAreaElement && target.id.startsWith('body-field-') ? target : undefined;
}

/**
 * Catch pastes into the body that carry HTML, and put the cleaned markdown
 * at the cursor instead, as typing would (so that Ctrl-Z takes it back).
 */
export function installPasteCleaner(doc: Document): void {
  doc.addEventListener(
    'paste',
    (event) => {
      const editor = bodyEditor(event.target);
      const html = event.clipboardData?.getData('text/html');
      if (!editor || !html) return;
      event.preventDefault();
      const markdown = pastedHtmlToMarkdown(html);
      editor.focus();
      if (doc.execCommand('insertText', false, markdown)) return;
      // Where insertText is not supported: the same text, and the input event the field listens for.
      editor.setRangeText(markdown, editor.selectionStart, editor.selectionEnd, 'end');
      editor.dispatchEvent(new Event('input', { bubbles: true }));
    },
    true,
  );
}
