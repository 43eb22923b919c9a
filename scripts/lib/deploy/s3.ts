/**
 * The object-store target: an S3-compatible bucket (Aliyun OSS, Tencent
 * COS, MinIO, AWS) through @aws-sdk/client-s3. The site's files are the
 * objects at the bucket's root (or under a prefix), served by the store's
 * static-website mode or a CDN in front of it. Beside them, under
 * `_deploy/`:
 *
 *   _deploy/objects/<sha256>         every file's bytes once, by content
 *   _deploy/releases/<name>.json     a release: path → hash, type, caching
 *   _deploy/current.json             which release is live
 *
 * A deploy uploads only bytes the store does not hold yet (to `objects/`,
 * where readers do not look), then copies inside the store to the live
 * names only the files that differ from the live release — hashed assets
 * first, then the rest, pages last — and deletes files the new release no
 * longer has. A rollback makes the same copies from the previous release's
 * list. Releases beyond `keep`, and objects no kept release uses, are
 * deleted. Precompressed copies are not uploaded: an object store cannot
 * choose by Accept-Encoding; the CDN compresses.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CopyObjectCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  NoSuchKey,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import type { S3Target } from './config.ts';
import { newReleaseName, previousRelease, releasesToPrune, sortReleases } from './releases.ts';
import { listSiteFiles, wave, type SiteFile } from './site-files.ts';
import type { DeployOptions, DeployResult, RollbackResult } from './types.ts';

export interface Manifest {
  release: string;
  created: string;
  commit: string | undefined;
  files: Record<string, Omit<SiteFile, 'path'>>;
}

const PARALLEL = 8;

export function makeClient(target: S3Target): S3Client {
  return new S3Client({
    region: target.region,
    ...(target.endpoint ? { endpoint: target.endpoint } : {}),
    forcePathStyle: target.forcePathStyle,
    // OSS and COS do not take the newer default checksum headers on every call.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}

async function inParallel<T>(items: readonly T[], fn: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await fn(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, items.length) }, worker));
}

class Store {
  readonly client: S3Client;
  readonly target: S3Target;
  constructor(client: S3Client, target: S3Target) {
    this.client = client;
    this.target = target;
  }

  key(path: string): string {
    return this.target.prefix ? `${this.target.prefix}/${path}` : path;
  }

  async list(prefix: string): Promise<string[]> {
    const keys: string[] = [];
    let token: string | undefined;
    do {
      const page = await this.client.send(
        new ListObjectsV2Command({ Bucket: this.target.bucket, Prefix: this.key(prefix), ContinuationToken: token }),
      );
      for (const o of page.Contents ?? []) if (o.Key) keys.push(o.Key.slice(this.key(prefix).length));
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return keys;
  }

  async getJson<T>(path: string): Promise<T | undefined> {
    try {
      const out = await this.client.send(new GetObjectCommand({ Bucket: this.target.bucket, Key: this.key(path) }));
      return JSON.parse(await out.Body!.transformToString('utf8')) as T;
    } catch (error) {
      if (error instanceof NoSuchKey || (error as { name?: string }).name === 'NoSuchKey') return undefined;
      throw error;
    }
  }

  async putJson(path: string, value: unknown): Promise<void> {
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.target.bucket,
        Key: this.key(path),
        Body: JSON.stringify(value, null, 1),
        ContentType: 'application/json; charset=utf-8',
        CacheControl: 'no-store',
      }),
    );
  }

  async putBlob(sha256: string, body: Buffer): Promise<void> {
    await this.client.send(new PutObjectCommand({ Bucket: this.target.bucket, Key: this.key(`_deploy/objects/${sha256}`), Body: body }));
  }

  /** Copy a stored blob to its live name with the file's type and caching. */
  async publish(path: string, file: Omit<SiteFile, 'path'>): Promise<void> {
    const source = `${this.target.bucket}/${this.key(`_deploy/objects/${file.sha256}`)}`;
    await this.client.send(
      new CopyObjectCommand({
        Bucket: this.target.bucket,
        Key: this.key(path),
        CopySource: source.split('/').map(encodeURIComponent).join('/'),
        MetadataDirective: 'REPLACE',
        ContentType: file.contentType,
        CacheControl: file.cacheControl,
      }),
    );
  }

  async delete(paths: readonly string[]): Promise<void> {
    for (let i = 0; i < paths.length; i += 1000) {
      const batch = paths.slice(i, i + 1000);
      const out = await this.client.send(
        new DeleteObjectsCommand({ Bucket: this.target.bucket, Delete: { Objects: batch.map((p) => ({ Key: this.key(p) })), Quiet: true } }),
      );
      if (out.Errors?.length) throw new Error(`发布：对象存储删除失败：${out.Errors.map((e) => `${e.Key} ${e.Message}`).join('；')}`);
    }
  }
}

interface State {
  releases: string[];
  current: Manifest | undefined;
}

async function readState(store: Store): Promise<State> {
  const releases = sortReleases((await store.list('_deploy/releases/')).filter((k) => k.endsWith('.json')).map((k) => k.slice(0, -5)));
  const pointer = await store.getJson<{ release: string }>('_deploy/current.json');
  const current = pointer ? await store.getJson<Manifest>(`_deploy/releases/${pointer.release}.json`) : undefined;
  return { releases, current };
}

