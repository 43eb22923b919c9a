/**
 * One build at a time per output folder: a lock file beside it holds the
 * pid and command line of the build that writes it, and the process group
 * of the step it runs. A second build refuses with a message that says
 * how to clear a lock nobody holds any more; a lock whose process is gone
 * (a build killed with SIGKILL, a machine that lost power), or whose pid
 * now belongs to another program, is stale and taken over, saying so, and
 * the steps that dead build left running are stopped first.
 *
 * Taking the lock is atomic: the lock's whole content is written to a file
 * of its own, then hard-linked to the lock's name (which fails if the name
 * exists), so no build ever sees a half-written lock; a stale lock is
 * renamed aside (one rename wins) before a new one is linked in.
 */
import { linkSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';

export interface LockHolder {
  pid: number;
  started: string;
  /** The holder's command line, to tell its pid from the same number reused by another program. */
  cmd?: string | undefined;
  /** The process group of the step the holder runs (its children are in it). */
  child?: number | undefined;
}

export type LockResult = { ok: true; staleFrom?: LockHolder; stopped?: number } | { ok: false; holder: LockHolder };

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

/** A process's command line (Linux), or undefined where it cannot be read. */
function commandLine(pid: number): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ');
  } catch {
    return undefined;
  }
}

/** The command line of this process, as commandLine() reads it back. */
const OWN_CMD = commandLine(process.pid);

/** Whether the holder still runs: its pid is alive and, where it can be told, still the same program. */
function holderAlive(holder: LockHolder): boolean {
  if (!processAlive(holder.pid)) return false;
  if (holder.cmd === undefined) return true;
  const now = commandLine(holder.pid);
  return now === undefined || now === holder.cmd;
}

function readHolder(path: string): LockHolder | undefined {
  try {
    const value = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockHolder>;
    const holder: LockHolder = { pid: Number(value.pid), started: String(value.started ?? '') };
    if (typeof value.cmd === 'string') holder.cmd = value.cmd;
    if (typeof value.child === 'number') holder.child = value.child;
    return holder;
  } catch {
    return undefined;
  }
}

/** Write `holder` as the lock at `path` in one step: fails with EEXIST when a lock is there. */
function linkLock(path: string, holder: LockHolder): void {
  const own = `${path}.${process.pid}`;
  writeFileSync(own, JSON.stringify(holder));
  try {
    linkSync(own, path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw e;
    // A file system without hard links: create the name exclusively, then fill it.
    writeFileSync(path, JSON.stringify(holder), { flag: 'wx' });
  } finally {
    rmSync(own, { force: true });
  }
}

/** Stop what a dead build's step left running (its process group), when it is still there. */
function stopLeftChildren(holder: LockHolder): number | undefined {
  const group = holder.child;
  if (!group || !processAlive(group)) return undefined;
  try {
    process.kill(-group, 'SIGKILL');
    return group;
  } catch {
    return undefined;
  }
}

/** Take the lock at `path`, or say who holds it. */
export function acquireLock(path: string): LockResult {
  const mine: LockHolder = { pid: process.pid, started: new Date().toISOString(), cmd: OWN_CMD };
  let staleFrom: LockHolder | undefined;
  let stopped: number | undefined;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      linkLock(path, mine);
      return { ok: true, ...(staleFrom ? { staleFrom } : {}), ...(stopped ? { stopped } : {}) };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const holder = readHolder(path);
    if (holder && holder.pid !== process.pid && holderAlive(holder)) return { ok: false, holder };
    // Stale (or unreadable: written by a version that wrote in two steps, killed in between). One build wins the rename.
    const aside = `${path}.stale-${process.pid}`;
    try {
      renameSync(path, aside);
    } catch {
      continue; // another build took it away first: try again
    }
    const taken = readHolder(aside);
    if (taken && taken.pid !== process.pid && holderAlive(taken)) {
      // A live build's lock, linked in between our read and our rename: put it back.
      try {
        linkSync(aside, path);
      } catch {
        /* someone else's lock is there now */
      }
      rmSync(aside, { force: true });
      return { ok: false, holder: taken };
    }
    rmSync(aside, { force: true });
    staleFrom = taken ?? holder ?? { pid: 0, started: '' };
    stopped = stopLeftChildren(staleFrom) ?? stopped;
  }
  return { ok: false, holder: readHolder(path) ?? { pid: 0, started: '' } };
}

/** Note in the lock (held by this process) the process group of the step now running. */
export function recordChild(path: string, child: number | undefined): void {
  const holder = readHolder(path);
  if (holder?.pid !== process.pid) return;
  const next = `${path}.${process.pid}`;
  writeFileSync(next, JSON.stringify({ ...holder, child }));
  renameSync(next, path);
}

/** Give the lock back, if it is still ours. */
export function releaseLock(path: string): void {
  const holder = readHolder(path);
  if (holder?.pid === process.pid) rmSync(path, { force: true });
}
