/**
 * The build's folders and lock (scripts/lib/build/): what a killed build
 * leaves is tidied by the next one, and the old site is put back when a
 * build died between its two renames.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireLock, processAlive, recordChild, releaseLock } from '../../../scripts/lib/build/lock.ts';
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

describe('build lock, taken atomically', () => {
  const LOCK_TS = join(import.meta.dirname, '../../../scripts/lib/build/lock.ts');
  // Two processes take turns at the same moments: at each, both try to take one lock; each prints what it got, one line a round.
  const racer = (locks: string[], at: number) =>
    `import { acquireLock } from ${JSON.stringify(LOCK_TS)}; const locks = ${JSON.stringify(locks)}; const out = [];
     for (const [i, lock] of locks.entries()) { while (Date.now() < ${at} + i * 25); out.push(acquireLock(lock).ok ? 'held' : 'refused'); }
     console.log(out.join('\\n'));`;

  it('lets exactly one of two builds started in the same millisecond hold it, fresh or stale (60 rounds)', async () => {
    const dir = scratch();
    const locks = Array.from({ length: 60 }, (_, i) => join(dir, `round-${i}.build-lock`));
    // Every other round, a stale lock left by a dead build: both try to take it over at once.
    locks.forEach((lock, i) => i % 2 === 1 && writeFileSync(lock, JSON.stringify({ pid: DEAD, started: 'x' })));
    const at = Date.now() + 2000;
    const runs = [0, 1].map(
      () =>
        new Promise<string[]>((resolve) => {
          const child = spawn(process.execPath, ['--input-type=module', '-e', racer(locks, at)]);
          let out = '';
          child.stdout.on('data', (d: Buffer) => (out += d));
          child.on('close', () => resolve(out.trim().split('\n')));
        }),
    );
    const [a, b] = await Promise.all(runs);
    expect(a).toHaveLength(60);
    const bothHeld = locks.filter((_, i) => a![i] === 'held' && b![i] === 'held').length;
    const noneHeld = locks.filter((_, i) => a![i] !== 'held' && b![i] !== 'held').length;
    expect({ bothHeld, noneHeld }).toEqual({ bothHeld: 0, noneHeld: 0 });
  }, 60_000);

  it('takes over a lock whose pid now belongs to another program, and stops the steps a dead build left running', () => {
    const lock = join(scratch(), '.dist.build-lock');
    // A live pid (1), but the lock names another command line: the pid was reused.
    const sleeper = spawn('sleep', ['60'], { detached: true, stdio: 'ignore' });
    writeFileSync(lock, JSON.stringify({ pid: 1, started: 'x', cmd: 'node scripts/build.ts (long gone)', child: sleeper.pid }));
    const result = acquireLock(lock);
    expect(result).toMatchObject({ ok: true, staleFrom: { pid: 1 }, stopped: sleeper.pid });
    // The dead build's step is stopped (its whole process group).
    spawnSync('sleep', ['0.3']);
    expect(processAlive(sleeper.pid!) && readFileSync(`/proc/${sleeper.pid}/stat`, 'utf8').split(' ')[2] !== 'Z').toBe(false);
    recordChild(lock, 4242);
    expect(JSON.parse(readFileSync(lock, 'utf8'))).toMatchObject({ pid: process.pid, child: 4242 });
    releaseLock(lock);
    expect(existsSync(lock)).toBe(false);
  });
});
