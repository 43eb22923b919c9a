/**
 * Lighthouse on a phone (its mobile preset: a mid-range phone on a slow
 * 4G link, CPU slowed 4×), on the built site served by nginx with
 * deploy/nginx.conf on 127.0.0.1: the search page with a query and an
 * article page, measured in the same run, each several times; prints every
 * run and the median of each page's performance score and main figures.
 *
 *   npm run bench:lighthouse -- [--runs 3] [--root dist] [--page /path/ …]
 *
 * Lighthouse is not a dependency of the project (it is large and only this
 * benchmark needs it): install it without saving first,
 * `npm install --no-save lighthouse@13.5.0`. Chromium: CHROME_PATH, or
 * /usr/bin/chromium. A benchmark, not a test: the figures move with the
 * machine's load (other work on the same cores moves TBT most).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { outDir } from '../src/lib/env.ts';
import { ensureNginx, startNginx } from './lib/deploy/nginx.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    root: { type: 'string', default: outDir },
    page: { type: 'string', multiple: true },
    port: { type: 'string' },
  },
});
const runs = Number(values.runs);
const pages = values.page ?? ['/search/?q=招商引资', '/articles/yongan-town-li-feng/'];

let cli: string;
try {
  cli = join(createRequire(import.meta.url).resolve('lighthouse/package.json'), '../cli/index.js');
} catch {
  console.error('没有安装 Lighthouse：请先运行 npm install --no-save lighthouse@13.5.0');
  process.exit(1);
}
if (!existsSync(join(values.root, 'index.html'))) {
  console.error(`${values.root} 里没有建好的网站：请先运行 npm run build`);
  process.exit(1);
}

interface Figures {
  score: number;
  tbt: number;
  lcp: number;
  fcp: number;
  si: number;
  cls: number;
}

function lighthouse(url: string, chrome: string): Figures {
  const dir = mkdtempSync(join(tmpdir(), 'shizhong-lighthouse-'));
  const out = join(dir, 'report.json');
  const result = spawnSync(
    process.execPath,
    [cli, url, '--quiet', '--only-categories=performance', '--output=json', `--output-path=${out}`, '--chrome-flags=--headless=new --no-sandbox --disable-gpu'],
    { env: { ...process.env, CHROME_PATH: chrome }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (result.status !== 0 || !existsSync(out)) throw new Error(`Lighthouse failed on ${url}:\n${result.stderr.slice(-3000)}`);
  const report = JSON.parse(readFileSync(out, 'utf8')) as { categories: { performance: { score: number } }; audits: Record<string, { numericValue: number }> };
  rmSync(dir, { recursive: true, force: true });
  const a = report.audits;
  return {
    score: Math.round(report.categories.performance.score * 100),
    tbt: Math.round(a['total-blocking-time']!.numericValue),
    lcp: Math.round(a['largest-contentful-paint']!.numericValue),
    fcp: Math.round(a['first-contentful-paint']!.numericValue),
    si: Math.round(a['speed-index']!.numericValue),
    cls: Number(a['cumulative-layout-shift']!.numericValue.toFixed(3)),
  };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

ensureNginx();
const nginx = await startNginx({ root: values.root, ...(values.port ? { port: Number(values.port) } : {}) });
const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const results = new Map<string, Figures[]>(pages.map((p) => [p, []]));
try {
  // Pages alternate within each round, so both see the same machine.
  for (let run = 1; run <= runs; run++) {
    for (const path of pages) {
      const figures = lighthouse(`${nginx.url}${encodeURI(path)}`, chrome);
      results.get(path)!.push(figures);
      console.log(`run ${run} ${path}: score ${figures.score}, TBT ${figures.tbt} ms, LCP ${figures.lcp} ms, FCP ${figures.fcp} ms, SI ${figures.si} ms, CLS ${figures.cls}`);
    }
  }
} finally {
  await nginx.stop();
}
console.log(`\nLighthouse mobile, median of ${runs}:`);
for (const [path, list] of results) {
  const m = (k: keyof Figures) => median(list.map((f) => f[k]));
  console.log(`${path}: score ${m('score')} (${list.map((f) => f.score).join(', ')}), TBT ${m('tbt')} ms, LCP ${m('lcp')} ms, FCP ${m('fcp')} ms, SI ${m('si')} ms, CLS ${m('cls')}`);
}
