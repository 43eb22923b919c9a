/**
 * A summary of the V8 CPU profiles `npm run bench -- --cpu-prof` writes
 * (one per Node process of the build: npm, Astro, the search-indexing
 * step): for each, its length, the self time by package or source folder,
 * and the functions with the most self time.
 *
 *   node scripts/lib/bench/profile.ts .bench/prof-3000 [--top 15]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  file: string;
  seconds: number;
  byArea: [area: string, seconds: number][];
  byFunction: [fn: string, seconds: number][];
}

/** Where a script belongs: its npm package, our source folder, Node itself, or V8's own work. */
function areaOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  if (url.startsWith('node:')) return 'node:' + url.slice(5).split('/')[0];
  const ours = /\/(src|scripts|bench)\/(.*?)(\/[^/]*)?$/.exec(url);
  if (ours) return `${ours[1]}/${ours[2]?.split('/')[0] ?? ''}`;
  return url.replace(/^file:\/\//, '').split('/').slice(-2).join('/');
}

export function summarise(file: string, top = 15): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const self = new Map<number, number>();
  // Each sample's time is the delta to the next one.
  for (const [i, id] of profile.samples.entries()) self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0));
  const areas = new Map<string, number>();
  const fns = new Map<string, number>();
  for (const node of profile.nodes) {
    const us = self.get(node.id) ?? 0;
    if (!us) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const area = areaOf(url, functionName);
    areas.set(area, (areas.get(area) ?? 0) + us);
    const fn = `${functionName || '(anonymous)'} ${url ? `${area}:${lineNumber + 1}` : ''}`.trim();
    fns.set(fn, (fns.get(fn) ?? 0) + us);
  }
  const sorted = (m: Map<string, number>) =>
    [...m].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, v]) => [k, v / 1e6] as [string, number]);
  return { file, seconds: (profile.endTime - profile.startTime) / 1e6, byArea: sorted(areas), byFunction: sorted(fns) };
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '15' } } });
  const dir = positionals[0];
  if (!dir) throw new Error('usage: node scripts/lib/bench/profile.ts <profile folder> [--top N]');
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')).sort()) {
    const s = summarise(join(dir, name), Number(values.top));
    console.log(`\n${name}: ${s.seconds.toFixed(1)} s`);
    console.log('  self time by area: ' + s.byArea.map(([a, t]) => `${a} ${t.toFixed(2)} s`).join(', '));
    for (const [fn, t] of s.byFunction) console.log(`    ${t.toFixed(2).padStart(6)} s  ${fn}`);
  }
}
