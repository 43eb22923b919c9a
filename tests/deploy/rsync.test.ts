/**
 * `npm run deploy` to a folder target over rsync, served by real nginx
 * from its `current` link: a dry run changes nothing; a first deploy
 * publishes every file; a second uploads only what changed (the rest are
 * hard links to the previous release) and nginx serves it at once;
 * --rollback puts the previous release back; old releases are pruned.
 */
import { lstatSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startNginx, type RunningNginx } from '../../scripts/lib/deploy/nginx';
import { get } from './http';
import { changedCopy, differingFiles, listFiles, runDeploy, type Variant } from './sites';

const dist = inject('deployDist');
const target = mkdtempSync(join(tmpdir(), 'shizhong-rsync-target-'));
const env = { SHIZHONG_DEPLOY_TARGET: 'rsync', SHIZHONG_DEPLOY_RSYNC_DEST: target, SHIZHONG_DEPLOY_KEEP: '2' };
let v2: Variant;
let nginx: RunningNginx;

beforeAll(async () => {
  v2 = await changedCopy(dist);
  // nginx serves the link, as on the host: it must follow each switch.
  const first = await runDeploy(['--dir', dist], env);
  if (first.status !== 0) throw new Error(first.output);
  nginx = await startNginx({ root: join(target, 'current') });
});
afterAll(async () => {
  await nginx?.stop();
  rmSync(target, { recursive: true, force: true });
  if (v2) rmSync(v2.dir, { recursive: true, force: true });
});

const current = () => readlinkSync(join(target, 'current'));
const releases = () => readdirSync(join(target, 'releases')).sort();

async function expectServed(site: string, paths: string[]) {
  const types: Record<string, string> = { html: 'text/html; charset=utf-8', css: 'text/css; charset=utf-8', js: 'application/javascript; charset=utf-8', png: 'image/png', svg: 'image/svg+xml; charset=utf-8', xml: 'text/xml; charset=utf-8' };
  for (const path of paths) {
    const res = await get(`${nginx.url}/${path.replace(/index\.html$/, '')}`);
    expect(res.status, path).toBe(200);
    expect(res.body.equals(readFileSync(join(site, path))), path).toBe(true);
    expect(res.header('content-type'), path).toBe(types[path.slice(path.lastIndexOf('.') + 1)]);
  }
}

function samplePaths(site: string): string[] {
  const files = listFiles(site);
  return ['index.html', files.find((f) => f.startsWith('_astro/') && f.endsWith('.css'))!, files.find((f) => f.startsWith('_astro/') && f.endsWith('.js'))!, files.find((f) => f.startsWith('share/') && f.endsWith('.png'))!, 'favicon.svg', 'rss.xml'];
}

describe('rsync to a folder', () => {
  it('first deploy: every file of the site in a release, `current` pointing at it, served by nginx', async () => {
    expect(releases()).toHaveLength(1);
    expect(current()).toBe(`releases/${releases()[0]}`);
    expect(lstatSync(join(target, 'current')).isSymbolicLink()).toBe(true);
    const live = join(target, 'current');
    expect(listFiles(live)).toEqual(listFiles(dist));
    for (const f of listFiles(dist)) expect(readFileSync(join(live, f)).equals(readFileSync(join(dist, f))), f).toBe(true);
    await expectServed(dist, samplePaths(dist));
  });

  it('a dry run says what it would upload and changes nothing', async () => {
    const before = releases();
    const run = await runDeploy(['--dir', v2.dir, '--dry-run'], env);
    expect(run.status, run.output).toBe(0);
    expect(run.output).toContain('[演练]');
    expect(run.output).toContain(v2.changed);
    expect(run.output).toContain(v2.added);
    expect(run.output).toContain('没有做任何改动');
    expect(releases()).toEqual(before);
  });

  it('second deploy uploads only what changed, pages last, and nginx serves the new release at once', async () => {
    const previous = current();
    const run = await runDeploy(['--dir', v2.dir], env);
    expect(run.status, run.output).toBe(0);
    // The changed page and its .br/.gz, and the added page (too small for copies).
    const differing = differingFiles(dist, v2.dir);
    expect(differing.sort()).toEqual([v2.added, v2.changed, `${v2.changed}.br`, `${v2.changed}.gz`].sort());
    expect(run.output).toContain(`上传 ${differing.length} 个文件`);
    expect(releases()).toHaveLength(2);
    expect(current()).not.toBe(previous);
    const [oldRelease, newRelease] = releases().map((r) => join(target, 'releases', r));
    expect(listFiles(join(target, 'current'))).toEqual(listFiles(v2.dir));
    // Unchanged files are hard links to the previous release; changed ones are new files.
    const css = listFiles(dist).find((f) => f.endsWith('.css'))!;
    expect(statSync(join(newRelease!, css)).ino).toBe(statSync(join(oldRelease!, css)).ino);
    expect(statSync(join(newRelease!, v2.changed)).ino).not.toBe(statSync(join(oldRelease!, v2.changed)).ino);

    await expectServed(v2.dir, [...samplePaths(v2.dir), v2.changed, v2.added]);
    expect((await get(`${nginx.url}/${v2.changed.replace('index.html', '')}`)).body.toString()).toContain('更正：');
    expect((await get(`${nginx.url}/${v2.removed.replace('index.html', '')}`)).status).toBe(404);
  });

  it('--rollback puts the previous release back', async () => {
    const run = await runDeploy(['--rollback'], env);
    expect(run.status, run.output).toBe(0);
    expect(run.output).toContain('已回滚');
    expect(current()).toBe(`releases/${releases()[0]}`);
    await expectServed(dist, [...samplePaths(dist), v2.removed]);
    expect((await get(`${nginx.url}/${v2.added.replace('index.html', '')}`)).status).toBe(404);
    expect((await get(`${nginx.url}/${v2.changed.replace('index.html', '')}`)).body.equals(readFileSync(join(dist, v2.changed)))).toBe(true);
  });

  it('with nothing older to go back to, --rollback says so and changes nothing', async () => {
    const before = current();
    const run = await runDeploy(['--rollback'], env);
    expect(run.status).toBe(1);
    expect(run.output).toContain('之前没有保留的版本，无从回滚');
    expect(current()).toBe(before);
  });

  it('keeps the newest releases (SHIZHONG_DEPLOY_KEEP=2) and deletes older ones', async () => {
    const oldest = releases()[0];
    const run = await runDeploy(['--dir', v2.dir], env);
    expect(run.status, run.output).toBe(0);
    expect(releases()).toHaveLength(2);
    expect(releases()).not.toContain(oldest);
    expect(current()).toBe(`releases/${releases()[1]}`);
    await expectServed(v2.dir, [v2.changed, v2.added]);
  });
});
