/**
 * Serves a built site with Debian's nginx and the committed configuration
 * (deploy/nginx.conf) on 127.0.0.1, in the foreground, until Ctrl-C.
 *
 *   npm run serve:nginx -- [--port 8080] [--root dist]
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { outDir } from '../src/lib/env.ts';
import { ensureNginx, startNginx } from './lib/deploy/nginx.ts';

const { values } = parseArgs({
  options: { port: { type: 'string', default: '8080' }, root: { type: 'string', default: outDir }, help: { type: 'boolean' } },
});
if (values.help) {
  console.log('npm run serve:nginx -- [--port 端口，默认 8080] [--root 网站文件夹，默认 dist]');
  process.exit(0);
}
const port = Number(values.port);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`--port 应为 1 到 65535 之间的整数，例如 --port 8080（got “${values.port}”）`);
  process.exit(2);
}
try {
  ensureNginx();
  const nginx = await startNginx({ root: values.root, port, accessLog: true, stderr: 'inherit' });
  console.log(`nginx (deploy/nginx.conf) serves ${values.root} at ${nginx.url}/ — Ctrl-C stops it`);
  // One line a request, as nginx writes its access log.
  const tail = spawn('tail', ['-n', '+1', '-F', '-q', join(nginx.prefix, 'logs/access.log')], { stdio: ['ignore', 'inherit', 'ignore'] });
  const stop = () => {
    tail.kill();
    void nginx.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  nginx.process.on('exit', (code) => process.exit(code ?? 1));
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