/** What turns the live files of `from` into those of `to`. */
export function plan(from: Manifest['files'] | undefined, to: Manifest['files']): { copy: string[][]; remove: string[] } {
  const changed = Object.keys(to).filter((path) => {
    const was = from?.[path];
    const now = to[path]!;
    return !was || was.sha256 !== now.sha256 || was.contentType !== now.contentType || was.cacheControl !== now.cacheControl;
  });
  const copy = [0, 1, 2].map((w) => changed.filter((path) => wave(path) === w).sort());
  const remove = Object.keys(from ?? {}).filter((path) => !(path in to));
  return { copy, remove };
}

async function apply(store: Store, from: Manifest['files'] | undefined, to: Manifest['files']): Promise<{ copied: number; removed: number }> {
  const { copy, remove } = plan(from, to);
  // Wave by wave: no page goes live before the files it names.
  for (const paths of copy) await inParallel(paths, (path) => store.publish(path, to[path]!));
  await store.delete(remove);
  return { copied: copy.flat().length, removed: remove.length };
}

async function prune(store: Store, releases: string[], current: string, keep: number): Promise<string[]> {
  const gone = releasesToPrune(releases, current, keep);
  if (gone.length === 0) return gone;
  const kept = releases.filter((r) => !gone.includes(r));
  const used = new Set<string>();
  for (const name of kept) {
    const manifest = await store.getJson<Manifest>(`_deploy/releases/${name}.json`);
    for (const file of Object.values(manifest?.files ?? {})) used.add(file.sha256);
  }
  await store.delete(gone.map((r) => `_deploy/releases/${r}.json`));
  const blobs = await store.list('_deploy/objects/');
  await store.delete(blobs.filter((sha) => !used.has(sha)).map((sha) => `_deploy/objects/${sha}`));
  return gone;
}

export async function deployS3(target: S3Target, siteDir: string, keep: number, options: DeployOptions & { commit?: string | undefined }): Promise<DeployResult> {
  const { log, dryRun } = options;
  const store = new Store(makeClient(target), target);
  const where = `s3://${target.bucket}/${target.prefix}`;
  const state = await readState(store);
  const name = newReleaseName(state.releases);
  const files = listSiteFiles(siteDir, { precompressed: false });
  const manifest: Manifest = {
    release: name,
    created: new Date().toISOString(),
    commit: options.commit,
    files: Object.fromEntries(files.map(({ path, ...rest }) => [path, rest])),
  };
  const held = new Set(await store.list('_deploy/objects/'));
  const bySha = new Map(files.filter((f) => !held.has(f.sha256)).map((f) => [f.sha256, f]));
  const { copy, remove } = plan(state.current?.files, manifest.files);
  const bytes = [...bySha.values()].reduce((n, f) => n + f.size, 0);
  log.info(
    `${dryRun ? '[演练] ' : ''}新版本 ${name} → ${where}：上传 ${bySha.size} 个新内容（${bytes.toLocaleString('en')} 字节），` +
      `更新 ${copy.flat().length} 个文件（资源 ${copy[0]!.length}，其他 ${copy[1]!.length}，网页最后 ${copy[2]!.length}），删除 ${remove.length} 个` +
      (state.current ? `；现在的版本 ${state.current.release}` : '；第一次发布'),
  );
  if (dryRun) {
    for (const path of copy.flat().slice(0, 20)) log.info(`  ${path}`);
    if (copy.flat().length > 20) log.info(`  ……另有 ${copy.flat().length - 20} 个`);
    log.info('[演练] 没有做任何改动。');
    return { release: name, previous: state.current?.release, uploaded: bySha.size, removedReleases: [], dryRun: true };
  }
  await inParallel([...bySha.values()], (f) => store.putBlob(f.sha256, readFileSync(join(siteDir, f.path))));
  await apply(store, state.current?.files, manifest.files);
  await store.putJson(`_deploy/releases/${name}.json`, manifest);
  await store.putJson('_deploy/current.json', { release: name });
  const removedReleases = await prune(store, [...state.releases, name], name, keep);
  log.info(`已发布 ${name}${removedReleases.length ? `；删除旧版本 ${removedReleases.join('、')}` : ''}`);
  return { release: name, previous: state.current?.release, uploaded: bySha.size, removedReleases, dryRun: false };
}

export async function rollbackS3(target: S3Target, options: DeployOptions): Promise<RollbackResult> {
  const store = new Store(makeClient(target), target);
  const state = await readState(store);
  if (!state.current) throw new Error(`回滚：s3://${target.bucket}/${target.prefix} 还没有发布过，无从回滚`);
  const back = previousRelease(state.releases, state.current.release);
  if (!back) throw new Error(`回滚：现在的版本 ${state.current.release} 之前没有保留的版本，无从回滚`);
  const manifest = await store.getJson<Manifest>(`_deploy/releases/${back}.json`);
  if (!manifest) throw new Error(`回滚：找不到版本 ${back} 的清单 _deploy/releases/${back}.json`);
  const { copy, remove } = plan(state.current.files, manifest.files);
  if (options.dryRun) {
    options.log.info(`[演练] 会从 ${state.current.release} 改回 ${back}：更新 ${copy.flat().length} 个文件，删除 ${remove.length} 个。没有做任何改动。`);
    return { from: state.current.release, to: back, dryRun: true };
  }
  await apply(store, state.current.files, manifest.files);
  await store.putJson('_deploy/current.json', { release: back });
  options.log.info(`已回滚：从 ${state.current.release} 改回 ${back}（更新 ${copy.flat().length} 个文件，删除 ${remove.length} 个）`);
  return { from: state.current.release, to: back, dryRun: false };
}
