import { describe, expect, it } from 'vitest';
import { href, hrefInAllLocales, pageParam } from '../../../src/lib/urls';

describe('href', () => {
  it('builds Chinese URLs without a prefix and English ones under /en/', () => {
    expect(href('zh-CN', { to: 'home' })).toBe('/');
    expect(href('en', { to: 'home' })).toBe('/en/');
    expect(href('zh-CN', { to: 'article', slug: 'yongan-town-li-feng' })).toBe('/articles/yongan-town-li-feng/');
    expect(href('en', { to: 'department', id: 'yongan-town' })).toBe('/en/departments/yongan-town/');
  });

  it('puts numbered pages after the list URL, and the list itself (no page) at the list URL', () => {
    expect(href('zh-CN', { to: 'topic', id: 'investment-promotion' })).toBe('/topics/investment-promotion/');
    expect(href('zh-CN', { to: 'topic', id: 'investment-promotion', page: 1 })).toBe('/topics/investment-promotion/1/');
    expect(href('zh-CN', { to: 'topic', id: 'investment-promotion', page: 2 })).toBe('/topics/investment-promotion/2/');
    expect(href('en', { to: 'year', year: 2023, page: 3 })).toBe('/en/archive/2023/3/');
    expect(href('zh-CN', { to: 'type', type: 'letter' })).toBe('/types/letter/');
    expect(href('zh-CN', { to: 'column', id: 'qianggong-xingchan', page: 4 })).toBe('/columns/qianggong-xingchan/4/');
  });

  it('encodes search queries and anything unsafe in ids', () => {
    expect(href('zh-CN', { to: 'search', query: '招商 引资' })).toBe('/search/?q=%E6%8B%9B%E5%95%86%20%E5%BC%95%E8%B5%84');
    expect(href('zh-CN', { to: 'search' })).toBe('/search/');
    expect(href('zh-CN', { to: 'article', slug: 'a/b' })).toBe('/articles/a%2Fb/');
  });

  it('puts feeds beside the lists they follow, per language', () => {
    expect(href('zh-CN', { to: 'feed' })).toBe('/rss.xml');
    expect(href('en', { to: 'feed' })).toBe('/en/rss.xml');
    expect(href('zh-CN', { to: 'departmentFeed', id: 'yongan-town' })).toBe('/departments/yongan-town/rss.xml');
    expect(href('en', { to: 'topicFeed', id: 'investment-promotion' })).toBe('/en/topics/investment-promotion/rss.xml');
    expect(href('zh-CN', { to: 'columnFeed', id: 'qianggong-xingchan' })).toBe('/columns/qianggong-xingchan/rss.xml');
  });

  it('gives shared files one URL whatever the language', () => {
    expect(href('en', { to: 'sitemap' })).toBe('/sitemap-index.xml');
    expect(href('en', { to: 'defaultShareImage' })).toBe('/images/share-default.png');
    expect(href('zh-CN', { to: 'logo' })).toBe('/images/logo.svg');
    expect(href('en', { to: 'logoPng' })).toBe('/images/logo.png');
    // 网站地图, the HTML page, is per language; the XML sitemap is not.
    expect(href('zh-CN', { to: 'sitemapPage' })).toBe('/sitemap/');
    expect(href('en', { to: 'sitemapPage' })).toBe('/en/sitemap/');
  });

  it('puts share cards per language', () => {
    expect(href('zh-CN', { to: 'shareCard', slug: 'yongan-town-li-feng' })).toBe('/share/yongan-town-li-feng.png');
    expect(href('en', { to: 'shareCard', slug: 'yongan-town-li-feng' })).toBe('/en/share/yongan-town-li-feng.png');
  });

  it('gives a route in every locale', () => {
    expect(hrefInAllLocales({ to: 'departments' })).toEqual({ 'zh-CN': '/departments/', en: '/en/departments/' });
  });
});

describe('page params', () => {
  it('gives the list itself no param and every numbered page its number', () => {
    expect(pageParam(undefined)).toBeUndefined();
    expect(pageParam(1)).toBe('1');
    expect(pageParam(2)).toBe('2');
  });
});
