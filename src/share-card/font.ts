/**
 * The fonts of the share cards, from npm packages (no download at build
 * time): Noto Sans SC for Chinese (and for everything on Chinese cards),
 * Source Sans 3 first on English cards so Latin text and its curly quotes
 * are proportional. Both are SIL OFL 1.1 TrueType files.
 *
 * Besides the raw bytes for satori, each face carries the two tables that
 * matter for layout, read here with a small sfnt parser: `cmap` (which
 * characters the font has) and `hmtx` (how wide each glyph is). That lets
 * the card lay out its title itself and refuse characters the font lacks
 * instead of drawing tofu.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export type FontWeight = 400 | 700;

/** One font file: its family name and weight for satori, its bytes, and its metrics. */
export interface FontFace {
  family: string;
  weight: FontWeight;
  data: Buffer;
  metrics: FontMetrics;
}

/** What layout needs from a font: the glyph for a character (0 = none) and its advance width in em. */
export interface FontMetrics {
  glyphId(codePoint: number): number;
  /** Advance width of a glyph in em (1 = the font size). */
  advance(glyphId: number): number;
}

/** The families used on the cards, by the name satori knows them as. */
export const CJK_FAMILY = 'Noto Sans SC';
export const LATIN_FAMILY = 'Source Sans 3';

