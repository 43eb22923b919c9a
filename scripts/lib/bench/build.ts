/**
 * Run the site's real build (`npm run build`: `astro build`, then the
 * search index) on a content folder into a folder of its own, and measure
 * it: wall time,
 * time per phase (from the moment each of Astro's log lines arrives),
 * Pagefind's indexing time (SHIZHONG_SEARCH_STATS), and peak memory.
 *
 * Peak memory is measured two ways: the largest single process
 * (`/usr/bin/time -v`, “Maximum resident set size”, when installed), and
 * the whole process tree (the sum of VmRSS of the build and all its
 * descendants — Astro's Node, then the indexing Node and the Pagefind binary it starts — sampled from
 * /proc every 100 ms).
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { ROOT } from '../shared/paths.ts';

export { ROOT };

export interface BuildOptions {
  /** Name of the run: the output goes to <benchDir>/dist-<name>, the cache to <benchDir>/cache-<name>. */
  name: string;
  benchDir: string;
  /** The content folder (SHIZHONG_CONTENT_DIR); the real content/ when omitted. */
  contentDir?: string | undefined;
  /** Extra environment, e.g. SHIZHONG_SHARE_CARDS=0. */
  env?: Record<string, string>;
  /** Start from an empty Astro cache (a first build, as on CI). Default true. */
  cold?: boolean;
  /** Extra Node options for the build process, e.g. --cpu-prof. */
  nodeOptions?: string;
  /** Echo the build's output as it comes. */
  echo?: boolean;
  /**
   * The build command and the log lines that start its phases; default
   * `npm run build` and PHASE_MARKS. The baseline (./baseline.ts) passes its own.
   */
  command?: string[];
  marks?: [RegExp, string, optional?: boolean][];
  /** The folder the command runs in; default the repository (./revision.ts gives another revision's). */
  cwd?: string;
}

export interface Phase {
  name: string;
  seconds: number;
}

export interface BuildFigures {
  /** Wall time of the whole build, search indexing included. */
  buildSeconds: number;
  /** Pagefind: indexing and writing the index (the portal's SHIZHONG_SEARCH_STATS; 0 when the command writes none). */
  indexSeconds: number;
  /** Pages in the search index. */
  pages: number;
  languages: Record<string, number>;
  /** Largest single process (/usr/bin/time -v), MB. */
  peakMemoryMB?: number;
  /** Largest sum over the whole process tree (sampled from /proc), MB. */
  peakTreeMemoryMB: number;
  /**
   * CPU time (user + system) of the whole process tree, s: the last value
   * sampled of each process (up to 100 ms of each process's end is missed).
   * Steadier than wall time when other work shares the machine.
   */
  cpuSeconds: number;
  /** Phases of the build, in order, from Astro's log lines. */
  phases: Phase[];
  outDir: string;
  log: string;
}

/** Each process's parent, from /proc/<pid>/stat. */
function parents(): Map<number, number> {
  const map = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // pid (comm) state ppid … — comm may contain spaces and parentheses.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      map.set(Number(name), ppid);
    } catch {
      // The process ended while we looked.
    }
  }
  return map;
}

/** The summed resident memory (kB) of a process and all its descendants. */
export function treeRssKB(root: number): number {
  return treeSample(root).rssKB;
}

/** CPU clock ticks per second in /proc/<pid>/stat (USER_HZ: 100 on Linux). */
const TICKS = 100;

/**
 * The summed resident memory (kB) of a process and all its descendants,
 * and the CPU time (user + system, s) each of them has used so far.
 */
