/**
 * `npm run editor`: the web editor on this computer. Starts decap-server
 * (Decap CMS's local backend, which reads and writes the files of this
 * working copy) and `astro dev` together, prints the editor's address, and
 * stops both on Ctrl-C (or when either stops).
 *
 * Both listen on 127.0.0.1 only: decap-server reads and writes the working
 * copy without asking who is calling, so nobody else on the network may reach
 * it. The editor guide says how to use the editor from another computer
 * safely (an SSH tunnel). The editor's script is built once at startup (see
 * src/admin/editor-bundle.ts) and /admin/ is requested once before the
 * address is printed, so the first visit opens at once.
 *
 * Options: --port N (the site, default 4321), --decap-port N (decap-server,
 * default 8081); anything else is passed on to `astro dev`, except --host,
 * which accepts only this computer (127.0.0.1, localhost).
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
浏览器打开 http://127.0.0.1:4321/admin/ 写稿；按 Ctrl-C 同时停止两者。只在本机提供服务。`);
    process.exit(0);
  } else if (name in own) {
    own[name] = inline ?? argv[(i += 1)] ?? '';
  } else {
    passOn.push(arg);
  }
}
const port = own['--port'] ?? '4321';
const decapPort = own['--decap-port'] ?? '8081';
/** The one address both servers listen on. */
const HOST = '127.0.0.1';
const hostIndex = passOn.findIndex((a) => a === '--host' || a.startsWith('--host='));
if (hostIndex >= 0) {
  const arg = passOn[hostIndex] ?? '';
  const asked = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : (passOn[hostIndex + 1] ?? '');
  if (!['127.0.0.1', 'localhost', '::1'].includes(asked)) {
    console.error(
      `npm run editor 只在本机（127.0.0.1）提供服务，不能用 --host ${asked || '（空）'} 向网络开放：` +
        `本地后端不核对身份，谁能连上谁就能读写整个仓库。要在另一台电脑上用编辑器，请用 SSH 隧道，见 docs/编辑指南.md 的“在另一台电脑上使用网页编辑器”。`,
    );
    process.exit(2);
  }
  passOn.splice(hostIndex, arg.includes('=') ? 1 : 2);
}

const require = createRequire(import.meta.url);
const repoDir = path.resolve(process.env.DECAP_REPO_DIR ?? process.cwd());
/** A package's file, found from its package.json (the packages' exports do not list their bin files). */
const packageFile = (pkg: string, file: string) => path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);
const decapServer = packageFile('decap-server', 'dist/index.js');
const astro = packageFile('astro', 'bin/astro.mjs');
const decapUrl = `http://${HOST}:${decapPort}/api/v1`;

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

/** Open /admin/ once (the page and the editor's script), then print the address. */
async function announce(): Promise<void> {
  const site = `http://${HOST}:${port}`;
  for (const path of ['/admin/', '/admin/editor.js']) {
    try {
      await (await fetch(`${site}${path}`)).arrayBuffer();
    } catch (e) {
      console.error(`打开 ${site}${path} 失败：${String(e)}`);
    }
  }
  console.log(`\n网页编辑器已启动：${site}/admin/\n网站预览：${site}/\n（只有本机能打开。）按 Ctrl-C 停止。\n`);
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
    if (name === 'astro' && /ready in/.test(chunk.toString())) void announce();
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

start('decap-server', [decapServer], { PORT: decapPort, GIT_REPO_DIRECTORY: repoDir, MODE: 'fs', BIND_HOST: HOST });
start('astro', [astro, 'dev', '--port', port, '--host', HOST, ...passOn], { DECAP_SERVER_URL: decapUrl, DECAP_REPO_DIR: repoDir });

process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
