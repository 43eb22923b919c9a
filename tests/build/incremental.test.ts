/**
 * Astro's incremental build (src/lib/page-cache.ts): after each kind of
 * edit, a build that keeps its cache gives the same site, file for file,
 * as a build from scratch, and the edit an editor makes most, a change in
 * one article's text, renders that article's page alone.
 */
import { mkdtempSync, rmSync } from 'node:fs';
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
function buildBoth(): { incremental: string; scratch: string; rendered: string[]; reused: number } {
  step += 1;
  const incremental = runBuild({ contentDir: content.dir, cacheDir: cache, outDir: site });
  expect(incremental.status, incremental.output.slice(-3000)).toBe(0);
  const fresh = runBuild({ contentDir: content.dir, outDir: join(scratch, `scratch-${step}`) });
  expect(fresh.status, fresh.output.slice(-3000)).toBe(0);
  // Astro's log: "├─ /path/index.html (+3ms)" for a page rendered, "… (cached)" or "(restored)" for one copied.
  const log = incremental.output.replace(/\x1b\[[0-9;]*m/g, '');
  const rendered = [...log.matchAll(/├─ (\S+index\.html) \(\+/g)].map((m) => m[1]!);
  const reused = [...log.matchAll(/├─ \S+ +\((cached|restored)\)/g)].length;
  return { incremental: incremental.outDir, scratch: fresh.outDir, rendered, reused };
}

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
});
