/**
 * Whole-site promises: every internal link resolves, nothing is loaded
 * from another host, every page has its language, a 404 page exists, and
 * the footer carries the registration slots.
 */
import { describe, expect, it } from 'vitest';
import { allPages, page, pageExists, text } from '../support/html';

const pages = allPages();
/** The pages for readers: all but the web editor (/admin/), which has neither the site's header nor an h1. */
const readerPages = pages.filter((p) => !p.startsWith('/admin/'));

describe('the built site', () => {
  it('has the pages a reader browses', () => {
    for (const path of ['/', '/departments/', '/topics/', '/columns/', '/types/', '/archive/', '/404.html']) {
      expect(pageExists(path), path).toBe(true);
    }
  });

  it('resolves every internal link and asset', () => {
    const dead: string[] = [];
    for (const path of pages) {
      const doc = page(path);
      for (const el of doc.querySelectorAll('a[href], link[href], script[src], img[src], source[srcset], form[action]')) {
        const ref = el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action') ?? '';
        if (/^(https?:)?\/\//.test(ref) || ref.startsWith('#') || ref.startsWith('mailto:')) continue;
        const target = new URL(ref, `http://site${path}`).pathname;
        if (!pageExists(target)) dead.push(`${path} → ${ref}`);
      }
    }
    expect(dead).toEqual([]);
  });

  it('asks nothing of any other host', () => {
    const external: string[] = [];
    for (const path of pages) {
      const doc = page(path);
      for (const el of doc.querySelectorAll('script[src], link[rel="stylesheet"], link[rel="preload"], link[rel="icon"], img[src], iframe, source[srcset], video, audio')) {
        const ref = el.getAttribute('src') ?? el.getAttribute('href') ?? el.getAttribute('srcset') ?? '';
        if (/^(https?:)?\/\//.test(ref)) external.push(`${path}: ${ref}`);
      }
      for (const style of doc.querySelectorAll('style')) {
        if (/url\((['"]?)(https?:)?\/\//.test(style.textContent)) external.push(`${path}: style url()`);
      }
    }
    expect(external).toEqual([]);
  });

  it('gives every page its language and a single h1', () => {
    for (const path of readerPages) {
      const doc = page(path);
      const lang = doc.querySelector('html')?.getAttribute('lang');
      expect(lang, path).toBe(path.startsWith('/en/') ? 'en' : 'zh-CN');
      expect(doc.querySelectorAll('h1').length, path).toBe(1);
    }
  });

  it('has a breadcrumb starting at 首页 on inner pages and none on the home page', () => {
    expect(page('/').querySelector('.breadcrumb')).toBeNull();
    for (const path of ['/departments/', '/departments/yongan-town/', '/topics/', '/columns/qianggong-xingchan/', '/archive/2023/']) {
      const crumbs = page(path).querySelectorAll('.breadcrumb li');
      expect(text(crumbs[0]).trim(), path).toBe('首页');
      expect(crumbs.at(-1)!.querySelector('[aria-current="page"]'), path).not.toBeNull();
    }
  });

  it('has a 404 page that says so and links home', () => {
    const doc = page('/404.html');
    expect(text(doc.querySelector('h1'))).toBe('页面不存在');
    expect(doc.querySelector('main a[href="/"]')).not.toBeNull();
  });

  it('puts 主办单位 and the 网站地图 in the footer (the numbers only once configured: gov-footer.test.ts)', () => {
    const footer = text(page('/').querySelector('footer'));
    expect(footer).toContain('主办单位');
    expect(footer).toContain('网站地图');
  });

  it('has a search box on every page that goes to the search page', () => {
    for (const path of readerPages) {
      const form = page(path).querySelector('header form[role="search"]');
      expect(form?.getAttribute('action'), path).toBe(path.startsWith('/en/') ? '/en/search/' : '/search/');
      expect(form?.querySelector('input[name="q"]'), path).not.toBeNull();
    }
  });
});
