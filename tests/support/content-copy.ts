/**
 * A copy of the real content/ in a scratch folder, for damaging it the way
 * an editor might (tests/fixtures/bad-inputs.ts), and the file tree of a
 * built site as hashes, to show that a failed build changed nothing.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { CONTENT } from './content';

export class ContentCopy {
  /** The copy, named content-copy/ inside a fresh scratch folder. */
  readonly dir: string;

  constructor() {
    this.dir = join(mkdtempSync(join(tmpdir(), 'shizhong-bad-')), 'content-copy');
    cpSync(CONTENT, this.dir, { recursive: true });
  }

  path(rel: string): string {
    return join(this.dir, rel);
  }

  read(rel: string): string {
    return readFileSync(this.path(rel), 'utf8');
  }

  write(rel: string, data: string | Uint8Array): void {
    mkdirSync(dirname(this.path(rel)), { recursive: true });
    writeFileSync(this.path(rel), data);
  }

  /** Change a file's text; fails when the change changes nothing (the case would test nothing). */
  edit(rel: string, change: (text: string) => string): void {
    const before = this.read(rel);
    const after = change(before);
    if (after === before) throw new Error(`The damage to ${rel} changed nothing: fix the case`);
    this.write(rel, after);
  }

  remove(rel: string): void {
    rmSync(this.path(rel));
  }

  copy(from: string, to: string): void {
    this.write(to, readFileSync(this.path(from)));
  }

  rename(from: string, to: string): void {
    renameSync(this.path(from), this.path(to));
  }

  /** Save a file in GB18030, as a Chinese Windows editor's “ANSI” would. */
  writeGb18030(rel: string): void {
    this.write(rel, encodeGb18030(this.read(rel)));
  }

  /** Put raw bytes into a file just before the first occurrence of `before`. */
  insertBytes(rel: string, before: string, bytes: number[]): void {
    const buf = readFileSync(this.path(rel));
    const at = buf.indexOf(Buffer.from(before, 'utf8'));
    if (at < 0) throw new Error(`${before} not in ${rel}`);
    this.write(rel, Buffer.concat([buf.subarray(0, at), Buffer.from(bytes), buf.subarray(at)]));
  }
}

/**
 * Text → GB18030 bytes. Node can decode GB18030 but not encode it, so each
 * character's bytes are found by decoding the two-byte GBK range once
 * (every character of the content is in it; others fail the test).
 */
let table: Map<string, number[]> | undefined;
export function encodeGb18030(text: string): Buffer {
  if (!table) {
    table = new Map();
    const decoder = new TextDecoder('gb18030');
    for (let hi = 0x81; hi <= 0xfe; hi++) {
      for (let lo = 0x40; lo <= 0xfe; lo++) {
        if (lo === 0x7f) continue;
        const ch = decoder.decode(new Uint8Array([hi, lo]));
        if (ch.length === 1 && ch !== '\uFFFD' && !table.has(ch)) table.set(ch, [hi, lo]);
      }
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else {
      const bytes = table.get(ch);
      if (!bytes) throw new Error(`No GBK bytes for ${ch} (U+${code.toString(16)})`);
      out.push(...bytes);
    }
  }
  return Buffer.from(out);
}

/** Every file of a folder with the SHA-256 of its bytes, by path. */
export function treeHashes(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const path = join(e.parentPath, e.name);
    out.set(relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
  }
  return out;
}
