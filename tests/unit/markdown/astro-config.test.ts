/**
 * astro.config.mjs really uses this pipeline: its `markdown.processor`
 * carries our plugin lists and renders like `renderMarkdown`.
 */
import { describe, expect, it } from 'vitest';
import config from '../../../astro.config.mjs';
import {
  astroDefaultMarkdownOptions,
  rehypePlugins,
  remarkPlugins,
  renderMarkdown,
} from '../../../src/markdown/index.ts';

describe('astro.config.mjs', () => {
  it('sets markdown.processor to our unified processor', async () => {
    const processor = config.markdown?.processor;
    expect(processor?.name).toBe('unified');
    expect(processor?.options).toMatchObject({ smartypants: false, remarkPlugins, rehypePlugins });

    const markdown = '**锚定“强工业”。**健全\n24家 <a href="javascript:alert(1)" style="x">链接</a>';
    const renderer = await processor?.createRenderer(astroDefaultMarkdownOptions);
    const result = await renderer?.render(markdown);
    expect(result?.code).toBe('<p><strong>锚定“强工业”。</strong>健全24家 <a>链接</a></p>');
    expect(result?.code).toBe(await renderMarkdown(markdown));
  });
});
