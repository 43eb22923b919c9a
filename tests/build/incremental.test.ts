/**
 * Astro's incremental build (src/lib/page-cache.ts): after each kind of
 * edit, a build that keeps its cache gives the same site, file for file,
 * as a build from scratch; a change in one article's text renders that
 * article's page alone, and a new article or a new title renders only the
 * pages that show it. Unchanged pages are hard-linked from the published
 * site (scripts/lib/build/seed.ts), never written through.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBuild } from '../support/build';
import { ContentCopy, treeHashes } from '../support/content-copy';

const ARTICLE = 'articles/2023/yongan-town-li-feng.md';
const scratch = mkdtempSync(join(tmpdir(), 'shizhong-incremental-'));
const content = new ContentCopy();
const cache = join(scratch, 'cache');

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
  rmSync(join(content.dir, '..'), { recursive: true, force: true });
});

/** The files of two folders that differ (missing, extra or changed), by path. */
function differences(a: string, b: string): string[] {
  const [x, y] = [treeHashes(a), treeHashes(b)];
  return [...new Set([...x.keys(), ...y.keys()])].filter((path) => x.get(path) !== y.get(path)).sort();
}

/** The published folder, the same for every incremental build (as dist/ is: Astro writes its path into page code). */
const site = join(scratch, 'site', 'dist');

