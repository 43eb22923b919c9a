import { describe, expect, it } from 'vitest';
import { bylinePeople, bylineText } from '../../../src/lib/byline';
import { jsonForScript, newsArticleJsonLd } from '../../../src/lib/structured-data';

const labels = { reporter: '记者', correspondent: '通讯员', speakerLine: '{role}{name}' };

describe('byline', () => {
  it('joins reporters and correspondents with their labels', () => {
    expect(bylineText({ reporters: ['李森'], correspondents: ['张修阳'] }, labels)).toBe('记者 李森 通讯员 张修阳');
    expect(bylineText({ reporters: [], correspondents: ['刘畅', '许鑫', '孔莹'] }, labels)).toBe('通讯员 刘畅 许鑫 孔莹');
  });

  it('falls back to the speaker, then to nothing', () => {
    const speaker = { name: '刘昊', role: '税郭镇党委副书记、镇长' };
    expect(bylineText({ reporters: [], correspondents: [], speaker }, labels)).toBe('税郭镇党委副书记、镇长刘昊');
    expect(bylinePeople({ reporters: [], correspondents: [], speaker })).toEqual(['刘昊']);
    expect(bylineText({ reporters: [], correspondents: [] }, labels)).toBe('');
  });
});

describe('newsArticleJsonLd', () => {
  const base = {
    url: 'https://x/articles/a/',
    headline: '标题',
    description: '摘要',
    datePublished: '2023-05-26',
    dateModified: '2023-05-26',
    inLanguage: 'zh-CN',
    authors: [],
    publisherName: '宣传部',
    publisherLogo: 'https://x/logo.svg',
    keywords: ['招商引资', '项目建设'],
  };

  it('credits the publisher when no person is named', () => {
    const data = newsArticleJsonLd(base);
    expect(data['@type']).toBe('NewsArticle');
    expect(data.author).toEqual([{ '@type': 'Organization', name: '宣传部' }]);
    expect(data.keywords).toBe('招商引资,项目建设');
    expect(data).not.toHaveProperty('image');
  });

  it('serialises safely inside a script element', () => {
    const json = jsonForScript(newsArticleJsonLd({ ...base, headline: '</script><script>alert(1)</script>' }));
    expect(json).not.toContain('</script>');
    expect(JSON.parse(json).headline).toBe('</script><script>alert(1)</script>');
  });
});
