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

  it('keeps the copies in a cache: an unchanged file gets them from it, a changed one is compressed again, the cache keeps only what the run used', async () => {
    const site = mkdtempSync(join(tmpdir(), 'shizhong-precompress-site-'));
    const cache = mkdtempSync(join(tmpdir(), 'shizhong-precompress-cache-'));
    try {
      const a = '<!doctype html><title>甲</title>' + '<p>招商引资，营商环境。</p>'.repeat(200);
      const b = '<!doctype html><title>乙</title>' + '<p>新远大矿用锂电设备生产基地。</p>'.repeat(200);
      writeFileSync(join(site, 'a.html'), a);
      writeFileSync(join(site, 'b.html'), b);
      const first = await precompress(site, cache);
      expect(first).toMatchObject({ files: 2, cached: 0 });
      const cacheFiles = () => files(cache).filter((f) => /\.(br|gz)$/.test(f)).length;
      expect(cacheFiles()).toBe(4);

      // The next build: a.html unchanged, b.html edited; a fresh folder, as npm run build makes.
      const next = mkdtempSync(join(tmpdir(), 'shizhong-precompress-site-'));
      const edited = b.replace('乙', '乙（更新）');
      writeFileSync(join(next, 'a.html'), a);
      writeFileSync(join(next, 'b.html'), edited);
      const second = await precompress(next, cache);
      expect(second).toMatchObject({ files: 2, cached: 1, bytes: Buffer.byteLength(a) + Buffer.byteLength(edited) });
      expect(brotliDecompressSync(readFileSync(join(next, 'a.html.br'))).toString()).toBe(a);
      expect(gunzipSync(readFileSync(join(next, 'b.html.gz'))).toString()).toBe(edited);
      expect(brotliDecompressSync(readFileSync(join(next, 'b.html.br'))).toString()).toBe(edited);
      // The old b.html's copies are gone from the cache; the first build's folder still has its own.
      expect(cacheFiles()).toBe(4);
      expect(gunzipSync(readFileSync(join(site, 'b.html.gz'))).toString()).toBe(b);
      // Running again over the same folder replaces its copies without writing through them into the cache.
      writeFileSync(join(next, 'a.html'), edited);
      await precompress(next, cache);
      expect(gunzipSync(readFileSync(join(next, 'a.html.gz'))).toString()).toBe(edited);
      expect(gunzipSync(readFileSync(join(site, 'a.html.gz'))).toString()).toBe(a);
      rmSync(next, { recursive: true, force: true });
    } finally {
      rmSync(site, { recursive: true, force: true });
      rmSync(cache, { recursive: true, force: true });
    }
  });

  it('says in Chinese when there is no site to compress', async () => {
    await expect(precompress(join(dir, 'missing'))).rejects.toThrow(/请先运行 npm run build/);
  });
});
