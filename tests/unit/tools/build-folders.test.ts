/**
 * The build's folders and lock (scripts/lib/build/): what a killed build
 * leaves is tidied by the next one, and the old site is put back when a
 * build died between its two renames.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireLock, releaseLock } from '../../../scripts/lib/build/lock.ts';
import { buildFolders, recoverLeftovers, swapIn } from '../../../scripts/lib/build/swap.ts';

/** A pid no process has (Linux pids stay below 2^22). */
const DEAD = 2 ** 22 + 7;

function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'shizhong-folders-'));
}

describe('build folders', () => {
  it('swaps a finished build in and removes the old site', () => {
    const parent = scratch();
    const f = buildFolders(join(parent, 'dist'));
    mkdirSync(f.out);
    writeFileSync(join(f.out, 'index.html'), 'old');
    mkdirSync(f.building);
    writeFileSync(join(f.building, 'index.html'), 'new');
    swapIn(f);
    expect(readFileSync(join(f.out, 'index.html'), 'utf8')).toBe('new');
    expect(existsSync(f.building)).toBe(false);
    expect(existsSync(f.previous)).toBe(false);
  });

  it('puts the old site back when a build died between the renames, and removes a dead build folder', () => {
    const parent = scratch();
    const out = join(parent, 'dist');
    const dead = buildFolders(out);
    mkdirSync(dead.previous);
    writeFileSync(join(dead.previous, 'index.html'), 'old');
    mkdirSync(dead.building);
    const notes = recoverLeftovers(out);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('old');
    expect(existsSync(dead.building)).toBe(false);
    expect(notes.join('\n')).toContain('已把原来的网站放回 dist/');
  });

  it('names the folders the same for every build (Astro writes the output path into page code, see swap.ts), and tidies those of earlier versions too', () => {
    const parent = scratch();
    const out = join(parent, 'dist');
    expect(buildFolders(out)).toEqual(buildFolders(out));
    expect(buildFolders(out).building).toBe(join(parent, '.dist.building'));
    mkdirSync(join(parent, `.dist.building-${DEAD}`));
    expect(recoverLeftovers(out)).toEqual([`已删除上次中断的构建留下的 .dist.building-${DEAD}/。`]);
    expect(existsSync(join(parent, `.dist.building-${DEAD}`))).toBe(false);
  });
});

describe('build lock', () => {
  it('is held by one build, refused to another, given back, and taken over from a dead one', () => {
    const lock = join(scratch(), '.dist.build-lock');
    expect(acquireLock(lock)).toEqual({ ok: true });
    writeFileSync(lock, JSON.stringify({ pid: 1, started: 'x' })); // pid 1 is always alive
    expect(acquireLock(lock)).toEqual({ ok: false, holder: { pid: 1, started: 'x' } });
    writeFileSync(lock, JSON.stringify({ pid: DEAD, started: 'y' }));
    expect(acquireLock(lock)).toEqual({ ok: true, staleFrom: { pid: DEAD, started: 'y' } });
    expect(JSON.parse(readFileSync(lock, 'utf8')).pid).toBe(process.pid);
    releaseLock(lock);
    expect(existsSync(lock)).toBe(false);
  });
});
