/**
 * Keeps highlighted code blocks out of the sanitizer.
 *
 * Astro runs its syntax highlighter (Shiki by default) *before* our rehype
 * plugins, and Shiki colours code with `style` attributes and classes on
 * `<pre>` and `<span>`. The sanitizer must remove exactly those from editors'
 * raw HTML, so it would also strip every code block's colours.
 *
 * Before raw HTML is parsed, every `<pre>` element in the tree was made by
 * markdown (fenced/indented code, then the highlighter) because raw HTML is
 * still unparsed `raw` nodes. `rehype-stash-code-blocks` swaps those for an
 * empty `<pre data-code-block-token="…">` placeholder and keeps the original
 * here; `rehype-restore-code-blocks` swaps them back after sanitizing. The
 * token has a random part per file, so a `<pre>` typed by an editor cannot
 * claim a stashed block.
 */
import type { Element } from 'hast';
import type { VFile } from 'vfile';

/** hast property (`data-code-block-token` in HTML) on a placeholder `<pre>`. */
export const CODE_BLOCK_TOKEN = 'dataCodeBlockToken';

/** The stashed code blocks of each file being processed, by token. */
const stashes = new WeakMap<VFile, Map<string, Element>>();

/** Remember the stashed code blocks of a file. */
export function putStash(file: VFile, blocks: Map<string, Element>): void {
  stashes.set(file, blocks);
}

/** Take (and forget) the stashed code blocks of a file. */
export function takeStash(file: VFile): Map<string, Element> {
  const blocks = stashes.get(file) ?? new Map<string, Element>();
  stashes.delete(file);
  return blocks;
}
