/**
 * The published folder is only ever a whole, good build: a build stopped
 * midway leaves the old site byte for byte and cleans up after itself;
 * a second build on the same folder refuses while one runs; a lock left
 * by a build that died is taken over.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { processAlive } from '../../scripts/lib/build/lock';
import { ROOT } from '../support/build';
import { ContentCopy, treeHashes } from '../support/content-copy';

const NODE = join(ROOT, 'node_modules/.bin/node');

interface Running {
  child: ChildProcess;
  done: Promise<{ status: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
}

function startBuild(env: Record<string, string>): Running {
  const child = spawn(NODE, ['scripts/build.ts'], { cwd: ROOT, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d));
  child.stderr!.on('data', (d: Buffer) => (stderr += d));
  const done = new Promise<{ status: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr })),
  );
  return { child, done };
}

async function until(what: string, test: () => boolean, ms = 120_000): Promise<void> {
  const end = Date.now() + ms;
  while (!test()) {
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Files written so far into the build's fresh folder(s) beside `out`. */
function buildingFiles(out: string): number {
  const parent = dirname(out);
  return readdirSync(parent)
    .filter((e) => e === '.dist.building')
    .reduce((n, e) => n + readdirSync(join(parent, e), { recursive: true }).length, 0);
}

const leftovers = (out: string) => readdirSync(dirname(out)).filter((e) => e !== 'dist');

let content: ContentCopy;
let cache: string;
let out: string;
let before: Map<string, string>;

beforeAll(async () => {
  content = new ContentCopy();
  cache = mkdtempSync(join(tmpdir(), 'shizhong-safety-cache-'));
  out = join(mkdtempSync(join(tmpdir(), 'shizhong-safety-')), 'dist');
  const first = await startBuild({ SHIZHONG_CONTENT_DIR: content.dir, SHIZHONG_OUT_DIR: out, SHIZHONG_CACHE_DIR: cache }).done;
  expect(first.status, first.stdout + first.stderr).toBe(0);
  before = treeHashes(out);
  expect(before.get('index.html')).toBeDefined();
}, 300_000);

describe('a build stopped midway', () => {
  it('leaves the published site byte for byte as it was, and no temporary folder', async () => {
    // Changed content, so that a finished build would differ.
    const changed = new ContentCopy();
    changed.edit('articles/2023/letter-to-science-workers.md', (s) => s.replace('title: "致全区科技工作者的一封信"', 'title: "致全区科技工作者的一封信（改）"'));
    const build = startBuild({ SHIZHONG_CONTENT_DIR: changed.dir, SHIZHONG_OUT_DIR: out, SHIZHONG_CACHE_DIR: cache });
    // Astro has written part of the new site into the fresh folder.
    await until('pages in the fresh folder', () => buildingFiles(out) > 30);
    build.child.kill('SIGTERM');
    const result = await build.done;

    expect(result.status, result.stdout + result.stderr).toBe(143);
    expect(result.stderr).toContain('构建被中止（SIGTERM）');
    expect(result.stderr).toContain('网站没有更新：');
    expect(treeHashes(out)).toEqual(before);
    expect(leftovers(out)).toEqual([]);
    // Nothing the build started goes on writing.
    await new Promise((r) => setTimeout(r, 1500));
    expect(leftovers(out)).toEqual([]);
    expect(treeHashes(out)).toEqual(before);
  });
});

/** Running, not a zombie waiting for a parent that is gone (pid 1 of a container may never reap it). */
const running = (pid: number) => {
  if (!processAlive(pid)) return false;
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0] !== 'Z';
  } catch {
    return false;
  }
};

describe('a build killed with SIGKILL', () => {
  it('leaves its step running, which the next build stops before it starts; the site stays as it was until a whole build replaces it', async () => {
    const build = startBuild({ SHIZHONG_CONTENT_DIR: content.dir, SHIZHONG_OUT_DIR: out, SHIZHONG_CACHE_DIR: cache });
    await until('pages in the fresh folder', () => buildingFiles(out) > 30);
    const lock = JSON.parse(readFileSync(join(dirname(out), '.dist.build-lock'), 'utf8')) as { pid: number; child?: number };
    expect(lock.pid).toBe(build.child.pid);
    const exited = new Promise((resolve) => build.child.once('exit', resolve));
    build.child.kill('SIGKILL');
    // Not `done`: the output pipe stays open as long as the step that shares it runs.
    await exited;
    // The step (Astro, in its own process group) outlives the build that started it.
    expect(lock.child).toBeGreaterThan(0);
    expect(running(lock.child!)).toBe(true);
    expect(treeHashes(out)).toEqual(before);

    const next = await startBuild({ SHIZHONG_CONTENT_DIR: content.dir, SHIZHONG_OUT_DIR: out, SHIZHONG_CACHE_DIR: cache }).done;
    expect(next.status, next.stdout + next.stderr).toBe(0);
    expect(next.stdout).toContain(`并结束了它还在运行的步骤（进程组 ${lock.child}）`);
    expect(running(lock.child!)).toBe(false);
    expect([...treeHashes(out).keys()].sort()).toEqual([...before.keys()].sort());
    expect(leftovers(out)).toEqual([]);
  });
});

describe('two builds on one folder', () => {
  it('the second refuses while the first runs; a lock of a dead build is taken over', async () => {
    // A lock left by a build that died without cleaning up.
    writeFileSync(join(dirname(out), '.dist.build-lock'), JSON.stringify({ pid: 2 ** 22 + 12345, started: '2026-01-01T00:00:00Z' }));
    const first = startBuild({ SHIZHONG_CONTENT_DIR: content.dir, SHIZHONG_OUT_DIR: out, SHIZHONG_CACHE_DIR: cache });
    await until('the first build to start building', () => buildingFiles(out) > 0 || existsSync(join(dirname(out), '.dist.building')));
    const second = await startBuild({ SHIZHONG_CONTENT_DIR: content.dir, SHIZHONG_OUT_DIR: out, SHIZHONG_CACHE_DIR: cache }).done;
    expect(second.status).toBe(1);
    expect(second.stderr.split('\n')[0]).toContain(`另一个构建正在进行（进程 ${first.child.pid}`);
    expect(second.stderr).toContain('网站没有更新');

    const done = await first.done;
    expect(done.status, done.stdout + done.stderr).toBe(0);
    expect(done.stdout).toContain('没有正常结束，已接手它留下的锁');
    expect(done.stdout).toContain('构建成功');
    // The same content again: the same site, and nothing left beside it.
    expect([...treeHashes(out).keys()].sort()).toEqual([...before.keys()].sort());
    expect(leftovers(out)).toEqual([]);
  });
});
