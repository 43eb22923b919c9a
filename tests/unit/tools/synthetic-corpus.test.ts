/**
 * The benchmark's synthetic corpus passes the content check, which every
 * build runs first: a corpus it refuses would benchmark nothing (it did,
 * once the check joined the build: sentences cut out of quotations left
 * their quotes unpaired).
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { writeSyntheticCorpus } from '../../../scripts/lib/bench/synthetic-corpus.ts';
import { lintContent } from '../../../scripts/lib/lint/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'shizhong-corpus-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('writes Chinese articles and English translations that the content check accepts', () => {
  const out = join(dir, 'content');
  const summary = writeSyntheticCorpus({ articles: 800, out });
  expect(summary.en).toBeGreaterThan(20);
  expect(readdirSync(join(out, 'articles')).length).toBeGreaterThan(3);
  const errors = lintContent(out, { today: '2026-01-01' }).findings.filter((f) => f.severity === 'error');
  expect(errors.map((f) => `${f.file}:${f.line} [${f.rule}] ${f.message}`)).toEqual([]);
}, 60_000);