let step = 0;
/** An incremental build (the kept cache) and a build from scratch of the content as it is now. */
function buildBoth(env: Record<string, string> = {}): { incremental: string; scratch: string; rendered: string[]; reused: number } {
  step += 1;
  const incremental = runBuild({ contentDir: content.dir, cacheDir: cache, outDir: site, env });
  expect(incremental.status, incremental.output.slice(-3000)).toBe(0);
  const fresh = runBuild({ contentDir: content.dir, outDir: join(scratch, `scratch-${step}`), env });
  expect(fresh.status, fresh.output.slice(-3000)).toBe(0);
  // Astro's log: "├─ /path/index.html (+3ms)" for a page rendered, "… (cached)" or "(restored)" for one copied.
  const log = incremental.output.replace(/\x1b\[[0-9;]*m/g, '');
  const rendered = [...log.matchAll(/├─ (\S+index\.html) \(\+/g)].map((m) => m[1]!);
  const reused = [...log.matchAll(/├─ \S+ +\((cached|restored)\)/g)].length;
  return { incremental: incremental.outDir, scratch: fresh.outDir, rendered, reused };
}

/** The rendered pages of the kinds that have a cache key (articles and lists; not home, index pages, feeds). */
const keyed = (rendered: string[]) => rendered.filter((p) => /^\/(en\/)?(articles|companies|departments|topics|columns|types|archive)\/.+\//.test(p));
const html = (page: string) => readFileSync(join(site, page), 'utf8');

const NEW = 'articles/2024/incremental-new-article.md';
const NEW_PAGE = '/articles/incremental-new-article/index.html';

describe('the incremental build', () => {
  it('fills its cache on the first build', () => {
    const first = runBuild({ contentDir: content.dir, cacheDir: cache, outDir: site });
    expect(first.status, first.output.slice(-3000)).toBe(0);
  });

  it('after a correction in one article\'s text: renders that page alone of the lists and articles, and the site is as built from scratch', () => {
    content.edit(ARTICLE, (text) => text.replace(/\n*$/, '\n\n这是为检查增量构建而补充的一句话。\n'));
    const built = buildBoth();
    expect(differences(built.incremental, built.scratch)).toEqual([]);
    expect(built.reused).toBeGreaterThan(200);
    expect(built.rendered).toContain('/articles/yongan-town-li-feng/index.html');
    expect(built.rendered.filter((p) => /^\/(en\/)?(articles|companies|departments|topics|columns|types|archive)\/.+\//.test(p))).toEqual(['/articles/yongan-town-li-feng/index.html']);
  });

  it('after an edit that names a company: the company pages and the rest follow, as built from scratch', () => {
    content.edit(ARTICLE, (text) => text.replace(/\n*$/, '\n\n镇里还走访了新远大的生产车间。\n'));
    const built = buildBoth();
    expect(differences(built.incremental, built.scratch)).toEqual([]);
    expect(built.rendered).toContain('/companies/xinyuanda/index.html');
  });

  it('after a department is renamed in its data file: every page that names it follows, as built from scratch', () => {
    content.edit('departments.yaml', (text) => text.replace('name: { zh: 永安镇,', 'name: { zh: 永安镇（测试）,'));
    const built = buildBoth();
    expect(differences(built.incremental, built.scratch)).toEqual([]);
    expect(built.rendered).toContain('/departments/yongan-town/index.html');
  });

  it('after a new article: renders its page and only the pages that show it, and links the rest from the published site', () => {
    const unchanged = join(site, 'articles/study-trip-liu-hao/index.html');
    const inode = statSync(unchanged).ino;
    content.write(
      NEW,
      '---\ntitle: 永安镇召开重点项目推进会\ntype: news\ndate: 2024-12-30\ndepartments: [yongan-town]\ntopics: [project-construction]\n---\n\n' +
        '永安镇近日召开重点项目推进会，力拓公司负责人介绍了新建生产线的进展情况，会议要求各有关部门加强协调配合，确保项目按期建成投产、早日见效。\n',
    );
    const built = buildBoth();
    expect(differences(built.incremental, built.scratch)).toEqual([]);
    expect(built.rendered).toContain(NEW_PAGE);
    for (const page of keyed(built.rendered).filter((p) => p !== NEW_PAGE)) expect(html(page), page).toContain('/articles/incremental-new-article/');
    expect(keyed(built.rendered).length).toBeLessThan(40);
    expect(statSync(unchanged).ino).toBe(inode);
  });

  it('after a title change: renders only the pages that show the title, as built from scratch', () => {
    content.edit(NEW, (text) => text.replace('title: 永安镇召开重点项目推进会', 'title: 永安镇召开重点项目建设推进会'));
    const built = buildBoth();
    expect(differences(built.incremental, built.scratch)).toEqual([]);
    expect(built.rendered).toContain(NEW_PAGE);
    for (const page of keyed(built.rendered)) expect(html(page), page).toContain('永安镇召开重点项目建设推进会');
  });

  it('after a new translation, and a new company alias: as built from scratch', () => {
    content.write(
      'articles/2024/incremental-new-article.en.md',
      '---\ntitle: Yong\'an Town holds a meeting on key projects\ntype: news\ndate: 2024-12-30\ndepartments: [yongan-town]\ntopics: [project-construction]\nlang: en\ntranslationOf: incremental-new-article\n---\n\nYong\'an Town recently held a meeting to push forward its key projects.\n',
    );
    let built = buildBoth();
    expect(differences(built.incremental, built.scratch)).toEqual([]);
    expect(built.rendered).toContain('/en/articles/incremental-new-article/index.html');
    expect(built.rendered).toContain(NEW_PAGE);

    content.edit('companies.yaml', (text) => text.replace('name: { zh: "力拓重工", en: "Lituo Heavy Industry" }\n  aliases: []', 'name: { zh: "力拓重工", en: "Lituo Heavy Industry" }\n  aliases: ["力拓公司"]'));
    built = buildBoth();
    expect(differences(built.incremental, built.scratch)).toEqual([]);
    expect(built.rendered).toContain('/companies/lituo-heavy-industry/index.html');
    expect(built.rendered).toContain(NEW_PAGE);
  });

  it('after an article is deleted: its pages are gone and the rest follows, as built from scratch', () => {
    content.remove('articles/2024/study-trip-pan-chao.en.md');
    content.remove('articles/2024/study-trip-pan-chao.md');
    const built = buildBoth();
    expect(differences(built.incremental, built.scratch)).toEqual([]);
    expect(() => statSync(join(site, 'articles/study-trip-pan-chao/index.html'))).toThrow();
  });

  it('when a scheduled article reaches its day: it is published, as built from scratch', () => {
    content.write('articles/2026/incremental-scheduled.md', '---\ntitle: 定时发布的测试文章\ntype: news\ndate: 2026-12-20\nscheduled: true\ndepartments: [yongan-town]\n---\n\n这是一篇定时发布的测试文章，到了日子才出现在网站上。\n');
    const before = runBuild({ contentDir: content.dir, cacheDir: cache, outDir: site, env: { SHIZHONG_TODAY: '2026-12-19' } });
    expect(before.status, before.output.slice(-3000)).toBe(0);
    expect(() => statSync(join(site, 'articles/incremental-scheduled/index.html'))).toThrow();
    const built = buildBoth({ SHIZHONG_TODAY: '2026-12-20' });
    expect(differences(built.incremental, built.scratch)).toEqual([]);
    expect(built.rendered).toContain('/articles/incremental-scheduled/index.html');
  });
});
