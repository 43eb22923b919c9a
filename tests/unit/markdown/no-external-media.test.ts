/**
 * No third-party request from an article body: images from other hosts
 * lose their `src` in the allowlist (the content check names them with the
 * fix), embeds are dropped, and images of this site are kept.
 */
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../src/markdown/index.ts';

describe('the allowlist keeps content on this site', () => {
  it.each([
    '![会场](https://cdn.example.com/a.jpg)',
    '![会场](http://cdn.example.com/a.jpg)',
    '![会场](//cdn.example.com/a.jpg)',
    '![会场][r]\n\n[r]: https://cdn.example.com/a.jpg',
  ])('drops the src of the markdown image %s', async (markdown) => {
    expect(await renderMarkdown(markdown)).toBe('<p><img alt="会场"></p>');
  });

  it.each(['https://cdn.example.com/a.jpg', '//cdn.example.com/a.jpg', '\\\\cdn.example.com\\a.jpg', ' //cdn.example.com/a.jpg', '/\t/cdn.example.com/a.jpg'])(
    'drops <img src="%s">',
    async (url) => {
      expect(await renderMarkdown(`<img src="${url}" alt="会场">`)).toBe('<img alt="会场">');
    },
  );

  it('drops iframes, video and audio with what they hold', async () => {
    const html = await renderMarkdown('<iframe src="https://video.example.com/embed/1">视频</iframe>\n\n<video src="https://v.example.com/a.mp4">视频</video>\n\n后文。');
    expect(html).not.toMatch(/iframe|video|example\.com|视频/);
    expect(html).toContain('<p>后文。</p>');
  });

  it('keeps images of this site and links to other sites', async () => {
    expect(await renderMarkdown('![会场](../../media/a.jpg) <img src="/media/b.jpg" alt="图"> [来源](https://example.com/)')).toBe(
      '<p><img src="../../media/a.jpg" alt="会场"> <img src="/media/b.jpg" alt="图"> <a href="https://example.com/">来源</a></p>',
    );
  });
});
