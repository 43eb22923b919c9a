/**
 * `npm run deploy` over SSH, as to a real host: a real OpenSSH server on
 * 127.0.0.1 (tests/deploy/sshd.ts), rsync through it, the release commands
 * run by ssh on the "host", then --rollback. Needs root (to run sshd and,
 * on a fresh machine, to install it); skipped otherwise.
 */
import { mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { changedCopy, differingFiles, listFiles, runDeploy, type Variant } from './sites';
import { startSshd, type RunningSshd } from './sshd';

const dist = inject('deployDist');
const root = process.getuid?.() === 0;

describe.skipIf(!root)('rsync over SSH to a host', () => {
  const target = mkdtempSync(join(tmpdir(), 'shizhong-ssh-target-'));
  let sshd: RunningSshd;
  let v2: Variant;
  let env: Record<string, string>;
  beforeAll(async () => {
    sshd = await startSshd();
    v2 = await changedCopy(dist);
    env = { SHIZHONG_DEPLOY_TARGET: 'rsync', SHIZHONG_DEPLOY_RSYNC_DEST: `${sshd.login}:${target}`, SHIZHONG_DEPLOY_SSH: sshd.ssh };
  });
  afterAll(async () => {
    await sshd?.stop();
    rmSync(target, { recursive: true, force: true });
    if (v2) rmSync(v2.dir, { recursive: true, force: true });
  });

  const live = () => join(target, readlinkSync(join(target, 'current')));

  it('deploys, deploys a change, and rolls back, with the files intact each time', async () => {
    const first = await runDeploy(['--dir', dist], env);
    expect(first.status, first.output).toBe(0);
    expect(listFiles(live())).toEqual(listFiles(dist));
    expect(readFileSync(join(live(), 'index.html')).equals(readFileSync(join(dist, 'index.html')))).toBe(true);

    const second = await runDeploy(['--dir', v2.dir], env);
    expect(second.status, second.output).toBe(0);
    expect(second.output).toContain(`上传 ${differingFiles(dist, v2.dir).length} 个文件`);
    expect(listFiles(live())).toEqual(listFiles(v2.dir));
    expect(readFileSync(join(live(), v2.changed), 'utf8')).toContain('更正：');
    expect(readdirSync(join(target, 'releases'))).toHaveLength(2);

    const back = await runDeploy(['--rollback'], env);
    expect(back.status, back.output).toBe(0);
    expect(listFiles(live())).toEqual(listFiles(dist));
    expect(readFileSync(join(live(), v2.changed)).equals(readFileSync(join(dist, v2.changed)))).toBe(true);
  });

  it('says which host and command failed when the host refuses', async () => {
    const run = await runDeploy(['--dir', dist], { ...env, SHIZHONG_DEPLOY_SSH: sshd.ssh.replace(/-i \S+/, '-i /nonexistent') });
    expect(run.status).toBe(1);
    expect(run.output).toMatch(/发布：在 .*127\.0\.0\.1 上运行命令失败/);
  });
});
