/**
 * The real content passes `npm run lint:content`: no errors,
 * and the known 住建局/商促局 pair is reported as information.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatFinding } from '../../../scripts/lib/shared/findings.ts';
import { lintContent } from '../../../scripts/lib/lint/index.ts';
import { ROOT } from './support.ts';

describe('the real content', () => {
  const { findings, content } = lintContent(join(ROOT, 'content'));

  it('has no errors', () => {
    expect(findings.filter((f) => f.severity === 'error').map(formatFinding)).toEqual([]);
    expect(content.articles.length).toBeGreaterThanOrEqual(17);
  });

  it('reports the 任金雷 body that repeats the 住建局 text, as known because of the editor’s note', () => {
    const pair = findings.filter((f) => f.rule === 'duplicate-body');
    expect(pair).toHaveLength(1);
    expect(pair[0]!.severity).toBe('info');
    expect(pair[0]!.file).toContain('study-trip-ren-jinlei.md');
    expect(pair[0]!.message).toContain('study-trip-huang-yongmin.md');
  });
});
