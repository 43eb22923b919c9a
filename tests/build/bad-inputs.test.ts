/**
 * The table of bad inputs (tests/fixtures/bad-inputs.ts), each on a fresh
 * copy of the real content: `npm run lint:content` and `npm run build`
 * exit as the table says, with the first line of their message as it
 * says; every failed build leaves the previously published site (one good
 * build of the real content, made first) unchanged, byte for byte.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BAD_INPUTS, type Expect } from '../fixtures/bad-inputs';
import { ROOT } from '../support/build';
import { ContentCopy, treeHashes } from '../support/content-copy';

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function npm(args: string[], env: Record<string, string>): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', ...args], { cwd: ROOT, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** Messages name the copy by its absolute path; shown here as content-copy/…, as in the table. */
const firstLine = (text: string, copy: ContentCopy) => (text.replaceAll(`${copy.dir}/`, 'content-copy/').replaceAll(copy.dir, 'content-copy').split('\n').find((l) => l.trim() !== '') ?? '');

const errorCount = (text: string) => text.split('\n').filter((l) => /^\S+:\d+ {2}错误 \[/.test(l)).length;

function expectFirst(line: string, want: Expect, output: string): void {
  if (want.errors !== undefined) expect(errorCount(output), output).toBe(want.errors);
  if (want.contains !== undefined) expect(output.replaceAll('content-copy/', '')).toContain(want.contains);
  if (want.first === undefined) return;
  if (typeof want.first === 'string') expect(line, output).toContain(want.first);
  else expect(line, output).toMatch(want.first);
}

const cache = mkdtempSync(join(tmpdir(), 'shizhong-bad-cache-'));
const published = join(mkdtempSync(join(tmpdir(), 'shizhong-bad-dist-')), 'dist');
let before: Map<string, string>;

beforeAll(async () => {
  const good = new ContentCopy();
  const result = await npm(['build'], { SHIZHONG_CONTENT_DIR: good.dir, SHIZHONG_OUT_DIR: published, SHIZHONG_CACHE_DIR: cache, TZ: 'Asia/Shanghai' });
  expect(result.status, result.stdout + result.stderr).toBe(0);
  before = treeHashes(published);
  expect(before.size).toBeGreaterThan(200);
}, 300_000);

it('the previous site, built with TZ=Asia/Shanghai, shows the day written', async () => {
  const { page } = await import('../support/html');
  expect(page('/articles/letter-to-science-workers/', published).querySelector('article time')?.textContent.trim()).toBe('2023年5月26日');
  expect(page('/articles/letter-to-science-workers/', published).querySelector('article time')?.getAttribute('datetime')).toBe('2023-05-26');
  // Built from a copy outside the repository: the web editor's data names the repository's content/, not the copy's path.
  const admin = JSON.parse(page('/admin/', published).querySelector('#admin-data')!.textContent) as { contentDir: string };
  expect(admin.contentDir).toBe('content');
});

it('the check of the result names an article page that lost a paragraph after the build (the real site, one paragraph taken out)', async () => {
  const { cpSync, readFileSync, writeFileSync } = await import('node:fs');
  const { verifyOutput } = await import('../../scripts/lib/build/verify-output');
  const { expectedArticlePages } = await import('../../scripts/lib/build/checks');
  const { readContent } = await import('../../scripts/lib/shared/content');
  const { CONTENT } = await import('../support/content');
  const pages = expectedArticlePages(readContent(CONTENT), '2026-01-01');
  expect(pages.length).toBeGreaterThan(20);
  expect(verifyOutput(published, pages)).toEqual([]);
  const copy = join(mkdtempSync(join(tmpdir(), 'shizhong-cut-')), 'dist');
  cpSync(published, copy, { recursive: true });
  const file = join(copy, 'articles/yongan-town-li-feng/index.html');
  const html = readFileSync(file, 'utf8');
  const body = html.indexOf('article__body');
  const second = html.indexOf('<p>', html.indexOf('</p>', body));
  writeFileSync(file, html.slice(0, second) + html.slice(html.indexOf('</p>', second) + 4));
  const problems = verifyOutput(copy, pages);
  expect(problems).toHaveLength(1);
  expect(problems[0]).toMatch(/^content\/articles\/2023\/yongan-town-li-feng\.md:30 {2}错误：网页 \/articles\/yongan-town-li-feng\/ 上缺了第 30 行起的文字：“今年以来，永安镇/);
});

describe('bad inputs: the linter and the build refuse them, and the published site stays as it was', () => {
  it.each(BAD_INPUTS.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const copy = new ContentCopy();
    await c.damage(copy);
    const env = { SHIZHONG_CONTENT_DIR: copy.dir, SHIZHONG_CACHE_DIR: cache, ...c.env };
    // A build that must succeed goes to a folder of its own; a failing one targets the published site.
    const outDir = c.build.exit === 0 ? join(mkdtempSync(join(tmpdir(), 'shizhong-ok-')), 'dist') : published;
    const lintArgs = c.lint.contains === undefined ? ['lint:content', '--', '--quiet'] : ['lint:content'];
    const [lint, build] = await Promise.all([npm(lintArgs, env), npm(['build'], { ...env, SHIZHONG_OUT_DIR: outDir })]);

    const lintOutput = `${lint.stdout}\n${lint.stderr}`;
    expect(lint.status, lintOutput).toBe(c.lint.exit);
    expectFirst(firstLine(lint.stdout, copy), c.lint, lintOutput);

    const buildOutput = `${build.stdout}\n${build.stderr}`;
    expect(build.status, buildOutput.slice(-4000)).toBe(c.build.exit);
    if (c.build.exit !== 0) {
      expectFirst(firstLine(build.stderr, copy), c.build, buildOutput);
      expect(build.stderr).toContain('网站没有更新');
      expect(treeHashes(published)).toEqual(before);
    } else {
      c.site?.(outDir);
    }
  });
});
