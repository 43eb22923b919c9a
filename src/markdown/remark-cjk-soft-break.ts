/**
 * remark plugin: remove soft line breaks next to CJK text.
 *
 * In markdown a single line break inside a paragraph (a "soft break") is
 * kept as a `\n` in a text node, and browsers render it as a space. Chinese
 * has no spaces between words, so editors who wrap lines (or paste text from
 * a newspaper layout) would get stray spaces: `中电科\n40、41所` must read
 * `中电科40、41所`. Between two non-CJK characters the break is kept, so
 * English text still gets its space. Hard breaks (`break` nodes from two
 * trailing spaces or a backslash) are not touched and stay `<br>`.
 */
import type { Image, ImageReference, Nodes, Parent, PhrasingContent, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { OBJECT_MARK, findRemovableLineBreaks, removeCjkLineBreaks, removeRanges } from './cjk-line-breaks.ts';
import type { Range } from './cjk-line-breaks.ts';

/** Block nodes whose children are inline (phrasing) content. */
const PHRASING_BLOCKS = new Set<Nodes['type']>(['paragraph', 'heading', 'tableCell']);

/** Inline raw HTML that stands for an object (not a transparent tag like `<span>`). */
const VOID_HTML = /^<(?:br|img|hr|wbr|input)\b/i;

/** One text node in the flattened inline content. */
interface Segment {
  node: Text;
  parent: Parent;
  /** Offset of the node's first character in the flattened string. */
  start: number;
}

/** The inline content of one block, flattened to a string in reading order. */
interface Flattened {
  text: string;
  segments: Segment[];
}

/**
 * Remove soft line breaks (and the spaces/tabs around them) whose previous
 * or next character is CJK, looking across inline node boundaries
 * (emphasis, strong, links, inline code, inline HTML tags). Also cleans
 * image alt texts the same way.
 *
 * @returns the transformer
 */
export default function remarkCjkSoftBreak(): (tree: Root) => undefined {
  return (tree) => {
    visit(tree, (node) => {
      if (PHRASING_BLOCKS.has(node.type) && 'children' in node) {
        removeBreaksIn(node);
        // Images inside the block still need their alt text cleaned.
        visit(node, cleanAlt);
        return SKIP;
      }
      cleanAlt(node);
      return undefined;
    });
  };
}

/** Remove the CJK soft breaks from the inline content of one block. */
function removeBreaksIn(block: Parent): void {
  const flat: Flattened = { text: '', segments: [] };
  flatten(block, flat);

  // Decide on the original text first, then edit: a removal must not change
  // what a later line ending sees as its neighbour.
  const edits: Array<{ segment: Segment; ranges: Range[] }> = [];
  for (const segment of flat.segments) {
    const end = segment.start + segment.node.value.length;
    const ranges = findRemovableLineBreaks(flat.text, segment.start, end);
    if (ranges.length > 0) {
      const local = ranges.map(([from, to]): Range => [from - segment.start, to - segment.start]);
      edits.push({ segment, ranges: local });
    }
  }

  for (const { segment, ranges } of edits) {
    segment.node.value = removeRanges(segment.node.value, ranges);
    if (segment.node.value === '') {
      const siblings = segment.parent.children;
      siblings.splice(siblings.indexOf(segment.node), 1);
    }
  }
}

/** Append the inline content of `parent` to `flat`, descending into inline containers. */
function flatten(parent: Parent, flat: Flattened): void {
  for (const child of parent.children as PhrasingContent[]) {
    switch (child.type) {
      case 'text':
        flat.segments.push({ node: child, parent, start: flat.text.length });
        flat.text += child.value;
        break;
      case 'inlineCode':
        // Its characters are real neighbours, but code is never edited.
        flat.text += child.value;
        break;
      case 'html':
        // `<span>`, `</strong>` are transparent; `<br>`, `<img>` are objects.
        if (VOID_HTML.test(child.value)) flat.text += OBJECT_MARK;
        break;
      case 'emphasis':
      case 'strong':
      case 'delete':
      case 'link':
      case 'linkReference':
        flatten(child, flat);
        break;
      default:
        // break, image, imageReference, footnoteReference, anything unknown.
        flat.text += OBJECT_MARK;
    }
  }
}

/** Clean the alt text of an image node; ignore other nodes. */
function cleanAlt(node: Nodes): undefined {
  if (node.type === 'image' || node.type === 'imageReference') {
    const image: Image | ImageReference = node;
    if (image.alt) image.alt = removeCjkLineBreaks(image.alt);
  }
  return undefined;
}