const FILES: ReadonlyArray<{ family: string; weight: FontWeight; module: string }> = [
  { family: CJK_FAMILY, weight: 400, module: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf' },
  { family: CJK_FAMILY, weight: 700, module: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf' },
  { family: LATIN_FAMILY, weight: 400, module: '@expo-google-fonts/source-sans-3/400Regular/SourceSans3_400Regular.ttf' },
  { family: LATIN_FAMILY, weight: 700, module: '@expo-google-fonts/source-sans-3/700Bold/SourceSans3_700Bold.ttf' },
];

/**
 * The path of a file inside an installed package. Resolved from the
 * project root first (the build and the tests run there, and Astro's
 * bundled prerender code may live in another output folder), then from
 * this module.
 */
function resolvePackageFile(specifier: string): string {
  const bases = [join(process.cwd(), 'package.json'), import.meta.url];
  for (const base of bases) {
    try {
      return createRequire(base).resolve(specifier);
    } catch {
      // try the next base
    }
  }
  throw new Error(`Share card font not found: ${specifier} (run npm install)`);
}

let faces: FontFace[] | undefined;

/** Every font face of the cards, read once per process (about 22 MB). */
export function loadFontFaces(): FontFace[] {
  faces ??= FILES.map(({ family, weight, module }) => {
    const data = readFileSync(resolvePackageFile(module));
    return { family, weight, data, metrics: parseFontMetrics(data) };
  });
  return faces;
}

/** The face of a family and weight. */
export function fontFace(family: string, weight: FontWeight): FontFace {
  const face = loadFontFaces().find((f) => f.family === family && f.weight === weight);
  if (!face) throw new Error(`No share card font ${family} ${weight}`);
  return face;
}

// ---------------------------------------------------------------------------
// A minimal sfnt (TrueType/OpenType) reader: table directory, head, hhea,
// hmtx and cmap formats 4 and 12. Enough for widths and coverage.

function tables(data: Buffer): Map<string, { offset: number; length: number }> {
  const version = data.readUInt32BE(0);
  if (version !== 0x00010000 && version !== 0x4f54544f /* OTTO */ && version !== 0x74727565 /* true */) {
    throw new Error('Not a TrueType/OpenType font (WOFF/WOFF2 are not read here)');
  }
  const count = data.readUInt16BE(4);
  const found = new Map<string, { offset: number; length: number }>();
  for (let i = 0; i < count; i++) {
    const record = 12 + i * 16;
    found.set(data.toString('latin1', record, record + 4), {
      offset: data.readUInt32BE(record + 8),
      length: data.readUInt32BE(record + 12),
    });
  }
  return found;
}

function table(all: Map<string, { offset: number; length: number }>, tag: string): number {
  const t = all.get(tag);
  if (!t) throw new Error(`Font has no ${tag} table`);
  return t.offset;
}

type CharToGlyph = (codePoint: number) => number;

function cmapFormat12(data: Buffer, at: number): CharToGlyph {
  const groups = data.readUInt32BE(at + 12);
  const starts = new Uint32Array(groups);
  const ends = new Uint32Array(groups);
  const glyphs = new Uint32Array(groups);
  for (let i = 0; i < groups; i++) {
    const g = at + 16 + i * 12;
    starts[i] = data.readUInt32BE(g);
    ends[i] = data.readUInt32BE(g + 4);
    glyphs[i] = data.readUInt32BE(g + 8);
  }
  return (cp) => {
    let lo = 0;
    let hi = groups - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (cp < starts[mid]!) hi = mid - 1;
      else if (cp > ends[mid]!) lo = mid + 1;
      else return glyphs[mid]! + (cp - starts[mid]!);
    }
    return 0;
  };
}

function cmapFormat4(data: Buffer, at: number): CharToGlyph {
  const segments = data.readUInt16BE(at + 6) / 2;
  const endCodes = at + 14;
  const startCodes = endCodes + segments * 2 + 2;
  const deltas = startCodes + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  return (cp) => {
    if (cp > 0xffff) return 0;
    for (let i = 0; i < segments; i++) {
      if (cp > data.readUInt16BE(endCodes + i * 2)) continue;
      const start = data.readUInt16BE(startCodes + i * 2);
      if (cp < start) return 0;
      const delta = data.readInt16BE(deltas + i * 2);
      const rangeOffsetAt = rangeOffsets + i * 2;
      const rangeOffset = data.readUInt16BE(rangeOffsetAt);
      if (rangeOffset === 0) return (cp + delta) & 0xffff;
      const glyph = data.readUInt16BE(rangeOffsetAt + rangeOffset + (cp - start) * 2);
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}

function parseCmap(data: Buffer, cmap: number): CharToGlyph {
  const count = data.readUInt16BE(cmap + 2);
  const subtables: { platform: number; encoding: number; at: number; format: number }[] = [];
  for (let i = 0; i < count; i++) {
    const record = cmap + 4 + i * 8;
    const at = cmap + data.readUInt32BE(record + 4);
    subtables.push({
      platform: data.readUInt16BE(record),
      encoding: data.readUInt16BE(record + 2),
      at,
      format: data.readUInt16BE(at),
    });
  }
  const unicode = (s: { platform: number; encoding: number }) =>
    s.platform === 0 || (s.platform === 3 && (s.encoding === 1 || s.encoding === 10));
  const full = subtables.find((s) => unicode(s) && s.format === 12);
  if (full) return cmapFormat12(data, full.at);
  const bmp = subtables.find((s) => unicode(s) && s.format === 4);
  if (bmp) return cmapFormat4(data, bmp.at);
  throw new Error('Font has no Unicode cmap (format 4 or 12)');
}

/** Read the character map and advance widths of a TrueType/OpenType font. */
export function parseFontMetrics(data: Buffer): FontMetrics {
  const all = tables(data);
  const unitsPerEm = data.readUInt16BE(table(all, 'head') + 18);
  const longMetrics = data.readUInt16BE(table(all, 'hhea') + 34);
  const hmtx = table(all, 'hmtx');
  const advances = new Float64Array(longMetrics);
  for (let i = 0; i < longMetrics; i++) advances[i] = data.readUInt16BE(hmtx + i * 4) / unitsPerEm;
  const glyphId = parseCmap(data, table(all, 'cmap'));
  return {
    glyphId,
    // Glyphs past the last long metric share its advance (monospaced tails).
    advance: (glyph) => advances[Math.min(glyph, longMetrics - 1)]!,
  };
}
