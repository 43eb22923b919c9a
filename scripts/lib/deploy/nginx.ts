/**
 * Runs Debian's nginx in the foreground with the committed server block
 * (deploy/nginx.conf) over a built folder on 127.0.0.1: for a person
 * (`npm run serve:nginx`) and for the tests. Everything nginx writes goes
 * to a temp folder of its own (prefix, pid file, temp paths); the error log
 * goes to stderr. nginx runs as one process (`master_process off`) so it
 * keeps the caller's user and needs no rights beyond reading the folder.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const REPO = resolve(import.meta.dirname, '../../..');
export const NGINX_CONF = join(REPO, 'deploy/nginx.conf');
export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
export const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

export interface NginxOptions {
  /** The built site to serve. */
  root: string;
  /** Port on 127.0.0.1; a free one when not given. */
  port?: number;
  /** Keep an access log (logs/access.log under `prefix`; the CLI shows it as it grows). */
  accessLog?: boolean;
  /** Where nginx's stderr goes: inherited (a person) or kept (tests, for the error message). */
  stderr?: 'inherit' | 'pipe';
}

export interface RunningNginx {
  url: string;
  /** nginx's own folder for this run (configuration, pid file, logs, temp files). */
  prefix: string;
  port: number;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** Install nginx and the brotli module with apt-get when missing (scripts/ensure-nginx.sh). */
export function ensureNginx(): void {
  const result = spawnSync('bash', [join(REPO, 'scripts/ensure-nginx.sh')], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('nginx 不可用：请安装 nginx 和 libnginx-mod-http-brotli-static（nginx is not available）');
}

/** A port that was free a moment ago on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

/** The main configuration around deploy/nginx.conf, and the host part it includes. */
export function writeConfig(prefix: string, root: string, port: number, accessLog: boolean): string {
  for (const dir of ['logs', 'temp']) mkdirSync(join(prefix, dir), { recursive: true });
  const temp = join(prefix, 'temp');
  writeFileSync(
    join(prefix, 'shizhong-site.conf'),
    `# Written by scripts/lib/deploy/nginx.ts for this run only.\nlisten 127.0.0.1:${port};\nserver_name localhost;\nroot ${root};\n`,
  );
  const main = [
    '# Written by scripts/lib/deploy/nginx.ts: a foreground nginx around deploy/nginx.conf.',
    `load_module ${BROTLI_MODULE};`,
    'daemon off;',
    'master_process off;',
    `pid ${join(prefix, 'nginx.pid')};`,
    'error_log stderr warn;',
    'events { worker_connections 256; }',
    'http {',
    '    include /etc/nginx/mime.types;',
    '    default_type application/octet-stream;',
    // Not /dev/stdout: Node's child stdio is a socket, which nginx cannot open by that name.
    accessLog ? `    access_log ${join(prefix, 'logs/access.log')} combined;` : '    access_log off;',
    '    sendfile on;',
    `    client_body_temp_path ${temp}/client_body;`,
    `    proxy_temp_path ${temp}/proxy;`,
    `    fastcgi_temp_path ${temp}/fastcgi;`,
    `    uwsgi_temp_path ${temp}/uwsgi;`,
    `    scgi_temp_path ${temp}/scgi;`,
    `    include ${NGINX_CONF};`,
    '}',
    '',
  ].join('\n');
  const file = join(prefix, 'nginx.conf');
  writeFileSync(file, main);
  return file;
}

async function waitUntilUp(url: string, child: ChildProcess, errors: () => string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`nginx 启动失败（nginx exited with ${child.exitCode}）:\n${errors()}`);
    try {
      await fetch(url, { method: 'HEAD' });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  throw new Error(`nginx 十秒内没有在 ${url} 应答（nginx did not answer within 10 s）:\n${errors()}`);
}

export async function startNginx(options: NginxOptions): Promise<RunningNginx> {
  const root = resolve(options.root);
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    throw new Error(`找不到要发布的网站文件夹 ${root}，请先运行 npm run build，或用 --root 指定文件夹（no such folder）`);
  }
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(`${root} 里没有 index.html：这不是建好的网站，请先运行 npm run build（not a built site）`);
  }
  const port = options.port ?? (await freePort());
  const prefix = mkdtempSync(join(tmpdir(), 'shizhong-nginx-'));
  const conf = writeConfig(prefix, root, port, options.accessLog ?? false);
  const test = spawnSync(NGINX, ['-e', 'stderr', '-p', prefix, '-c', conf, '-t', '-q'], { encoding: 'utf8' });
  if (test.status !== 0) {
    rmSync(prefix, { recursive: true, force: true });
    throw new Error(`nginx 配置检查失败（nginx -t failed）:\n${test.stderr}`);
  }
  const child = spawn(NGINX, ['-e', 'stderr', '-p', prefix, '-c', conf], {
    stdio: ['ignore', 'inherit', options.stderr ?? 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((r) => child.once('exit', () => r()));
      child.kill('SIGQUIT');
      const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(prefix, { recursive: true, force: true });
  };
  try {
    await waitUntilUp(url, child, () => stderr);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, port, prefix, process: child, stop };
}
