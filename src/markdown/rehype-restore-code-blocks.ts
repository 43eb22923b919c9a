/**
 * rehype plugin: put the code blocks stashed by `rehypeStashCodeBlocks`
 * back after sanitizing. See code-block-stash.ts for why.
 */
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { SKIP, visit } from 'unist-util-visit';
import { CODE_BLOCK_TOKEN, takeStash } from './code-block-stash.ts';

/**
 * Replace each placeholder `<pre>` whose token belongs to this file with
 * the stashed code block (each block at most once). The token attribute is
 * removed from any other `<pre>`, e.g. one an editor typed. A stashed block
 * whose placeholder was removed by the sanitizer (it sat inside a stripped
 * element) stays removed.
 *
 * @returns the transformer
 */
export default function rehypeRestoreCodeBlocks(): (tree: Root, file: VFile) => undefined {
  return (tree, file) => {
    const blocks = takeStash(file);
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'pre' || !(CODE_BLOCK_TOKEN in node.properties)) return undefined;
      const token = node.properties[CODE_BLOCK_TOKEN];
      delete node.properties[CODE_BLOCK_TOKEN];
      if (typeof token !== 'string') return undefined;
      const block = blocks.get(token);
      if (block === undefined || parent === undefined || index === undefined) return undefined;
      blocks.delete(token);
      parent.children[index] = block;
      return SKIP;
    });
  };
}
