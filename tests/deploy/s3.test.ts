/**
 * `npm run deploy` to an S3-compatible bucket: a local S3 server (s3rver,
 * in this process) and the real command in a child process. Every file
 * lands with its bytes, Content-Type and Cache-Control; a second deploy
 * uploads only new content and copies only changed files, hashed assets
 * first and pages last; --rollback restores the previous release.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { cacheControlFor, contentTypeFor } from '../../scripts/lib/deploy/cache-control';
import { listSiteFiles, wave } from '../../scripts/lib/deploy/site-files';
import { freePort } from '../../scripts/lib/deploy/nginx';
import { changedCopy, listFiles, runDeploy, type Variant } from './sites';

const dist = inject('deployDist');
const BUCKET = 'shizhong-site';
const data = mkdtempSync(join(tmpdir(), 'shizhong-s3rver-'));
let server: S3rver;
let client: S3Client;
let env: Record<string, string>;
let v2: Variant;
/** Live keys written (put or copied), in the order the server saw them. */
let writes: string[] = [];

beforeAll(async () => {
  const port = await freePort();
  server = new S3rver({ address: '127.0.0.1', port, silent: true, directory: data, configureBuckets: [{ name: BUCKET, configs: [] }] });
  await server.run();
  server.on('event', (event: { Records: Array<{ eventName: string; s3: { object: { key: string } } }> }) => {
    for (const r of event.Records) if (r.eventName.startsWith('ObjectCreated')) writes.push(r.s3.object.key);
  });
  const endpoint = `http://127.0.0.1:${port}`;
  env = {
    SHIZHONG_DEPLOY_TARGET: 's3',
    SHIZHONG_DEPLOY_S3_BUCKET: BUCKET,
    SHIZHONG_DEPLOY_S3_ENDPOINT: endpoint,
    SHIZHONG_DEPLOY_S3_PATH_STYLE: '1',
    SHIZHONG_DEPLOY_KEEP: '2',
    AWS_ACCESS_KEY_ID: 'S3RVER',
    AWS_SECRET_ACCESS_KEY: 'S3RVER',
  };
  client = new S3Client({ region: 'us-east-1', endpoint, forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } });
  v2 = await changedCopy(dist);
});
afterAll(async () => {
  client?.destroy();
  await server?.close();
  rmSync(data, { recursive: true, force: true });
  if (v2) rmSync(v2.dir, { recursive: true, force: true });
});

async function liveKeys(): Promise<string[]> {
  const keys: string[] = [];
  let token: string | undefined;
  do {
    const page = await client.send(new ListObjectsV2Command({ Bucket: BUCKET, ContinuationToken: token }));
    keys.push(...(page.Contents ?? []).map((o) => o.Key!).filter((k) => !k.startsWith('_deploy/')));
    token = page.NextContinuationToken;
  } while (token);
  return keys.sort();
}

/** The bucket's live objects are exactly the site's files (not the .br/.gz), with their bytes, types and caching. */
async function expectBucketIs(site: string) {
  const files = listFiles(site).filter((f) => !/\.(br|gz)$/.test(f));
  expect(await liveKeys()).toEqual(files);
  await Promise.all(
    files.map(async (path) => {
      const out = await client.send(new GetObjectCommand({ Bucket: BUCKET, Key: path }));
      const body = Buffer.from(await out.Body!.transformToByteArray());
      expect(body.equals(readFileSync(join(site, path))), path).toBe(true);
      expect(out.ContentType, path).toBe(contentTypeFor(`/${path}`));
      expect(out.CacheControl, path).toBe(cacheControlFor(`/${path}`));
    }),
  );
}

function expectPagesLast(keys: string[]) {
  const waves = keys.map(wave);
  expect(waves).toEqual([...waves].sort());
}

describe('deploy to an S3-compatible bucket', () => {
  it('a dry run says what it would do and writes nothing', async () => {
    const run = await runDeploy(['--dir', dist, '--dry-run'], env);
    expect(run.status, run.output).toBe(0);
    expect(run.output).toContain('[演练]');
    expect(run.output).toContain('第一次发布');
    expect(await liveKeys()).toEqual([]);
    expect(writes).toEqual([]);
  });

  it('first deploy: every file with its bytes, Content-Type and Cache-Control; assets first, pages last', async () => {
    const run = await runDeploy(['--dir', dist], env);
    expect(run.status, run.output).toBe(0);
    expect(run.output).toContain('已发布');
    await expectBucketIs(dist);
    const live = writes.filter((k) => !k.startsWith('_deploy/'));
    expect(live.length).toBe((await liveKeys()).length);
    expectPagesLast(live);
    expect(live.some((k) => k.startsWith('_astro/'))).toBe(true);
  });

  it('second deploy uploads only the new content and copies only the changed files', async () => {
    writes = [];
    const run = await runDeploy(['--dir', v2.dir], env);
    expect(run.status, run.output).toBe(0);
    await expectBucketIs(v2.dir);
    const live = writes.filter((k) => !k.startsWith('_deploy/'));
    expect(live.sort()).toEqual([v2.added, v2.changed].sort());
    // Two new contents (the changed page, the added one), the release list and the pointer.
    expect(writes.filter((k) => k.startsWith('_deploy/objects/'))).toHaveLength(2);
    expect(run.output).toContain('上传 2 个新内容');
  });

  it('--rollback restores the previous release: changed page back, added page gone, removed page back', async () => {
    writes = [];
    const run = await runDeploy(['--rollback'], env);
    expect(run.status, run.output).toBe(0);
    expect(run.output).toContain('已回滚');
    await expectBucketIs(dist);
    expect(writes.filter((k) => !k.startsWith('_deploy/')).sort()).toEqual([v2.removed, v2.changed].sort());
  });

  it('keeps two releases: a third deploy deletes the oldest, and its objects that no kept release uses', async () => {
    const run = await runDeploy(['--dir', v2.dir], env);
    expect(run.status, run.output).toBe(0);
    await expectBucketIs(v2.dir);
    const listing = await client.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: '_deploy/releases/' }));
    expect(listing.Contents?.length).toBe(2);
    expect(run.output).toContain('删除旧版本');
    // The objects left are exactly the contents the two kept releases (both of v2) use.
    const objects = await client.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: '_deploy/objects/' }));
    const shas = new Set(listSiteFiles(v2.dir, { precompressed: false }).map((f) => f.sha256));
    expect((objects.Contents ?? []).map((o) => o.Key!.slice('_deploy/objects/'.length)).sort()).toEqual([...shas].sort());
    // Rolling back still works after pruning.
    const back = await runDeploy(['--rollback'], env);
    expect(back.status, back.output).toBe(0);
    await expectBucketIs(v2.dir);
  });

  it('refuses to run without the keys in the environment, saying where they go', async () => {
    const { AWS_ACCESS_KEY_ID: _a, AWS_SECRET_ACCESS_KEY: _s, ...rest } = env;
    const run = await runDeploy(['--dir', dist], rest);
    expect(run.status).toBe(1);
    expect(run.output).toContain('AWS_ACCESS_KEY_ID');
    expect(run.output).toContain('不要写进文件');
  });
});
