/**
 * A cache of what the build's checks work out from one file, kept between
 * builds: the content check's findings per article file (lintContent's
 * `FileFacts`), so that a build after a one-file change checks that one
 * file, and the result check's verdict per article page
 * (../build/verify-output.ts).
 *
 * An entry is used when the file's bytes hash the same, and so does its
 * context: the checks' version (a hash of the source of every module under
 * scripts/lib/ and src/lib/, so a changed or new rule anywhere empties the
 * cache, with no list to keep), the day the check counts as today, and the
 * data files the per-file checks read (departments, topics, columns,
 * companies, glossary) for the content check. Stored as one JSON file in
 * Astro's cache folder.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT } from './paths.ts';

const sha = (data: string | Buffer) => createHash('sha256').update(data).digest('base64');

/** Every .ts file under the folders the checks are made of, sorted. */
function sources(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|mjs|js|json)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

let version: string | undefined;

/** A hash of the checks' code (scripts/lib/, src/lib/, src/markdown/) and the installed packages (package-lock.json). */
export function rulesVersion(): string {
  if (version) return version;
  const hash = createHash('sha256');
  for (const file of [...['scripts/lib', 'src/lib', 'src/markdown'].flatMap((d) => sources(join(ROOT, d))), join(ROOT, 'package-lock.json')]) {
    if (existsSync(file)) hash.update(`${file.slice(ROOT.length)}\0`).update(readFileSync(file)).update('\0');
  }
  return (version = hash.digest('base64'));
}

export class FileCache<T> {
  readonly #file: string;
  readonly #context: string;
  #entries = new Map<string, { key: string; value: T }>();
  readonly #next = new Map<string, { key: string; value: T }>();
  hits = 0;
  misses = 0;

  /** `context`: everything besides a file's own bytes that its entry depends on. */
  constructor(file: string, context: unknown) {
    this.#file = file;
    this.#context = sha(JSON.stringify([rulesVersion(), context]));
    try {
      const stored = JSON.parse(readFileSync(file, 'utf8')) as { context: string; entries: [string, { key: string; value: T }][] };
      if (stored.context === this.#context) this.#entries = new Map(stored.entries);
    } catch {
      // No cache yet, or an unreadable one: everything is checked.
    }
  }

  /** The value for `path` with these bytes, from the cache or made now by `make`. */
  get(path: string, bytes: string, make: () => T): T {
    const key = sha(bytes);
    const hit = this.#entries.get(path);
    const entry = hit?.key === key ? hit : { key, value: make() };
    if (entry === hit) this.hits += 1;
    else this.misses += 1;
    this.#next.set(path, entry);
    return entry.value;
  }

  /** Writes the entries used in this run (files gone since are dropped), atomically. */
  save(): void {
    mkdirSync(dirname(this.#file), { recursive: true });
    const temp = `${this.#file}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify({ context: this.#context, entries: [...this.#next] }));
    renameSync(temp, this.#file);
  }
}
