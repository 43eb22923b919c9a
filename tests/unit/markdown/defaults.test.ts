/**
 * The processor object handed to Astro, and the Astro defaults it keeps or
 * changes (GFM on, SmartyPants off).
 */
import { isUnifiedProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import {
  markdownProcessor,
  markdownProcessorOptions,
  rehypePlugins,
  remarkPlugins,
  renderMarkdown,
} from '../../../src/markdown/index.ts';
import remarkCjkSoftBreak from '../../../src/markdown/remark-cjk-soft-break.ts';

describe('markdownProcessor()', () => {
  it('is an Astro unified processor carrying our plugin lists', () => {
    const processor = markdownProcessor();
    expect(isUnifiedProcessor(processor)).toBe(true);
    expect(processor.options.smartypants).toBe(false);
    expect(processor.options.remarkPlugins).toEqual(remarkPlugins);
    expect(processor.options.rehypePlugins).toEqual(rehypePlugins);
    expect(processor.options.remarkPlugins).toContain(remarkCjkSoftBreak);
  });

  it('returns a fresh processor each time, so mutating one leaves the others alone', () => {
    const first = markdownProcessor();
    first.options.rehypePlugins.push(() => undefined);
    expect(markdownProcessor().options.rehypePlugins).toHaveLength(rehypePlugins.length);
    expect(markdownProcessorOptions.rehypePlugins).toHaveLength(rehypePlugins.length);
  });
});

describe('GFM', () => {
  it('renders tables with column alignment', async () => {
    expect(await renderMarkdown('| 指标 | 数值 |\n|:--|--:|\n| GDP | 5.2% |')).toBe(
      '<table>\n<thead>\n<tr>\n<th align="left">指标</th>\n<th align="right">数值</th>\n</tr>\n</thead>\n' +
        '<tbody>\n<tr>\n<td align="left">GDP</td>\n<td align="right">5.2%</td>\n</tr>\n</tbody>\n</table>',
    );
  });

  it('renders strikethrough, autolink literals and task lists', async () => {
    expect(await renderMarkdown('~~旧~~ 见 https://example.com 或 www.example.com')).toBe(
      '<p><del>旧</del> 见 <a href="https://example.com">https://example.com</a> 或 ' +
        '<a href="http://www.example.com">www.example.com</a></p>',
    );
    expect(await renderMarkdown('- [x] 完成\n- [ ] 未完成')).toBe(
      '<ul class="contains-task-list">\n<li class="task-list-item"><input type="checkbox" checked disabled> 完成</li>\n' +
        '<li class="task-list-item"><input type="checkbox" disabled> 未完成</li>\n</ul>',
    );
  });

  it('keeps the start number of ordered lists', async () => {
    expect(await renderMarkdown('3. 三\n4. 四')).toBe('<ol start="3">\n<li>三</li>\n<li>四</li>\n</ol>');
  });
});

describe('SmartyPants is off', () => {
  it('leaves ASCII quotes, dashes and dots as typed (for the content linter to catch)', async () => {
    expect(await renderMarkdown('他说"你好"--然后\'再见\'...')).toBe('<p>他说"你好"--然后\'再见\'...</p>');
    expect(await renderMarkdown('He said "hello" -- and left...')).toBe('<p>He said "hello" -- and left...</p>');
  });
});
