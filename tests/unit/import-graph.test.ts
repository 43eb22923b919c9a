/**
 * The direction of imports, walked over the real source: code the browser
 * and the Node tools share lives in src/; src/ never imports scripts/ or
 * tests/; scripts/ never imports tests/; and no module of src/ or scripts/
 * reaches itself again through its imports (type-only imports count: a
 * cycle of types is still two files that cannot be read apart).
 * The rules are in docs/architecture.md.
 */
import { describe, expect, it } from 'vitest';
import { forbiddenImports, importCycles, importGraph, moduleClosure, type ImportGraph } from '../../src/lib/module-graph';
import { ROOT } from '../support/fixtures';

const graph = importGraph(ROOT, ['src', 'scripts']);

describe('import directions', () => {
  it('reads the whole tree, .astro files included', () => {
    expect(graph.size).toBeGreaterThan(200);
    expect([...graph.keys()].some((file) => file.endsWith('.astro'))).toBe(true);
  });

  it('src/ never imports scripts/ or tests/, scripts/ never imports tests/', () => {
    expect(forbiddenImports(graph)).toEqual([]);
  });

  it('has no import cycle in src/ or scripts/', () => {
    expect(importCycles(graph).map((cycle) => cycle.join(' → '))).toEqual([]);
  });
});

describe('the checker itself', () => {
  const fake: ImportGraph = new Map([
    ['src/a.ts', [{ target: 'src/b.ts', line: 1 }]],
    ['src/b.ts', [{ target: 'src/a.ts', line: 3 }, { target: 'scripts/x.ts', line: 4 }]],
    ['scripts/x.ts', [{ target: 'tests/support/y.ts', line: 2 }]],
    ['scripts/z.ts', [{ target: 'src/a.ts', line: 1 }]],
  ]);

  it('names a wrong-way import with its file and line', () => {
    expect(forbiddenImports(fake)).toEqual([
      'src/b.ts:4 imports scripts/x.ts (src/ may not import scripts/)',
      'scripts/x.ts:2 imports tests/support/y.ts (scripts/ may not import tests/)',
    ]);
  });

  it('finds a cycle and names its files', () => {
    expect(importCycles(fake)).toEqual([['src/a.ts', 'src/b.ts', 'src/a.ts']]);
  });

  it('follows imports transitively from an entry, .astro files and packages aside', () => {
    const closure = moduleClosure(ROOT, ['src/lib/page-cache.ts']);
    expect(closure).toContain('src/lib/page-cache.ts');
    expect(closure).toContain('src/lib/env.ts');
    expect(closure.every((file) => file.startsWith('src/'))).toBe(true);
  });
});