export function treeSample(root: number): { rssKB: number; cpuSeconds: Map<number, number> } {
  const parentOf = parents();
  const tree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, ppid] of parentOf) {
      if (!tree.has(pid) && tree.has(ppid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  let sum = 0;
  const cpuSeconds = new Map<number, number>();
  for (const pid of tree) {
    try {
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (m) sum += Number(m[1]);
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // utime and stime are fields 14 and 15 of stat, 12 and 13 after the comm.
      cpuSeconds.set(pid, (Number(fields[11]) + Number(fields[12])) / TICKS);
    } catch {
      // Ended.
    }
  }
  return { rssKB: sum, cpuSeconds };
}

/**
 * The build's log lines that start a phase, in the order they come (each is
 * looked for only after the one before it; an optional one may never
 * come: a revision from before the content check prints no line for it).
 */
const PHASE_MARKS: [RegExp, string, optional?: boolean][] = [
  [/内容检查通过/, 'Astro start-up', true],
  [/\[content\] Syncing content/, 'content sync'],
  [/\[build\] Building static entrypoints/, 'Vite bundle'],
  [/generating static routes/, 'page rendering'],
  [/\[build\] ✓ Completed in/, 'sitemap'],
  [/sitemap-index\.xml` created/, 'search indexing'],
  [/Indexed \d+ pages/, 'precompression and checks'],
];

/** A run's output and cache folders: <benchDir>/dist-<name>, <benchDir>/cache-<name>. */
export function runDirs(benchDir: string, name: string): { outDir: string; cacheDir: string } {
  return { outDir: join(benchDir, `dist-${name}`), cacheDir: join(benchDir, `cache-${name}`) };
}

/**
 * Build once and measure it: start the build, sample the memory of its
 * process tree, time its phases from its output, then read the figures.
 * One function because the sampling, the phase timer and the child share
 * the run's clock and its output stream.
 */
export async function runBuild(options: BuildOptions): Promise<BuildFigures> {
  const { outDir, cacheDir } = runDirs(options.benchDir, options.name);
  const statsFile = join(options.benchDir, `stats-${options.name}.json`);
  if (options.cold !== false) rmSync(cacheDir, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
  rmSync(statsFile, { force: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PATH: `${join(ROOT, 'node_modules', '.bin')}:${process.env.PATH ?? ''}`,
    SHIZHONG_OUT_DIR: outDir,
    SHIZHONG_CACHE_DIR: cacheDir,
    SHIZHONG_SEARCH_STATS: statsFile,
    ASTRO_TELEMETRY_DISABLED: '1',
    ...options.env,
  };
  if (options.contentDir) env.SHIZHONG_CONTENT_DIR = options.contentDir;
  if (options.nodeOptions) env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ''} ${options.nodeOptions}`.trim();
  const build = options.command ?? ['npm', 'run', '--silent', 'build'];
  const phaseMarks = options.marks ?? PHASE_MARKS;
  const timed = existsSync('/usr/bin/time');
  const [command, args] = timed ? ['/usr/bin/time', ['-v', ...build]] : [build[0]!, build.slice(1)];

  const started = performance.now();
  const child = spawn(command, args, { cwd: options.cwd ?? ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let peakTreeKB = 0;
  const cpu = new Map<number, number>();
  const sample = () => {
    if (!child.pid) return;
    const { rssKB, cpuSeconds } = treeSample(child.pid);
    peakTreeKB = Math.max(peakTreeKB, rssKB);
    for (const [pid, seconds] of cpuSeconds) cpu.set(pid, Math.max(cpu.get(pid) ?? 0, seconds));
  };
  const sampler = setInterval(sample, 100);
  const marks: { name: string; at: number }[] = [];
  let nextMark = 0;
  let log = '';
  let pending = '';
  const onData = (chunk: Buffer) => {
    const text = chunk.toString('utf8');
    log += text;
    if (options.echo) process.stdout.write(text);
    pending += text;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    const at = performance.now();
    for (const line of [...lines, pending]) {
      // Without colours: with CI set, Astro colours its log even into a pipe.
      const plain = stripVTControlCharacters(line);
      for (let i = nextMark; i < phaseMarks.length; i += 1) {
        const [mark, name, optional] = phaseMarks[i]!;
        if (mark.test(plain)) {
          marks.push({ name, at });
          nextMark = i + 1;
          break;
        }
        if (!optional) break;
      }
    }
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const status = await new Promise<number | null>((done) => child.on('close', done));
  clearInterval(sampler);
  const ended = performance.now();
  const buildSeconds = (ended - started) / 1000;
  if (status !== 0) throw new Error(`Build of ${options.name} failed (exit ${status}):\n${log.slice(-4000)}`);

  const stats = existsSync(statsFile)
    ? (JSON.parse(readFileSync(statsFile, 'utf8')) as { pages: number; seconds: number; languages: Record<string, number> })
    : { pages: 0, seconds: 0, languages: {} };
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(log);
  // Phases: from each mark to the next; before the first mark is start-up (the portal's content check; the baseline's config).
  const phases: Phase[] = [];
  const points = [{ name: options.marks ? 'start-up' : 'content check', at: started }, ...marks];
  for (const [i, p] of points.entries()) {
    if (p.name === 'end') break;
    const next = points[i + 1]?.at ?? ended;
    phases.push({ name: p.name, seconds: (next - p.at) / 1000 });
  }
  return {
    buildSeconds,
    indexSeconds: stats.seconds,
    pages: stats.pages,
    languages: stats.languages,
    ...(rss ? { peakMemoryMB: Number(rss[1]) / 1024 } : {}),
    peakTreeMemoryMB: peakTreeKB / 1024,
    cpuSeconds: [...cpu.values()].reduce((sum, s) => sum + s, 0),
    phases,
    outDir,
    log,
  };
}
