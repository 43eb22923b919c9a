/**
 * Precompression as the build does it: a .br and .gz beside every text file
 * worth it, decoding to the same bytes, and a one-line summary; and
 * precompress() itself on a small folder (small files, stale copies).
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { MIN_BYTES, isCompressible, precompress, summary } from '../../scripts/lib/precompress/index';

const dist = inject('deployDist');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

describe('npm run build', () => {
  it('prints one summary line of the bytes saved', () => {
    const output = inject('deployBuildOutput');
    if (!output) return; // DEPLOY_DIST given: no build ran here
    const lines = output.split('\n').filter((l) => l.startsWith('[precompress]'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^\[precompress\] \d+ files in .+: [\d.]+ MB → [\d.]+ MB brotli \(−\d+%\), [\d.]+ MB gzip \(−\d+%\); saved [\d.]+ MB/);
  });

  it('writes .br and .gz beside every HTML, CSS, JS, JSON, XML and SVG file of more than a few bytes, which decode to it', () => {
    const all = files(dist);
    const text = all.filter((f) => isCompressible(f) && statSync(f).size >= MIN_BYTES);
    const kinds = new Set(text.map((f) => f.slice(f.lastIndexOf('.') + 1)));
    // (The site's only JSON files, Pagefind's entry files, are under MIN_BYTES here.)
    for (const kind of ['html', 'css', 'js', 'xml', 'svg']) expect(kinds, kind).toContain(kind);
    for (const file of text) {
      const data = readFileSync(file);
      expect(existsSync(`${file}.br`), file).toBe(true);
      expect(brotliDecompressSync(readFileSync(`${file}.br`)).equals(data), file).toBe(true);
      expect(gunzipSync(readFileSync(`${file}.gz`)).equals(data), file).toBe(true);
    }
    // Pagefind's index is gzip already: no copies of it, nor copies of copies.
    expect(all.filter((f) => /\.pf_\w+\.(br|gz)$|\.pagefind\.(br|gz)$|\.(br|gz)\.(br|gz)$/.test(f))).toEqual([]);
  });
});

describe('precompress()', () => {
  const dir = mkdtempSync(join(tmpdir(), 'shizhong-precompress-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('skips small files, removes copies that no longer match, and counts what it saved', async () => {
    const page = '<!doctype html><title>市中新闻</title>' + '<p>招商引资，营商环境。</p>'.repeat(200);
    writeFileSync(join(dir, 'index.html'), page);
    writeFileSync(join(dir, 'tiny.css'), 'a{color:red}');
    writeFileSync(join(dir, 'tiny.css.gz'), 'stale');
    writeFileSync(join(dir, 'photo.png'), Buffer.alloc(4096, 1));
    const stats = await precompress(dir);
    expect(stats.files).toBe(1);
    expect(stats.skipped).toBe(1);
    expect(stats.bytes).toBe(Buffer.byteLength(page));
    expect(stats.brotliBytes).toBeLessThan(stats.bytes / 5);
    expect(existsSync(join(dir, 'tiny.css.gz'))).toBe(false);
    expect(existsSync(join(dir, 'photo.png.br'))).toBe(false);
    expect(summary(stats, 'x')).toContain('1 files in x/');
  });

  it('says in Chinese when there is no site to compress', async () => {
    await expect(precompress(join(dir, 'missing'))).rejects.toThrow(/请先运行 npm run build/);
  });
});
