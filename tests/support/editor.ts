/**
 * `npm run editor` (scripts/editor.ts) on a temporary copy of the content:
 * a git repository holding `content/`, served by a real decap-server, with
 * `astro dev` building the site from it. For the web editor's browser tests.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? ok(address.port) : fail(new Error('no port'))));
    });
  });
}

export interface RunningEditor {
  /** The temporary repository (content in `content/`). */
  repo: string;
  /** http://127.0.0.1:PORT */
  site: string;
  decapPort: number;
  /** Milliseconds from the command's start to its “editor ready” line (the editor's script built, /admin/ opened once). */
  startedInMs: number;
  /** Everything the editor command printed so far. */
  output(): string;
  /** Ctrl-C, as an editor would; resolves with the exit code. */
  stop(): Promise<number | null>;
  process: ChildProcess;
}

/** The environment without vitest's own variables (VITEST, NODE_ENV=test…), which make a child `astro dev` serve nothing. */
export function outsideVitest(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (key.startsWith('VITEST') || key === 'NODE_ENV' || key === 'TEST') delete env[key];
  return env;
}

export function git(repo: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=测试', '-c', 'user.email=test@example.invalid', ...args], { cwd: repo, encoding: 'utf8' });
}

/** Copy the repository's content into a new git repository and start `npm run editor` on it. */
export async function startEditor(): Promise<RunningEditor> {
  const repo = mkdtempSync(join(tmpdir(), 'shizhong-editor-'));
  cpSync(join(ROOT, 'content'), join(repo, 'content'), { recursive: true });
  writeFileSync(join(repo, '.gitignore'), 'dist/\n.astro-cache/\n.build-cache/\n');
  git(repo, 'init', '-q');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-qm', 'content');
  const [port, decapPort] = [await freePort(), await freePort()];
  let out = '';
  const child = spawn(process.execPath, [join(ROOT, 'scripts/editor.ts'), '--port', String(port), '--decap-port', String(decapPort)], {
    cwd: ROOT,
    env: {
      ...outsideVitest(),
      SHIZHONG_CONTENT_DIR: join(repo, 'content'),
      DECAP_REPO_DIR: repo,
      SHIZHONG_CACHE_DIR: join(repo, '.astro-cache'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (out += c.toString()));
  const site = `http://127.0.0.1:${port}`;
  const started = Date.now();
  while (!out.includes(`${site}/admin/`)) {
    if (child.exitCode !== null) throw new Error(`npm run editor stopped:\n${out}`);
    if (Date.now() - started > 120_000) throw new Error(`npm run editor did not start in 120 s:\n${out}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    repo,
    site,
    decapPort,
    startedInMs: Date.now() - started,
    output: () => out,
    process: child,
    stop: () =>
      new Promise((ok) => {
        if (child.exitCode !== null) return ok(child.exitCode);
        child.once('exit', (code) => ok(code));
        child.kill('SIGINT');
      }),
  };
}

export function removeRepo(repo: string): void {
  rmSync(repo, { recursive: true, force: true });
}
