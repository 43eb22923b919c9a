/**
 * `npm run build`: check the content, build into a fresh folder beside the
 * published one, check the result, and only then swap it in. On any
 * failure, or when stopped (Ctrl-C, SIGTERM), the fresh folder is removed
 * and the published site is exactly as it was; the message says so.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { accessSync, constants, existsSync, mkdirSync, readdirSync, rmSync, statfsSync, symlinkSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { cacheDir, outDir as outDirSetting } from '../../../src/lib/env.ts';
import { displayPath } from '../shared/content.ts';
import { ROOT } from '../shared/paths.ts';
import { reportToolFault } from '../shared/cli.ts';
import { checkBuiltSite, type ExpectedPage } from './checks.ts';
import { acquireLock, recordChild, releaseLock } from './lock.ts';
import { verifyOutput } from './verify-output.ts';
import { BUILD_STEPS, type BuildStep } from './steps.ts';
import { recordSite, seedSource } from './seed.ts';
import { buildFolders, recoverLeftovers, swapIn, type BuildFolders } from './swap.ts';

class BuildFailure extends Error {}

function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return `${rel && !rel.startsWith('..') ? rel : path}/`;
}

function countFiles(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;
}

/**
 * The environment of a step: the folder to write, and a production build
 * whatever the shell says. Astro reads `import.meta.env.DEV` from a `DEV`
 * variable (vitest sets DEV=1, MODE=test), and with it drafts and scheduled
 * articles would be published.
 */
function stepEnv(building: string): NodeJS.ProcessEnv {
  const out = stepOutDir(building);
  const env: NodeJS.ProcessEnv = { ...process.env, SHIZHONG_OUT_DIR: out, NODE_ENV: 'production' };
  // Through the link, Astro's chunks must resolve packages from the project, not from where the link points.
  if (out !== building) env.NODE_OPTIONS = `${env.NODE_OPTIONS ?? ''} --preserve-symlinks`.trim();
  delete env['SHIZHONG_SEED_FROM'];
  if (seedFrom) env['SHIZHONG_SEED_FROM'] = seedFrom;
  for (const key of ['DEV', 'PROD', 'SSR', 'MODE', 'BASE_URL']) delete env[key];
  return env;
}

/**
 * The output folder as the steps are given it: the fresh folder itself
 * when it is inside the project, else a link to it from inside the
 * project (.astro/out/<one name per output folder>). Astro keeps its
 * working files (.prerender/) in the output folder only when that is
 * inside the working directory, and otherwise in the project's own
 * .astro/, shared by every build whatever its output folder, and moved
 * into the output with a rename, which fails when the output is on
 * another file system. Through the link, they stay in the build's own
 * fresh folder.
 */
function stepOutDir(building: string): string {
  const rel = relative(ROOT, building);
  if (rel && !rel.startsWith('..') && !isAbsolute(rel)) return building;
  const link = join(ROOT, '.astro', 'out', createHash('sha256').update(building).digest('hex').slice(0, 16));
  mkdirSync(dirname(link), { recursive: true });
  rmSync(link, { force: true });
  symlinkSync(building, link, 'dir');
  return link;
}

/** The lock this build holds: each step's process group is noted in it, for the next build to stop should this one be killed. */
let heldLock: string | undefined;

/** What a file-system error means for the editor, in Chinese (undefined for other errors). */
function fileSystemProblem(e: unknown, folder: string): string | undefined {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EROFS') return `${folder} 所在的磁盘是只读的，写不进去。请换一个可以写的输出文件夹（SHIZHONG_OUT_DIR），或请技术人员把它改成可写`;
  if (code === 'EACCES' || code === 'EPERM') return `没有权限在 ${folder} 写文件。请换一个有写权限的输出文件夹（SHIZHONG_OUT_DIR），或请技术人员修改权限`;
  if (code === 'ENOSPC' || code === 'EDQUOT') return `${folder} 所在的磁盘满了（或超出了配额）。请删掉不用的文件腾出空间（一次构建约需网站大小的两倍）后再试`;
  return undefined;
}

/**
 * Why a folder cannot be written, asked of its nearest existing ancestor
 * (a recursive mkdir on a read-only disk says only ENOENT).
 */
function writeError(folder: string): unknown {
  let dir = folder;
  while (!existsSync(dir) && dirname(dir) !== dir) dir = dirname(dir);
  try {
    accessSync(dir, constants.W_OK);
    return undefined;
  } catch (e) {
    return e;
  }
}

/** A disk with almost no room left, said in Chinese (a step that fails for want of space says so only in English). */
function diskFull(folder: string): string | undefined {
  try {
    const s = statfsSync(folder);
    return s.bavail * s.bsize < 64 * 1024 * 1024 ? fileSystemProblem({ code: 'ENOSPC' }, folder) : undefined;
  } catch {
    return undefined;
  }
}

let running: ChildProcess | undefined;
/** The published site whose unchanged pages the Astro step links rather than copies (./seed.ts). */
let seedFrom: string | undefined;

/** What the content check step tells the build (see content-check-step.ts). */
interface CheckMessage {
  pages?: ExpectedPage[];
  errors?: number;
}

