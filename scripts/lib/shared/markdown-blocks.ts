/**
 * An article body as the reader sees its text: paragraphs, headings and
 * table cells, each flattened to plain text (inline code, images and raw
 * HTML left out; link text kept), with the file line of every character.
 *
 * Parsed with the site's own parsing plugins (`parsePlugins` of
 * src/markdown/: GFM, CJK-friendly emphasis and strikethrough), so a `**`
 * that the site leaves as literal asterisks is literal text here too.
 */
import type { Nodes, Parent, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified, type PluggableList } from 'unified';
import { parsePlugins } from '../../../src/markdown/index.ts';

/** Stands for inline content that is not text (inline code, an image, raw HTML). */
export const OBJECT_MARK = '\uFFFC';

export interface TextBlock {
  type: 'paragraph' | 'heading' | 'tableCell';
  /** The text a reader sees, soft line breaks kept as `\n`, hard breaks as OBJECT_MARK. */
  text: string;
  /** For each UTF-16 index of `text`, the 1-based line in the file. */
  lines: number[];
  /** 1-based line in the file where the block starts. */
  line: number;
}

const processor = unified().use(remarkParse).use(parsePlugins as PluggableList);

/** The last body parsed and its tree: the content check reads each body four times over (text, images, headings, HTML), one after another. */
let last: { body: string; tree: Root } | undefined;

/**
 * Parse a markdown body (without frontmatter). The same body twice in a row
 * gives the same tree, parsed once (micromark was three quarters of the
 * content check's time); callers only read the tree.
 */
export function parseMarkdown(body: string): Root {
  if (last?.body !== body) last = { body, tree: processor.runSync(processor.parse(body)) as Root };
  return last.tree;
}

/**
 * The text blocks of a body, in reading order.
 *
 * @param body           markdown without frontmatter
 * @param firstBodyLine  the file line of the body's first line
 */
export function textBlocks(body: string, firstBodyLine = 1): TextBlock[] {
  const tree = parseMarkdown(body);
  const blocks: TextBlock[] = [];
  const offset = firstBodyLine - 1;
  const visitNode = (node: Nodes): void => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      const block: TextBlock = { type: node.type, text: '', lines: [], line: (node.position?.start.line ?? 1) + offset };
      flatten(node, block, offset);
      blocks.push(block);
      return;
    }
    if ('children' in node) for (const child of (node as Parent).children) visitNode(child as Nodes);
  };
  visitNode(tree);
  return blocks;
}

function flatten(node: Parent, block: TextBlock, offset: number): void {
  for (const child of node.children as Nodes[]) {
    const startLine = (child.position?.start.line ?? block.line - offset) + offset;
    if (child.type === 'text') {
      // One string joined per text node, not per character (a rope of single characters held ~1 GB at 10,000
      // articles); a line per UTF-16 unit, as `lines` promises (a character outside the BMP has two).
      const value = child.value;
      let line = startLine;
      for (let i = 0; i < value.length; i += 1) {
        block.lines.push(line);
        if (value.charCodeAt(i) === 10) line += 1;
      }
      block.text += value;
    } else if ('children' in child && child.type !== 'table') {
      flatten(child as Parent, block, offset);
    } else {
      // inline code, image, html, break: not text the checks should look at
      block.text += OBJECT_MARK;
      block.lines.push(startLine);
    }
  }
}
