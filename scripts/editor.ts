/**
 * `npm run editor`: the web editor on this computer. Starts decap-server
 * (Decap CMS's local backend, which reads and writes the files of this
 * working copy) and `astro dev` together, prints the editor's address, and
 * stops both on Ctrl-C (or when either stops).
 *
 * Options: --port N (the site, default 4321), --decap-port N (decap-server,
 * default 8081); anything else is passed on to `astro dev` (e.g. --host).
 * SHIZHONG_CONTENT_DIR works as for the build; DECAP_REPO_DIR is the folder
 * decap-server serves (default: this repository), which must hold the
 * content folder.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

/** Our options out of the command line; the rest goes to `astro dev`. */
const argv = process.argv.slice(2);
const own: Record<string, string> = { '--port': '4321', '--decap-port': '8081' };
const passOn: string[] = [];
for (let i = 0; i < argv.length; i += 1) {
  const arg = argv[i] ?? '';
  const [name, inline] = arg.split('=', 2) as [string, string | undefined];
  if (arg === '--help' || arg === '-h') {
    console.log(`npm run editor [-- --port 4321 --decap-port 8081]

同时启动网页编辑器的本地后端（decap-server，直接读写本机 content/ 里的文件）和本地预览（astro dev）。
浏览器打开 http://localhost:4321/admin/ 写稿；按 Ctrl-C 同时停止两者。`);
    process.exit(0);
  } else if (name in own) {
    own[name] = inline ?? argv[(i += 1)] ?? '';
  } else {
    passOn.push(arg);
  }
}
const port = own['--port'] ?? '4321';
const decapPort = own['--decap-port'] ?? '8081';
const hostIndex = passOn.indexOf('--host');
const host = hostIndex >= 0 ? (passOn[hostIndex + 1] ?? 'localhost') : 'localhost';

const require = createRequire(import.meta.url);
const repoDir = path.resolve(process.env.DECAP_REPO_DIR ?? process.cwd());
/** A package's file, found from its package.json (the packages' exports do not list their bin files). */
const packageFile = (pkg: string, file: string) => path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);
const decapServer = packageFile('decap-server', 'dist/index.js');
const astro = packageFile('astro', 'bin/astro.mjs');
const decapUrl = `http://${host === 'localhost' ? 'localhost' : host}:${decapPort}/api/v1`;

const children: ChildProcess[] = [];
let stopping = false;

function stop(code: number): void {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  const left = children.filter((c) => c.exitCode === null);
  if (left.length === 0) process.exit(code);
  let waiting = left.length;
  for (const child of left) {
    child.once('exit', () => {
      waiting -= 1;
      if (waiting === 0) process.exit(code);
    });
  }
  setTimeout(() => process.exit(code), 5000).unref();
}

function start(name: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const prefix = (chunk: Buffer) =>
    chunk
      .toString()
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => `[${name}] ${l}\n`)
      .join('');
  child.stdout?.on('data', (chunk: Buffer) => {
    process.stdout.write(prefix(chunk));
    if (name === 'astro' && /ready in/.test(chunk.toString())) {
      console.log(`\n网页编辑器已启动：http://${host}:${port}/admin/\n网站预览：http://${host}:${port}/\n按 Ctrl-C 停止。\n`);
    }
  });
  child.stderr?.on('data', (chunk: Buffer) => process.stderr.write(prefix(chunk)));
  child.on('exit', (code) => {
    if (!stopping) {
      console.error(`${name} 已退出（${code ?? '信号'}），编辑器随之停止。`);
      stop(code ?? 1);
    }
  });
  children.push(child);
  return child;
}

start('decap-server', [decapServer], { PORT: decapPort, GIT_REPO_DIRECTORY: repoDir, MODE: 'fs', BIND_HOST: host === 'localhost' ? '' : host });
start('astro', [astro, 'dev', '--port', port, ...passOn], { DECAP_SERVER_URL: decapUrl, DECAP_REPO_DIR: repoDir });

process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
