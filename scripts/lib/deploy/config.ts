/**
 * Where `npm run deploy` publishes to: one file (deploy/deploy.config.json,
 * or the file SHIZHONG_DEPLOY_CONFIG names) and/or environment variables,
 * which win over the file. Secrets come from the environment only: the
 * object store's keys as AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, the SSH
 * key through the CI runner's ssh set-up. A file holding anything that
 * looks like a secret is refused.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface RsyncTarget {
  kind: 'rsync';
  /** `user@host:/srv/shizhong` over SSH, or a local folder `/srv/shizhong`. */
  destination: string;
  /** The ssh command rsync and the release commands use, e.g. `ssh -p 2222`. */
  ssh: string;
}

export interface S3Target {
  kind: 's3';
  bucket: string;
  /** Key prefix of the site in the bucket ('' for the bucket's root). */
  prefix: string;
  /** The service's endpoint, e.g. https://oss-cn-beijing.aliyuncs.com; unset for AWS. */
  endpoint: string | undefined;
  region: string;
  /** Path-style URLs (http://host/bucket/key), as MinIO and local servers need. */
  forcePathStyle: boolean;
}

export interface DeployConfig {
  target: RsyncTarget | S3Target;
  /** How many releases to keep for rollback (the live one always stays). */
  keep: number;
  /** Where the settings came from, for messages. */
  source: string;
}

export const DEFAULT_CONFIG_FILE = 'deploy/deploy.config.json';
const SECRET_KEY = /secret|password|passwd|token|credential|access.?key|private.?key/i;

interface FileConfig {
  target?: string;
  keep?: number;
  rsync?: { destination?: string; ssh?: string };
  s3?: { bucket?: string; prefix?: string; endpoint?: string; region?: string; forcePathStyle?: boolean };
}

function fail(where: string, message: string): never {
  throw new Error(`发布设置有误（${where}）：${message}`);
}

function findSecrets(value: unknown, path: string[] = []): string[] {
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => [
    ...(SECRET_KEY.test(k) ? [[...path, k].join('.')] : []),
    ...findSecrets(v, [...path, k]),
  ]);
}

function readFileConfig(file: string, shown: string): FileConfig {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    fail(shown, `不是有效的 JSON：${(error as Error).message}`);
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) fail(shown, '应为一个 JSON 对象，例如 {"target": "rsync", "rsync": {"destination": "deploy@host:/srv/shizhong"}}');
  const secrets = findSecrets(data);
  if (secrets.length > 0) {
    fail(shown, `字段 ${secrets.join('、')} 像是密钥。密钥不能写进仓库里的文件：请删去，改在运行环境（CI 的 secrets）里设 AWS_ACCESS_KEY_ID 和 AWS_SECRET_ACCESS_KEY`);
  }
  return data as FileConfig;
}

/** Read the deploy settings from `env` and the config file under `root`. */
export function loadDeployConfig(root: string, env: NodeJS.ProcessEnv = process.env): DeployConfig {
  const file = env.SHIZHONG_DEPLOY_CONFIG ?? join(root, DEFAULT_CONFIG_FILE);
  const shown = relative(root, file) || file;
  const fromFile: FileConfig = existsSync(file) ? readFileConfig(file, shown) : {};
  const source = existsSync(file) ? `${shown} 和环境变量` : '环境变量';

  const kind = env.SHIZHONG_DEPLOY_TARGET ?? fromFile.target;
  const keepRaw = env.SHIZHONG_DEPLOY_KEEP ?? fromFile.keep ?? 5;
  const keep = Number(keepRaw);
  if (!Number.isInteger(keep) || keep < 2) fail('SHIZHONG_DEPLOY_KEEP 或 keep', `要保留的版本数应为不小于 2 的整数（才能回滚），现在是 “${keepRaw}”`);

  if (kind === 'rsync') {
    const destination = env.SHIZHONG_DEPLOY_RSYNC_DEST ?? fromFile.rsync?.destination;
    if (!destination) fail('SHIZHONG_DEPLOY_RSYNC_DEST 或 rsync.destination', '请写上发布到哪里，例如 deploy@news-host:/srv/shizhong（经 SSH）或 /srv/shizhong（本机文件夹）');
    if (/\s/.test(destination) || destination.endsWith('/') && destination.length > 1) {
      fail('SHIZHONG_DEPLOY_RSYNC_DEST 或 rsync.destination', `“${destination}” 不能含空格，也不要以 / 结尾，例如 deploy@news-host:/srv/shizhong`);
    }
    return { target: { kind, destination, ssh: env.SHIZHONG_DEPLOY_SSH ?? fromFile.rsync?.ssh ?? 'ssh' }, keep, source };
  }
  if (kind === 's3') {
    const bucket = env.SHIZHONG_DEPLOY_S3_BUCKET ?? fromFile.s3?.bucket;
    if (!bucket) fail('SHIZHONG_DEPLOY_S3_BUCKET 或 s3.bucket', '请写上存储桶的名字，例如 shizhong-news');
    const prefix = (env.SHIZHONG_DEPLOY_S3_PREFIX ?? fromFile.s3?.prefix ?? '').replace(/^\/+|\/+$/g, '');
    const endpoint = env.SHIZHONG_DEPLOY_S3_ENDPOINT ?? fromFile.s3?.endpoint;
    if (endpoint !== undefined && !/^https?:\/\/[^\s/]+/.test(endpoint)) {
      fail('SHIZHONG_DEPLOY_S3_ENDPOINT 或 s3.endpoint', `“${endpoint}” 不是网址，例如 https://oss-cn-beijing.aliyuncs.com`);
    }
    const region = env.SHIZHONG_DEPLOY_S3_REGION ?? fromFile.s3?.region ?? env.AWS_REGION ?? 'us-east-1';
    const pathStyle = env.SHIZHONG_DEPLOY_S3_PATH_STYLE ?? fromFile.s3?.forcePathStyle ?? false;
    const forcePathStyle = pathStyle === true || pathStyle === '1' || pathStyle === 'true';
    if (!env.AWS_ACCESS_KEY_ID || !env.AWS_SECRET_ACCESS_KEY) {
      fail('环境变量', '发布到对象存储要在运行环境里设 AWS_ACCESS_KEY_ID 和 AWS_SECRET_ACCESS_KEY（CI 的 secrets），不要写进文件');
    }
    return { target: { kind, bucket, prefix, endpoint, region, forcePathStyle }, keep, source };
  }
  if (kind === undefined) {
    fail(source, `没有设发布目标：请设 SHIZHONG_DEPLOY_TARGET=rsync 或 s3，或在 ${DEFAULT_CONFIG_FILE} 里写 "target"（见 docs/部署.md）`);
  }
  fail('SHIZHONG_DEPLOY_TARGET 或 target', `“${kind}” 不是可用的发布目标：应为 rsync 或 s3`);
}
