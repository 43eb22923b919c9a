/**
 * The content check's per-file cache (scripts/lib/shared/file-cache.ts): a
 * check that reuses it reports exactly what a check from scratch reports,
 * after an edit of an article, a new article, a deleted one and a change
 * in a data file; only the changed files are checked again.
 */
import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lintContent } from '../../../scripts/lib/lint/index.ts';
import { article, makeContent } from './support.ts';

const COMPANIES = `- id: xinyuanda
  kind: enterprise
  name: { zh: 新远大, en: Xinyuanda }
  aliases: [新远大实业]
  department: null
`;
const meta = (date: string) => `title: 测试${date}\ntype: report\ndate: ${date}\ndepartments: [test-town]`;
const PARAGRAPH = '全区坚持把招商引资作为经济工作的生命线，围绕主导产业精准招商，一批重点项目相继落地见效，为高质量发展注入强劲动能。';

const scratch = mkdtempSync(join(tmpdir(), 'shizhong-lint-cache-'));
const cacheFile = join(scratch, 'content-check.json');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const dir = makeContent({
  'companies.yaml': COMPANIES,
  'articles/2024/a.md': article(meta('2024-03-01'), `${PARAGRAPH}\n\n山东某某有限公司参加签约。`),
  'articles/2024/b.md': article(meta('2024-03-02'), `新远大实业获评省级创新型中小企业。\n\n${PARAGRAPH}`),
  'articles/2024/c.md': article(meta('2024-03-03'), '正文里有英文标点,需要改正。'),
});
const fresh = () => lintContent(dir, { today: '2025-01-01' }).findings;
const cached = () => lintContent(dir, { today: '2025-01-01', cacheFile });

describe('the content check with its cache', () => {
  it('reports the same as without it, and checks only what changed the next time', () => {
    expect(cached().findings).toEqual(fresh());
    const again = cached();
    expect(again.cache).toEqual({ hits: 3, misses: 0 });
    expect(again.findings).toEqual(fresh());
    expect(fresh().map((f) => f.rule)).toEqual(expect.arrayContaining(['duplicate-body', 'unknown-company', 'half-width-punctuation']));
  });

  it('follows an edited article, a new one and a deleted one', () => {
    writeFileSync(join(dir, 'articles/2024/c.md'), article(meta('2024-03-03'), '正文已经改正。'));
    writeFileSync(join(dir, 'articles/2024/d.md'), article(meta('2024-03-04'), PARAGRAPH));
    unlinkSync(join(dir, 'articles/2024/a.md'));
    const result = cached();
    expect(result.cache).toEqual({ hits: 1, misses: 2 });
    expect(result.findings).toEqual(fresh());
    expect(result.findings.some((f) => f.rule === 'half-width-punctuation')).toBe(false);
  });

  it('checks everything again when a data file changes', () => {
    writeFileSync(join(dir, 'companies.yaml'), COMPANIES.replace('aliases: [新远大实业]', 'aliases: [新远大实业, 某某]'));
    const result = cached();
    expect(result.cache?.hits).toBe(0);
    expect(result.findings).toEqual(fresh());
  });
});
