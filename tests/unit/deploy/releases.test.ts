import { describe, expect, it } from 'vitest';
import { newReleaseName, previousRelease, releasesToPrune, sortReleases } from '../../../scripts/lib/deploy/releases';
import { inUploadOrder } from '../../../scripts/lib/deploy/site-files';

describe('release names', () => {
  it('are the UTC time, sort in the order they were made, and never repeat', () => {
    const a = newReleaseName([], new Date('2026-12-01T07:45:12.123Z'));
    expect(a).toBe('20261201T074512.123Z');
    expect(newReleaseName([a], new Date('2026-12-01T07:45:12.123Z'))).toBe('20261201T074512.123Z-2');
    expect(sortReleases(['20261202T000000.000Z', 'notes.txt', a])).toEqual([a, '20261202T000000.000Z']);
  });
});

describe('rollback and pruning', () => {
  const r = ['20260101T000000.000Z', '20260201T000000.000Z', '20260301T000000.000Z', '20260401T000000.000Z'];
  it('rolls back to the release before the live one, and to none before the oldest', () => {
    expect(previousRelease(r, r[3])).toBe(r[2]);
    expect(previousRelease(r, r[1])).toBe(r[0]);
    expect(previousRelease(r, r[0])).toBeUndefined();
    expect(previousRelease(r, undefined)).toBeUndefined();
  });
  it('keeps the newest ones and always the live one', () => {
    expect(releasesToPrune(r, r[3], 2)).toEqual([r[0], r[1]]);
    // After a rollback to r[0], it stays although it is the oldest.
    expect(releasesToPrune(r, r[0], 2)).toEqual([r[1]]);
    expect(releasesToPrune(r, r[3], 10)).toEqual([]);
  });
});

describe('upload order', () => {
  it('puts hashed assets first and pages (with their compressed copies) last', () => {
    const paths = ['index.html', 'articles/a/index.html.br', 'pagefind/zh-cn/x/pagefind.js', '_astro/a.css', 'share/a.png', '_astro/b.js'];
    expect(inUploadOrder(paths.map((path) => ({ path }))).map((f) => f.path)).toEqual([
      '_astro/a.css',
      '_astro/b.js',
      'pagefind/zh-cn/x/pagefind.js',
      'share/a.png',
      'articles/a/index.html.br',
      'index.html',
    ]);
  });
});
