/**
 * The rsync target: a folder on a host over SSH (or a local folder), laid
 * out as
 *
 *   <destination>/releases/<name>/   one folder per release
 *   <destination>/current            symlink to the live release: nginx's root
 *
 * A deploy copies the site into a new release folder with `--link-dest` on
 * the live one, so unchanged files become hard links and only changed files
 * cross the network (compared by checksum: every build writes new mtimes);
 * hashed assets and other files go first, pages last; then `current` is
 * switched with one rename, so readers see the old site or the new one,
 * never half of each. Old releases beyond `keep` are deleted.
 */
import { spawnSync } from 'node:child_process';
import type { RsyncTarget } from './config.ts';
import { inUploadOrder } from './site-files.ts';
import { newReleaseName, previousRelease, releasesToPrune, sortReleases } from './releases.ts';
import type { Log, DeployOptions, DeployResult, RollbackResult } from './types.ts';

/** Quote for a POSIX shell. */
function q(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

interface Where {
  /** user@host, or undefined for a local folder. */
  host: string | undefined;
  path: string;
}

export function parseDestination(destination: string): Where {
  const m = /^([^/:]+):(.+)$/.exec(destination);
  return m ? { host: m[1], path: m[2]! } : { host: undefined, path: destination };
}

function splitCommand(command: string): string[] {
  return command.split(/\s+/).filter(Boolean);
}

/** Run a shell script where the releases live (here, or on the host over ssh). */
function remote(target: RsyncTarget, where: Where, script: string): string {
  const [cmd, ...args] = where.host ? [...splitCommand(target.ssh), where.host, script] : ['sh', '-c', script];
  const result = spawnSync(cmd!, args, { encoding: 'utf8' });
  if (result.error) throw new Error(`发布：无法运行 ${cmd}（${result.error.message}）`);
  if (result.status !== 0) {
    throw new Error(`发布：在 ${where.host ?? '本机'} 上运行命令失败（exit ${result.status}）：${result.stderr.trim()}\n命令：${script}`);
  }
  return result.stdout;
}

interface State {
  releases: string[];
  current: string | undefined;
}

function readState(target: RsyncTarget, where: Where): State {
  const base = q(where.path);
  const out = remote(
    target,
    where,
    `cd ${base} 2>/dev/null || exit 0; ` +
      `if [ -e current ] && [ ! -L current ]; then echo "${where.path}/current 不是符号链接：请把它移走，再发布" >&2; exit 3; fi; ` +
      `ls -1 releases 2>/dev/null; echo '--current--'; readlink current || true`,
  );
  const [list = '', link = ''] = out.split('--current--\n');
  if (!out.includes('--current--')) return { releases: [], current: undefined };
  const releases = sortReleases(list.split('\n').filter(Boolean));
  const name = link.trim().replace(/^releases\//, '');
  return { releases, current: name && releases.includes(name) ? name : undefined };
}

interface RsyncStats {
  bytesSent: number;
  changed: string[];
}

function runRsync(target: RsyncTarget, args: string[], log: Log): RsyncStats {
  const argv = ['-rlc', '--mkpath', '--chmod=D755,F644', '--stats', '--itemize-changes', ...(target.destination.includes(':') ? ['-e', target.ssh] : []), ...args];
  const result = spawnSync('rsync', argv, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (result.error) throw new Error(`发布：找不到 rsync，请安装（apt-get install rsync）：${result.error.message}`);
  if (result.status !== 0) throw new Error(`发布：rsync 失败（exit ${result.status}）：${result.stderr.trim()}`);
  const num = (label: string) => Number(new RegExp(`${label}: ([\\d,]+)`).exec(result.stdout)?.[1]?.replace(/,/g, '') ?? 0);
  // Itemized lines: ">f+++++++++ path" (new) or ">fc........ path" (changed); "hf" lines are hard links.
  const changed = result.stdout
    .split('\n')
    .filter((line) => /^[<>]f/.test(line))
    .map((line) => line.slice(line.indexOf(' ') + 1));
  log.debug?.(result.stdout);
  return {
    bytesSent: num('Total bytes sent'),
    changed,
  };
}

export async function deployRsync(target: RsyncTarget, siteDir: string, keep: number, options: DeployOptions): Promise<DeployResult> {
  const { log, dryRun } = options;
  const where = parseDestination(target.destination);
  const state = readState(target, where);
  const name = newReleaseName(state.releases);
  const dest = `${target.destination}/releases/${name}/`;
  const linkDest = state.current ? [`--link-dest=../${state.current}`] : [];
  const source = siteDir.endsWith('/') ? siteDir : `${siteDir}/`;
  log.info(`${dryRun ? '[演练] ' : ''}新版本 ${name} → ${dest}${state.current ? `（未改动的文件硬链接到现在的版本 ${state.current}）` : '（第一次发布）'}`);
  const prune = releasesToPrune([...state.releases, name], name, keep);
  if (dryRun) {
    const changed = inUploadOrder(runRsync(target, ['--dry-run', ...linkDest, source, dest], log).changed.map((path) => ({ path })));
    log.info(`[演练] 会上传 ${changed.length} 个新的或改动的文件（先资源文件，网页最后）${state.current ? '，其余硬链接到现在的版本' : ''}：`);
    for (const { path } of changed.slice(0, 20)) log.info(`  ${path}`);
    if (changed.length > 20) log.info(`  ……另有 ${changed.length - 20} 个`);
    log.info(`[演练] 会把 current 指向 ${name}${prune.length ? `，删除旧版本 ${prune.join('、')}` : ''}。没有做任何改动。`);
    return { release: name, previous: state.current, uploaded: changed.length, removedReleases: prune, dryRun: true };
  }
  remote(target, where, `mkdir -p ${q(where.path)}/releases`);
  // Wave 1: hashed assets, search index, images; wave 2: the pages.
  const first = runRsync(target, [...linkDest, '--exclude=*.html', '--exclude=*.html.br', '--exclude=*.html.gz', source, dest], log);
  const second = runRsync(target, [...linkDest, source, dest], log);
  const changed = [...first.changed, ...second.changed];
  const base = q(where.path);
  remote(target, where, `cd ${base} && ln -sfn ${q(`releases/${name}`)} current.new && mv -Tf current.new current`);
  if (prune.length > 0) remote(target, where, `cd ${base}/releases && rm -rf ${prune.map(q).join(' ')}`);
  log.info(
    `已发布 ${name}：上传 ${changed.length} 个文件（${(first.bytesSent + second.bytesSent).toLocaleString('en')} 字节），` +
      `current → releases/${name}${prune.length ? `；删除旧版本 ${prune.join('、')}` : ''}`,
  );
  return { release: name, previous: state.current, uploaded: changed.length, removedReleases: prune, dryRun: false };
}

export async function rollbackRsync(target: RsyncTarget, options: DeployOptions): Promise<RollbackResult> {
  const where = parseDestination(target.destination);
  const state = readState(target, where);
  const back = previousRelease(state.releases, state.current);
  if (!state.current) throw new Error(`回滚：${target.destination} 还没有发布过（没有 current），无从回滚`);
  if (!back) throw new Error(`回滚：现在的版本 ${state.current} 之前没有保留的版本，无从回滚（保留的版本：${state.releases.join('、')}）`);
  if (options.dryRun) {
    options.log.info(`[演练] 会把 current 从 ${state.current} 改回 ${back}。没有做任何改动。`);
    return { from: state.current, to: back, dryRun: true };
  }
  remote(target, where, `cd ${q(where.path)} && ln -sfn ${q(`releases/${back}`)} current.new && mv -Tf current.new current`);
  options.log.info(`已回滚：current 从 ${state.current} 改回 ${back}`);
  return { from: state.current, to: back, dryRun: false };
}
