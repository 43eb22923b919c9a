/**
 * Every project file that the code's comments, README and docs/ name
 * exists: a file moved or renamed takes its mentions with it. Paths under
 * content/ are left out (they are examples of what editors write), and so
 * are the files an operator makes from an example (deploy.config.json).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/fixtures';

const OPERATOR_FILES = new Set(['deploy/deploy.config.json']);
const PATH = /(?<![\w./-])((?:src|scripts|tests|deploy|docs|bench)\/[\w./[\]-]*[\w\]])/g;

/** `path` as named at `where`, for each project path a file mentions that is not there. */
function missingPaths(files: readonly string[], exists: (path: string) => boolean): string[] {
  const missing: string[] = [];
  for (const file of files) {
    readFileSync(join(ROOT, file), 'utf8')
      .split('\n')
      .forEach((line, i) => {
        for (const m of line.matchAll(PATH)) {
          // A markdown link's text ends in ] (a route folder such as [...locale] holds its own [).
          const path = m[1]!.replace(/\.+$/, '').replace(/^([^[]*)\]$/, '$1');
          if (OPERATOR_FILES.has(path) || exists(path)) continue;
          missing.push(`${file}:${i + 1} names ${path}`);
        }
      });
  }
  return missing;
}

const named = execFileSync('git', ['ls-files', 'src', 'scripts', 'docs', 'README.md', 'astro.config.mjs', 'vitest.config.ts'], { cwd: ROOT, encoding: 'utf8' })
  .split('\n')
  .filter((f) => /\.(ts|astro|mjs|md|sh|css)$/.test(f));

describe('files named in comments and docs', () => {
  it('all exist', () => {
    expect(named.length).toBeGreaterThan(100);
    expect(missingPaths(named, (path) => existsSync(join(ROOT, path)))).toEqual([]);
  });

  it('a moved file is caught', () => {
    expect(missingPaths(['README.md'], (path) => path !== 'src/lib/urls.ts')).toContain('README.md:' + (readFileSync(join(ROOT, 'README.md'), 'utf8').split('\n').findIndex((l) => l.includes('src/lib/urls.ts')) + 1) + ' names src/lib/urls.ts');
  });
});
