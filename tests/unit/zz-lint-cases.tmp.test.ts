import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';
import { BAD_INPUTS } from '../fixtures/bad-inputs';
import { ContentCopy } from '../support/content-copy';
import { ROOT } from '../support/build';
const only = process.env.CASES ? new RegExp(process.env.CASES) : undefined;
it.each(BAD_INPUTS.filter((c) => !only || only.test(c.name)).map((c) => [c.name, c] as const))('%s', async (_n, c) => {
  const copy = new ContentCopy();
  await c.damage(copy);
  const args = c.lint.contains === undefined ? ['lint:content', '--', '--quiet'] : ['lint:content'];
  const r = spawnSync('npm', ['run', '--silent', ...args], { cwd: ROOT, env: { ...process.env, SHIZHONG_CONTENT_DIR: copy.dir, ...c.env }, encoding: 'utf8' });
  const out = `${r.stdout}\n${r.stderr}`.replaceAll(`${copy.dir}/`, 'content-copy/').replaceAll(copy.dir, 'content-copy');
  const first = r.stdout.replaceAll(`${copy.dir}/`, 'content-copy/').split('\n').find((l) => l.trim() !== '') ?? '';
  expect(r.status, out).toBe(c.lint.exit);
  if (typeof c.lint.first === 'string') expect(first, out).toContain(c.lint.first);
  else if (c.lint.first) expect(first, out).toMatch(c.lint.first);
  if (c.lint.contains) expect(out.replaceAll('content-copy/', '')).toContain(c.lint.contains);
}, 60_000);