function runStep(step: BuildStep, building: string, onMessage?: (m: CheckMessage) => void): Promise<void> {
  return new Promise((resolveStep, reject) => {
    if (step.name) console.log(`\n构建：${step.name}`);
    // Its own process group, so that stopping the build stops everything the step started.
    const child = spawn(process.execPath, step.args, {
      cwd: ROOT,
      env: stepEnv(building),
      stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
      detached: true,
    });
    running = child;
    if (heldLock) recordChild(heldLock, child.pid);
    if (onMessage) child.on('message', (m) => onMessage(m as CheckMessage));
    child.on('error', (e) => reject(new BuildFailure(`${step.name}没有能启动（${e.message}）`)));
    child.on('exit', (code, signal) => {
      running = undefined;
      if (code === 0) resolveStep();
      else reject(new BuildFailure(diskFull(dirname(building)) ?? `${step.name || '内容检查'}失败（${signal ? `signal ${signal}` : `exit ${code}`}），错误见上面`));
    });
  });
}

/** The content check, in its own process: the pages the site must hold, or the failure. */
async function contentCheck(building: string): Promise<ExpectedPage[]> {
  let message: CheckMessage = {};
  try {
    await runStep({ name: '', args: [join(ROOT, 'scripts/lib/build/content-check-step.ts')] }, building, (m) => (message = m));
  } catch (e) {
    if (message.errors) throw new BuildFailure(`内容检查发现 ${message.errors} 个错误（每条写明了文件、行号和改法；npm run lint:content 可以单独检查）`);
    throw e;
  }
  if (!message.pages) throw new BuildFailure('内容检查没有给出文章清单');
  return message.pages;
}

/** Stop the running step and everything it started. */
function stopRunning(signal: NodeJS.Signals): Promise<void> {
  const child = running;
  if (!child?.pid || child.exitCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const kill = (s: NodeJS.Signals) => {
      try {
        process.kill(-child.pid!, s);
      } catch {
        /* already gone */
      }
    };
    const force = setTimeout(() => kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(force);
      done();
    });
    kill(signal);
  });
}

export async function build(): Promise<number> {
  const out = resolve(outDirSetting);
  const folders: BuildFolders = buildFolders(out);
  const site = shown(out);
  const unchanged = existsSync(out) ? `网站没有更新：${site} 仍是上一次成功构建的版本，一个文件也没有改动。` : `网站没有更新（${site} 还不存在，没有建出任何东西）。`;

  let lock: ReturnType<typeof acquireLock>;
  try {
    mkdirSync(dirname(out), { recursive: true });
    lock = acquireLock(folders.lock);
  } catch (e) {
    const problem = fileSystemProblem(e, shown(dirname(out))) ?? fileSystemProblem(writeError(dirname(out)), shown(dirname(out)));
    if (!problem) throw e;
    console.error(`构建失败：${problem}。\n${unchanged}`);
    return 1;
  }
  if (!lock.ok) {
    console.error(
      `另一个构建正在进行（进程 ${lock.holder.pid}，开始于 ${lock.holder.started || '未知'}），它也在写 ${site}。请等它结束后再运行 npm run build。` +
        `如果确定没有别的构建在运行（比如电脑重启过，进程 ${lock.holder.pid} 已是别的程序），请删掉锁文件 ${displayPath(folders.lock)} 再运行。` +
        `\n${unchanged}`,
    );
    return 1;
  }
  heldLock = folders.lock;
  if (lock.staleFrom) {
    console.log(`上次的构建（进程 ${lock.staleFrom.pid || '未知'}）没有正常结束，已接手它留下的锁${lock.stopped ? `，并结束了它还在运行的步骤（进程组 ${lock.stopped}）` : ''}。`);
  }

  let stopping: NodeJS.Signals | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = signal;
    void stopRunning(signal).then(() => {
      rmSync(folders.building, { recursive: true, force: true });
      releaseLock(folders.lock);
      console.error(`\n构建被中止（${signal}）。${unchanged}`);
      process.exit(signal === 'SIGINT' ? 130 : 143);
    });
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  try {
    for (const note of recoverLeftovers(out)) console.log(note);

    const pages = await contentCheck(folders.building);
    if (stopping) return new Promise<number>(() => {});

    rmSync(folders.building, { recursive: true, force: true });
    mkdirSync(folders.building, { recursive: true });
    seedFrom = seedSource(out);
    for (const step of BUILD_STEPS) {
      if (stopping) return new Promise<number>(() => {});
      await runStep(step, folders.building);
    }
    if (stopping) return new Promise<number>(() => {});

    const problems = [...checkBuiltSite(folders.building, pages), ...verifyOutput(folders.building, pages, resolve(cacheDir))];
    if (problems.length > 0) {
      for (const p of problems) console.error(p);
      throw new BuildFailure(`建好的网站不完整（${problems.length} 处）`);
    }
    swapIn(folders);
    recordSite(out);
    console.log(`\n构建成功：${site} 已换成新建好的网站（${countFiles(out)} 个文件）。`);
    return 0;
  } catch (e) {
    if (stopping) return new Promise<number>(() => {});
    rmSync(folders.building, { recursive: true, force: true });
    const problem = e instanceof BuildFailure ? e.message : fileSystemProblem(e, shown(dirname(out)));
    if (problem === undefined) reportToolFault('build', e);
    const reason = problem ?? '构建工具出了故障（见上面）';
    console.error(`\n构建失败：${reason}。\n${unchanged}改正上面的问题后，再运行 npm run build。`);
    return 1;
  } finally {
    if (!stopping) {
      heldLock = undefined;
      releaseLock(folders.lock);
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
  }
}
