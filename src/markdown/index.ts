/**
 * The markdown pipeline of the site.
 *
 * `astro.config.mjs` uses `markdown: { processor: markdownProcessor() }`.
 * Tests render through `renderMarkdown` / `createMarkdownRenderer`, which go
 * through the very same `unified()` processor object and Astro's own
 * `createRenderer`, so they exercise the build's configuration, not a copy.
 *
 * What Astro's unified processor runs, in order (see
 * node_modules/@astrojs/markdown-remark/dist/index.js):
 *
 *   remark-parse → [remark-gfm if gfm] → [remark-smartypants if smartypants]
 *   → our remarkPlugins → remark-collect-images → remark-rehype (raw HTML kept
 *   as `raw` nodes) → syntax highlighter (Shiki by default) → our
 *   rehypePlugins → rehype-images → rehype-heading-ids → rehype-raw →
 *   rehype-stringify
 *
 * Consequences for our plugins:
 * - Raw HTML is still unparsed `raw` nodes when our rehype plugins run
 *   (Astro's rehype-raw comes last), and hast-util-sanitize drops `raw`
 *   nodes wholesale. So we run rehype-raw ourselves right before
 *   rehype-sanitize; Astro's later rehype-raw then finds nothing to parse.
 * - Heading ids are added by Astro *after* our plugins, so sanitizing never
 *   sees (nor prefixes) them: ids stay plain slugs (`id="标题-a"`), and raw
 *   HTML headings, now parsed, get ids and show up in `headings` too.
 * - The highlighter runs *before* us; see code-block-stash.ts for how its
 *   `style` attributes survive while editors' `style` attributes do not.
 * - Plugins that integrations or the deprecated `markdown.rehypePlugins`
 *   option push onto `processor.options` run after the sanitizer.
 */
import { markdownConfigDefaults, unified } from '@astrojs/markdown-remark';
import type {
  AstroMarkdownOptions,
  MarkdownProcessor,
  MarkdownRenderer,
  RehypePlugins,
  RemarkPlugins,
  UnifiedProcessorOptions,
  UnifiedResolvedOptions,
} from '@astrojs/markdown-remark';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import remarkCjkFriendly from 'remark-cjk-friendly/parseOnly';
import remarkCjkFriendlyGfmStrikethrough from 'remark-cjk-friendly-gfm-strikethrough/parseOnly';
import remarkGfm from 'remark-gfm';
import rehypeBodyImageSizes from './rehype-body-image-sizes.ts';
import rehypeRestoreCodeBlocks from './rehype-restore-code-blocks.ts';
import rehypeStashCodeBlocks from './rehype-stash-code-blocks.ts';
import remarkCjkSoftBreak from './remark-cjk-soft-break.ts';
import { sanitizeSchema } from './sanitize-schema.ts';

export { sanitizeSchema } from './sanitize-schema.ts';

/**
 * remark plugins, in order.
 *
 * - remark-gfm is added here rather than by Astro (`gfm: false` below) only to
 *   pass `singleTilde: false`: with GFM's default, Chinese ranges such as
 *   `气温3~5℃，夜间7~9℃` turn into strikethrough (`3<del>5℃，夜间7</del>9℃`).
 *   Strikethrough needs `~~`.
 * - remark-cjk-friendly lets `**…**` close after CJK punctuation and open
 *   before it (`**锚定“强工业”。**健全` is bold in CommonMark only with it);
 *   its companion does the same for `~~`. Only their parsers are needed: the
 *   `/parseOnly` entry points skip the markdown serializer extensions (the
 *   full entry points work too; nothing here serializes markdown).
 * - remark-cjk-soft-break removes line breaks between CJK characters.
 */
export const remarkPlugins: RemarkPlugins = [
  [remarkGfm, { singleTilde: false }],
  remarkCjkFriendly,
  [remarkCjkFriendlyGfmStrikethrough, { singleTilde: false }],
  remarkCjkSoftBreak,
];

/**
 * The plugins of `remarkPlugins` that change how markdown is parsed (GFM
 * without single `~`, CJK-friendly emphasis and strikethrough), without the
 * transforms after parsing: the site's dialect, for tools that read bodies
 * as the site does but need the text as written (the content linter keeps
 * soft line breaks to report file lines).
 */
export const parsePlugins: RemarkPlugins = remarkPlugins.slice(0, 3);

/**
 * rehype plugins, in order: stash highlighted code blocks, parse raw HTML,
 * sanitize against the allowlist, put the code blocks back.
 */
export const rehypePlugins: RehypePlugins = [
  rehypeStashCodeBlocks,
  rehypeRaw,
  [rehypeSanitize, sanitizeSchema],
  rehypeRestoreCodeBlocks,
  // After the sanitiser (which would drop these properties): widths for Astro's image step.
  rehypeBodyImageSizes,
];

/** Options passed to Astro's `unified()` processor factory. */
export const markdownProcessorOptions: UnifiedProcessorOptions = {
  // GFM stays on: remark-gfm is the first of `remarkPlugins` (see there).
  gfm: false,
  // SmartyPants would silently turn editors' ASCII quotes into curly quotes
  // (and `--` into dashes) using English rules: `"强工业"` would get quotes
  // that only look right by chance, and wrong ones after CJK punctuation.
  // Chinese text needs full-width “” chosen by the editor, so ASCII quotes
  // must stay visible for the content linter to catch, not be "fixed" here.
  smartypants: false,
  remarkPlugins,
  rehypePlugins,
};

/**
 * The site's markdown processor, for `markdown.processor` in astro.config.mjs.
 * Returns a new processor object on each call (Astro and integrations may
 * mutate `processor.options`).
 *
 * @returns Astro's unified processor configured with our plugins
 */
export function markdownProcessor(): MarkdownProcessor<UnifiedResolvedOptions> {
  return unified(markdownProcessorOptions);
}

/**
 * The shared markdown options Astro passes to `createRenderer` when
 * astro.config.mjs sets none (Shiki with the github-dark theme, `math`
 * code blocks left unhighlighted).
 */
export const astroDefaultMarkdownOptions: AstroMarkdownOptions = {
  syntaxHighlight: markdownConfigDefaults.syntaxHighlight,
  shikiConfig: markdownConfigDefaults.shikiConfig,
};

/**
 * Create a renderer exactly as Astro does for `.md` files and content
 * collections: `markdownProcessor().createRenderer(shared)`.
 *
 * @param shared  the `markdown.*` options Astro would pass (default: Astro's defaults)
 * @returns a renderer whose `render(md)` gives `{ code, metadata }` (headings…)
 */
export function createMarkdownRenderer(
  shared: AstroMarkdownOptions = astroDefaultMarkdownOptions,
): Promise<MarkdownRenderer> {
  return markdownProcessor().createRenderer(shared);
}

let defaultRenderer: Promise<MarkdownRenderer> | undefined;

/**
 * Render markdown to HTML through the site's pipeline with Astro's default
 * shared options. The renderer is created once and reused.
 *
 * @param markdown  markdown source without frontmatter
 * @returns the HTML Astro would produce for it
 */
export async function renderMarkdown(markdown: string): Promise<string> {
  defaultRenderer ??= createMarkdownRenderer();
  const renderer = await defaultRenderer;
  const result = await renderer.render(markdown);
  return result.code;
}
