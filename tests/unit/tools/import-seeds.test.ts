/**
 * How close the importer comes to the articles the editors made by hand
 * from the two seed texts. The figures are printed (vitest shows them), and
 * the test fails if the importer gets worse than this.
 */
import { describe, expect, it } from 'vitest';
import { readContent } from '../../../scripts/lib/shared/content.ts';
import { curatedArticles, formatCloseness, measureSeed, SEEDS, summarise } from '../../../scripts/lib/import-closeness/closeness.ts';
import { CONTENT, readSeed } from '../../support/fixtures.ts';

const content = readContent(CONTENT);
const curated = curatedArticles(content);
const yearOf = (id: string) => content.articles.find((a) => a.id === id)!.relPath.slice(0, 4);

describe.each(SEEDS.map((seed, i) => [seed, i === 0 ? '2023' : '2024'] as const))('importing %s', (seed, year) => {
  const mine = curated.filter((c) => yearOf(c.id) === year);
  const results = measureSeed(readSeed(seed), mine, content);
  const s = summarise(results);

  it('prints its closeness to the curated articles', () => {
    console.log(`${seed}（${mine.length} 篇）：\n${formatCloseness(results)}`);
    expect(s.matched).toBe(mine.length);
  });

  it('has every curated sentence in the drafts and no sentence that is not in them', () => {
    for (const r of results) {
      expect(r.sentenceRecall, r.curated).toBeGreaterThanOrEqual(0.98);
      expect(r.sentencePrecision, r.curated).toBeGreaterThanOrEqual(0.98);
    }
  });

  it('puts paragraph boundaries where the editors did', () => {
    expect(s.paragraphF1).toBeGreaterThanOrEqual(0.95);
    for (const r of results) expect(r.paragraphF1, r.curated).toBeGreaterThanOrEqual(0.85);
  });

  it('fills title, speaker, departments, column and type as the editors did', () => {
    for (const field of ['title', 'column', 'type', 'departments', 'speaker.name', 'speaker.role', 'reporters', 'correspondents', 'source', 'signatories']) {
      expect(s.fields[field], field).toBeGreaterThanOrEqual(mine.length - 1);
    }
  });

  it('suggests topics that are mostly right', () => {
    expect(s.topicPrecision).toBeGreaterThanOrEqual(0.6);
    expect(s.topicRecall).toBeGreaterThanOrEqual(0.6);
  });
});
