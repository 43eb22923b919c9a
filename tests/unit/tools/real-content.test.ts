/**
 * The real content passes `npm run lint:content`: no errors,
 * and the known 住建局/商促局 pair is reported as information.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatFinding } from '../../../scripts/lib/lint/findings.ts';
import { lintContent } from '../../../scripts/lib/lint/index.ts';
import { ROOT } from './support.ts';

describe('the real content', () => {
  const { findings, content } = lintContent(join(ROOT, 'content'));

  it('has no errors', () => {
    expect(findings.filter((f) => f.severity === 'error').map(formatFinding)).toEqual([]);
    expect(content.articles.length).toBeGreaterThanOrEqual(17);
  });

  it('reports the 任金雷 body that repeats the 住建局 text, in Chinese and in English, as known because of the editor’s notes', () => {
    const pairs = findings.filter((f) => f.rule === 'duplicate-body').sort((a, b) => a.file.localeCompare(b.file));
    expect(pairs.map((f) => [f.file.replace(/.*\//, ''), f.severity])).toEqual([
      ['study-trip-ren-jinlei.en.md', 'info'],
      ['study-trip-ren-jinlei.md', 'info'],
    ]);
    expect(pairs[0]!.message).toContain('study-trip-huang-yongmin.en.md');
    expect(pairs[1]!.message).toContain('study-trip-huang-yongmin.md');
  });
});
