/**
 * `npm run build`: check the content, build into a fresh folder beside the
 * published one, check the result, and only then swap it in. On any
 * failure, or when stopped (Ctrl-C, SIGTERM), the fresh folder is removed
 * and the published site is exactly as it was; the message says so.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { outDir as outDirSetting } from '../../../src/lib/env.ts';
import { displayPath } from '../shared/content.ts';
import { ROOT } from '../shared/paths.ts';
import { checkBuiltSite, type ExpectedPage } from './checks.ts';
import { acquireLock, releaseLock } from './lock.ts';
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
  const env: NodeJS.ProcessEnv = { ...process.env, SHIZHONG_OUT_DIR: building, NODE_ENV: 'production' };
  delete env['SHIZHONG_SEED_FROM'];
  if (seedFrom) env['SHIZHONG_SEED_FROM'] = seedFrom;
  for (const key of ['DEV', 'PROD', 'SSR', 'MODE', 'BASE_URL']) delete env[key];
  return env;
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
    if (onMessage) child.on('message', (m) => onMessage(m as CheckMessage));
    child.on('error', (e) => reject(new BuildFailure(`${step.name}没有能启动（${e.message}）`)));
    child.on('exit', (code, signal) => {
      running = undefined;
      if (code === 0) resolveStep();
      else reject(new BuildFailure(`${step.name || '内容检查'}失败（${signal ? `signal ${signal}` : `exit ${code}`}），错误见上面`));
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

  mkdirSync(dirname(out), { recursive: true });
  const lock = acquireLock(folders.lock);
  if (!lock.ok) {
    console.error(
      `另一个构建正在进行（进程 ${lock.holder.pid}，开始于 ${lock.holder.started}），它也在写 ${site}。请等它结束后再运行 npm run build。` +
        `\n${unchanged}\n(another build holds ${displayPath(folders.lock)})`,
    );
    return 1;
  }
  if (lock.staleFrom) console.log(`上次的构建（进程 ${lock.staleFrom.pid || '未知'}）没有正常结束，已接手它留下的锁。`);

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

    const problems = checkBuiltSite(folders.building, pages);
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
    const reason = e instanceof BuildFailure ? e.message : `构建程序出错：${(e as Error).stack ?? String(e)}`;
    console.error(`\n构建失败：${reason}。\n${unchanged}改正上面的问题后，再运行 npm run build。`);
    return 1;
  } finally {
    if (!stopping) {
      releaseLock(folders.lock);
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
  }
}
