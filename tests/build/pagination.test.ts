/**
 * Lists paginate at 20 articles: a fixture with 45 articles in one
 * department, built for real, gives pages 1–3 with working links.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { runBuild, type BuildResult } from '../support/build';
import { articleFile, contentWith } from '../support/fixtures';
import { page, pageExists, text } from '../support/html';

const COUNT = 45;
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

describe('pagination', () => {
  it('builds', () => {
    expect(build.status, build.output).toBe(0);
  });

  it('puts 20, 20 and 5 articles on pages 1, 2 and 3 of the department', () => {
    const counts = ['/departments/test-bureau/', '/departments/test-bureau/2/', '/departments/test-bureau/3/'].map(
      (p) => page(p, build.outDir).querySelectorAll('main .article-item').length,
    );
    expect(counts).toEqual([20, 20, 5]);
    expect(pageExists('/departments/test-bureau/4/', build.outDir)).toBe(false);
  });

  it('links the pages to each other, marking the current one', () => {
    const second = page('/departments/test-bureau/2/', build.outDir);
    const nav = second.querySelector('.pagination')!;
    expect(nav.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe('/departments/test-bureau/');
    expect(nav.querySelector('a[rel="next"]')?.getAttribute('href')).toBe('/departments/test-bureau/3/');
    expect(text(nav.querySelector('[aria-current="page"]'))).toBe('2');
    expect(text(second.querySelector('title'))).toContain('第 2 页');
  });

  it('paginates the type, year and English lists the same way', () => {
    expect(pageExists('/types/news/3/', build.outDir)).toBe(true);
    expect(pageExists('/archive/2022/3/', build.outDir)).toBe(true);
    expect(pageExists('/en/departments/test-bureau/3/', build.outDir)).toBe(true);
  });

  it('keeps newest first across pages', () => {
    const dates = ['/archive/2022/', '/archive/2022/2/', '/archive/2022/3/'].flatMap((p) =>
      page(p, build.outDir).querySelectorAll('main .article-item time').map((t) => t.getAttribute('datetime')!),
    );
    expect(dates).toHaveLength(COUNT);
    expect(dates).toEqual([...dates].sort().reverse());
  });
});
