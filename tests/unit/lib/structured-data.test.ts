import { describe, expect, it } from 'vitest';
import { bylinePeople, bylineText } from '../../../src/lib/byline';
import { en } from '../../../src/i18n/en';
import { zhCN } from '../../../src/i18n/zh-CN';
import { collectionPageJsonLd, jsonForScript, newsArticleJsonLd, websiteJsonLd } from '../../../src/lib/structured-data';

const labels = zhCN;
const enLabels = en;

describe('byline', () => {
  it('joins reporters and correspondents with their labels', () => {
    expect(bylineText({ reporters: ['李森'], correspondents: ['张修阳'] }, labels, 'zh-CN')).toBe('记者 李森 通讯员 张修阳');
    expect(bylineText({ reporters: [], correspondents: ['刘畅', '许鑫', '孔莹'] }, labels, 'zh-CN')).toBe('通讯员 刘畅 许鑫 孔莹');
  });

  it('falls back to the speaker, then to nothing', () => {
    const speaker = { name: '刘昊', role: '税郭镇党委副书记、镇长' };
    expect(bylineText({ reporters: [], correspondents: [], speaker }, labels, 'zh-CN')).toBe('税郭镇党委副书记、镇长刘昊');
    expect(bylinePeople({ reporters: [], correspondents: [], speaker })).toEqual(['刘昊']);
    expect(bylineText({ reporters: [], correspondents: [] }, labels, 'zh-CN')).toBe('');
    // English: labels by number, names listed with commas, parts with a semicolon.
    expect(bylineText({ reporters: ['Li Sen'], correspondents: ['Liu Chang', 'Xu Xin', 'Kong Ying'] }, enLabels, 'en')).toBe('Reporter: Li Sen; Correspondents: Liu Chang, Xu Xin, Kong Ying');
    expect(bylineText({ reporters: ['Li Sen', 'Wang Wu'], correspondents: ['Zhang Xiuyang'] }, enLabels, 'en')).toBe('Reporters: Li Sen, Wang Wu; Correspondent: Zhang Xiuyang');
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
    publisher: { name: '宣传部', logo: 'https://x/images/logo.png', logoSize: 512 },
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

describe('websiteJsonLd', () => {
  it('names the site and its search as a SearchAction with the query in ?q=', () => {
    const data = websiteJsonLd({
      url: 'https://x/',
      name: '市中新闻',
      description: '枣庄市市中区新闻门户',
      inLanguage: 'zh-CN',
      publisher: { name: '宣传部', logo: 'https://x/images/logo.png', logoSize: 512 },
      searchUrl: 'https://x/search/',
    });
    expect(data['@type']).toBe('WebSite');
    expect(data.potentialAction).toMatchObject({ '@type': 'SearchAction', target: { urlTemplate: 'https://x/search/?q={search_term_string}' }, 'query-input': 'required name=search_term_string' });
    expect(data.publisher).toMatchObject({ logo: { url: 'https://x/images/logo.png', width: 512, height: 512 } });
  });
});

describe('collectionPageJsonLd', () => {
  it('numbers the items from the first position of the page', () => {
    const data = collectionPageJsonLd({
      url: 'https://x/topics/a/2/',
      name: '主题（第 2 页）',
      description: '…',
      inLanguage: 'zh-CN',
      items: [
        { url: 'https://x/articles/a/', name: 'A' },
        { url: 'https://x/articles/b/', name: 'B' },
      ],
      startIndex: 21,
    });
    expect(data['@type']).toBe('CollectionPage');
    const list = data.mainEntity as { '@type': string; itemListElement: { position: number; url: string }[] };
    expect(list['@type']).toBe('ItemList');
    expect(list.itemListElement.map((i) => [i.position, i.url])).toEqual([
      [21, 'https://x/articles/a/'],
      [22, 'https://x/articles/b/'],
    ]);
  });
});
