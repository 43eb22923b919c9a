/**
 * Lists paginate at 20 articles, numbered from the oldest
 * (src/lib/pagination.ts): a fixture with 65 articles in one department,
 * built for real, gives the list's own page with the newest 25 and pages
 * 2 and 1 with 20 each, linked to each other and in the sitemap.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBuild, type BuildResult } from '../support/build';
import { articleFile, contentWith } from '../support/fixtures';
import { page, pageExists, text } from '../support/html';

const COUNT = 65;
let build: BuildResult;

beforeAll(() => {
  const files: Record<string, string> = {};
  for (let i = 1; i <= COUNT; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    const month = String(Math.floor(i / 28) + 1).padStart(2, '0');
    files[`articles/2022/many-${i}.md`] = articleFile(`title: 第${i}篇测试文章\ntype: news\ndate: 2022-${month}-${day}\ndepartments: [test-bureau]`, `第${i}篇测试文章的正文。`);
  }
  build = runBuild({ contentDir: contentWith(files, { prefix: 'shizhong-many-' }) });
});

const titles = (path: string) => page(path, build.outDir).querySelectorAll('main .article-item h2').map((h) => text(h));

describe('pagination', () => {
  it('builds', () => {
    expect(build.status, build.output).toBe(0);
  });

  it('puts the newest 25 on the list itself, then 20 on page 2 and the oldest 20 on page 1', () => {
    const counts = ['/departments/test-bureau/', '/departments/test-bureau/2/', '/departments/test-bureau/1/'].map((p) => titles(p).length);
    expect(counts).toEqual([25, 20, 20]);
    expect(titles('/departments/test-bureau/1/')).toEqual(Array.from({ length: 20 }, (_, i) => `第${20 - i}篇测试文章`));
    expect(titles('/departments/test-bureau/')[0]).toBe(`第${COUNT}篇测试文章`);
    expect(pageExists('/departments/test-bureau/3/', build.outDir)).toBe(false);
  });

  it('links the pages to each other, marking the current one', () => {
    const second = page('/departments/test-bureau/2/', build.outDir);
    const nav = second.querySelector('.pagination')!;
    expect(nav.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe('/departments/test-bureau/');
    expect(nav.querySelector('a[rel="next"]')?.getAttribute('href')).toBe('/departments/test-bureau/1/');
    expect(text(nav.querySelector('[aria-current="page"]'))).toBe('2');
    expect(text(second.querySelector('title'))).toContain('第 2 页');
    expect(text(second.querySelector('.list-header__count'))).toBe('第 2 页');
    const own = page('/departments/test-bureau/', build.outDir);
    expect(own.querySelector('.pagination a[rel="next"]')?.getAttribute('href')).toBe('/departments/test-bureau/2/');
    expect(own.querySelector('.pagination a[rel="prev"]')).toBeNull();
    expect(text(own.querySelector('.pagination [aria-current="page"]'))).toBe('最新');
    expect(text(own.querySelector('.list-header__count'))).toBe(`${COUNT} 篇`);
    const first = page('/departments/test-bureau/1/', build.outDir).querySelector('.pagination')!;
    expect(first.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe('/departments/test-bureau/2/');
    expect(first.querySelector('a[rel="next"]')).toBeNull();
  });

  it('paginates the type, year and English lists the same way', () => {
    expect(pageExists('/types/news/2/', build.outDir)).toBe(true);
    expect(pageExists('/archive/2022/2/', build.outDir)).toBe(true);
    expect(pageExists('/en/departments/test-bureau/2/', build.outDir)).toBe(true);
  });

  it('lists the numbered pages in the sitemap', () => {
    const sitemaps = readdirSync(build.outDir).filter((f) => /^sitemap-\d+\.xml$/.test(f));
    const xml = sitemaps.map((f) => readFileSync(join(build.outDir, f), 'utf8')).join('');
    for (const path of ['/departments/test-bureau/', '/departments/test-bureau/1/', '/departments/test-bureau/2/']) {
      expect(xml).toContain(`${path}</loc>`);
    }
  });

  it('keeps newest first across pages', () => {
    const dates = ['/archive/2022/', '/archive/2022/2/', '/archive/2022/1/'].flatMap((p) =>
      page(p, build.outDir).querySelectorAll('main .article-item time').map((t) => t.getAttribute('datetime')!),
    );
    expect(dates).toHaveLength(COUNT);
    expect(dates).toEqual([...dates].sort().reverse());
  });
});
