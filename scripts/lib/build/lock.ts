/**
 * One build at a time per output folder: a lock file beside it holds the
 * pid of the build that writes it. A second build refuses with a message;
 * a lock whose process is gone (a build killed with SIGKILL, a machine
 * that lost power) is stale and taken over, saying so.
 */
import { openSync, readFileSync, rmSync, writeSync, closeSync } from 'node:fs';

export interface LockHolder {
  pid: number;
  started: string;
}

export type LockResult = { ok: true; staleFrom?: LockHolder } | { ok: false; holder: LockHolder };

/** Whether a process with this pid is running (and ours to signal, or at least visible). */
export function processAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(path: string): LockHolder | undefined {
  try {
    const value = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockHolder>;
    return { pid: Number(value.pid), started: String(value.started ?? '') };
  } catch {
    return undefined;
  }
}

/** Take the lock at `path`, or say who holds it. */
export function acquireLock(path: string): LockResult {
  let staleFrom: LockHolder | undefined;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, JSON.stringify({ pid: process.pid, started: new Date().toISOString() }));
      closeSync(fd);
      return staleFrom ? { ok: true, staleFrom } : { ok: true };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const holder = readHolder(path);
      if (holder && processAlive(holder.pid) && holder.pid !== process.pid) return { ok: false, holder };
      // Stale (or unreadable, half-written by a build killed at that very moment): take it over.
      staleFrom = holder ?? { pid: 0, started: '' };
      rmSync(path, { force: true });
    }
  }
  const holder = readHolder(path) ?? { pid: 0, started: '' };
  return { ok: false, holder };
}

/** Give the lock back, if it is still ours. */
export function releaseLock(path: string): void {
  const holder = readHolder(path);
  if (holder?.pid === process.pid) rmSync(path, { force: true });
}
