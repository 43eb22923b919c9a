/**
 * rehype plugin: move markdown code blocks aside before raw HTML is parsed
 * and sanitized. See code-block-stash.ts for why.
 */
import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { SKIP, visit } from 'unist-util-visit';
import { CODE_BLOCK_TOKEN, putStash } from './code-block-stash.ts';

/**
 * Replace every `<pre>` element (all of them come from markdown at this
 * point) with an empty placeholder `<pre>` carrying a random token, and
 * stash the original for `rehypeRestoreCodeBlocks`. Must run before
 * `rehype-raw`.
 *
 * @returns the transformer
 */
export default function rehypeStashCodeBlocks(): (tree: Root, file: VFile) => undefined {
  return (tree, file) => {
    const nonce = globalThis.crypto.randomUUID();
    const blocks = new Map<string, Element>();
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'pre' || parent === undefined || index === undefined) return undefined;
      const token = `${nonce}-${blocks.size}`;
      blocks.set(token, node);
      parent.children[index] = {
        type: 'element',
        tagName: 'pre',
        properties: { [CODE_BLOCK_TOKEN]: token },
        children: [],
      };
      return SKIP;
    });
    putStash(file, blocks);
  };
}
