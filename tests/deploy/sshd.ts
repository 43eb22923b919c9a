/**
 * A throw-away OpenSSH server on 127.0.0.1 for the rsync-over-SSH deploy
 * test: its own host key, one client key allowed, the current user, no
 * password logins, logs to stderr; stopped and deleted after the test.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../scripts/lib/deploy/nginx';

export interface RunningSshd {
  /** `user@127.0.0.1` */
  login: string;
  /** The ssh command that reaches it (for SHIZHONG_DEPLOY_SSH). */
  ssh: string;
  stop(): Promise<void>;
}

export async function startSshd(): Promise<RunningSshd> {
  // Installed by tests/deploy/ensure-tools.sh (the global setup) when missing.
  if (!existsSync('/usr/sbin/sshd')) throw new Error('openssh-server is not available: apt-get install openssh-server');
  const dir = mkdtempSync(join(tmpdir(), 'shizhong-sshd-'));
  for (const name of ['host_key', 'client_key']) {
    const made = spawnSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', join(dir, name)], { encoding: 'utf8' });
    if (made.status !== 0) throw new Error(made.stderr);
  }
  writeFileSync(join(dir, 'authorized_keys'), readFileSync(join(dir, 'client_key.pub')));
  // sshd's privilege-separation folder (Debian makes it at boot, a fresh container may not have it).
  mkdirSync('/run/sshd', { recursive: true, mode: 0o755 });
  const port = await freePort();
  const config = [
    `Port ${port}`,
    'ListenAddress 127.0.0.1',
    `HostKey ${join(dir, 'host_key')}`,
    `AuthorizedKeysFile ${join(dir, 'authorized_keys')}`,
    `PidFile ${join(dir, 'sshd.pid')}`,
    'PasswordAuthentication no',
    'KbdInteractiveAuthentication no',
    'PermitRootLogin prohibit-password',
    'StrictModes no',
    'UsePAM no',
    `AllowUsers ${userInfo().username}`,
    '',
  ].join('\n');
  writeFileSync(join(dir, 'sshd_config'), config);
  const child: ChildProcess = spawn('/usr/sbin/sshd', ['-D', '-e', '-f', join(dir, 'sshd_config')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  child.stderr?.on('data', (c: Buffer) => (log += c.toString()));
  const ssh = `ssh -i ${join(dir, 'client_key')} -p ${port} -o BatchMode=yes -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR`;
  const login = `${userInfo().username}@127.0.0.1`;
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 10_000;
  for (;;) {
    const probe = spawnSync('sh', ['-c', `${ssh} ${login} true`], { encoding: 'utf8' });
    if (probe.status === 0) break;
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`sshd did not start: ${log}\n${probe.stderr}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { login, ssh, stop };
}
