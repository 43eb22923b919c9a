import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDeployConfig } from '../../../scripts/lib/deploy/config';

function repoWith(config?: unknown): string {
  const root = mkdtempSync(join(tmpdir(), 'shizhong-deploy-config-'));
  if (config !== undefined) {
    mkdirSync(join(root, 'deploy'));
    writeFileSync(join(root, 'deploy/deploy.config.json'), typeof config === 'string' ? config : JSON.stringify(config));
  }
  return root;
}

describe('deploy settings', () => {
  it('read the target from the config file, with environment variables winning', () => {
    const root = repoWith({ target: 'rsync', keep: 3, rsync: { destination: 'deploy@host:/srv/shizhong' } });
    const fromFile = loadDeployConfig(root, {});
    expect(fromFile.target).toEqual({ kind: 'rsync', destination: 'deploy@host:/srv/shizhong', ssh: 'ssh' });
    expect(fromFile.keep).toBe(3);
    const overridden = loadDeployConfig(root, { SHIZHONG_DEPLOY_RSYNC_DEST: '/srv/local', SHIZHONG_DEPLOY_SSH: 'ssh -p 2222' });
    expect(overridden.target).toEqual({ kind: 'rsync', destination: '/srv/local', ssh: 'ssh -p 2222' });
  });

  it('take an S3 target from the environment alone, keys included', () => {
    const config = loadDeployConfig(repoWith(), {
      SHIZHONG_DEPLOY_TARGET: 's3',
      SHIZHONG_DEPLOY_S3_BUCKET: 'shizhong-news',
      SHIZHONG_DEPLOY_S3_ENDPOINT: 'https://oss-cn-beijing.aliyuncs.com',
      SHIZHONG_DEPLOY_S3_REGION: 'oss-cn-beijing',
      AWS_ACCESS_KEY_ID: 'id',
      AWS_SECRET_ACCESS_KEY: 'secret',
    });
    expect(config.target).toEqual({ kind: 's3', bucket: 'shizhong-news', prefix: '', endpoint: 'https://oss-cn-beijing.aliyuncs.com', region: 'oss-cn-beijing', forcePathStyle: false });
    expect(config.keep).toBe(5);
  });

  it('refuse a config file with a secret in it, naming the field and where the secret goes instead', () => {
    const root = repoWith({ target: 's3', s3: { bucket: 'b', secretAccessKey: 'x' } });
    expect(() => loadDeployConfig(root, {})).toThrow(/deploy\/deploy\.config\.json.*s3\.secretAccessKey.*AWS_SECRET_ACCESS_KEY/s);
  });

  it('say in Chinese what is missing or wrong', () => {
    expect(() => loadDeployConfig(repoWith(), {})).toThrow(/没有设发布目标：请设 SHIZHONG_DEPLOY_TARGET=rsync 或 s3/);
    expect(() => loadDeployConfig(repoWith(), { SHIZHONG_DEPLOY_TARGET: 'ftp' })).toThrow(/“ftp” 不是可用的发布目标：应为 rsync 或 s3/);
    expect(() => loadDeployConfig(repoWith(), { SHIZHONG_DEPLOY_TARGET: 'rsync' })).toThrow(/SHIZHONG_DEPLOY_RSYNC_DEST.*例如 deploy@news-host:\/srv\/shizhong/);
    expect(() => loadDeployConfig(repoWith(), { SHIZHONG_DEPLOY_TARGET: 'rsync', SHIZHONG_DEPLOY_RSYNC_DEST: '/srv/x', SHIZHONG_DEPLOY_KEEP: '1' })).toThrow(/不小于 2 的整数/);
    expect(() => loadDeployConfig(repoWith('{ nope'), {})).toThrow(/deploy\/deploy\.config\.json.*不是有效的 JSON/);
    expect(() => loadDeployConfig(repoWith(), { SHIZHONG_DEPLOY_TARGET: 's3', SHIZHONG_DEPLOY_S3_BUCKET: 'b' })).toThrow(/AWS_ACCESS_KEY_ID 和 AWS_SECRET_ACCESS_KEY/);
  });
});
