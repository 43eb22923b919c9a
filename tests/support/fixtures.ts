/**
 * Where the tests find the repository, and the builders of test content:
 * article files from frontmatter and a body, and fresh content folders
 * (a copy of the small fixture content, or of any other folder, with the
 * files a test adds). One place for these, so every test writes articles
 * the same way.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/** The repository's root folder. */
export const ROOT = resolve(import.meta.dirname, '../..');
/** The real content. */
export const CONTENT = join(ROOT, 'content');
/** A small content set (two departments, a topic, a column, one good article) for builds of other content. */
export const FIXTURE_CONTENT = join(ROOT, 'tests/fixtures/content');
/** The two pages of the district paper (OCR text) the 14 articles come from. */
export const SEEDS_DIR = join(ROOT, 'tests/fixtures/seeds');
export const SEED_FILES = ['000_89f5056c0f2df9ad.txt', '004_9eda33c280430bcd.txt'] as const;

/** The text of a seed page. */
export function readSeed(file: string): string {
  return readFileSync(join(SEEDS_DIR, file), 'utf8');
}

/** An article file with the given frontmatter lines and body. */
export function articleFile(frontmatter: string, body = '这是一篇正常的测试文章。'): string {
  return `---\n${frontmatter.trim()}\n---\n\n${body}\n`;
}

/** Write files (paths relative to `dir`) into a folder, making their folders. */
export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
}

/**
 * A fresh copy of a content folder (the fixture content unless `from` says
 * otherwise) in the system's temp folder, with `files` written into it.
 */
export function contentWith(files: Record<string, string> = {}, options: { from?: string; prefix?: string } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), options.prefix ?? 'shizhong-content-'));
  cpSync(options.from ?? FIXTURE_CONTENT, dir, { recursive: true });
  writeFiles(dir, files);
  return dir;
}
