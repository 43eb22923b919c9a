/**
 * What the share images are drawn with: the site's colours and seal, the
 * fonts each locale's text is measured and drawn in (./font.ts), a small
 * box tree that satori turns into SVG with every glyph as a path, and
 * sharp rasterising it to PNG. The article card (./render.ts) and the
 * site images (./site-images.ts) are built from these pieces.
 *
 * Node runs `scripts/make-default-share.ts` directly, so this file and
 * what it imports use explicit `.ts` extensions and nothing from Astro.
 */
import satori from 'satori';
import sharp from 'sharp';
import type { Locale } from '../i18n/locales.ts';
import { CJK_FAMILY, LATIN_FAMILY, fontFace, loadFontFaces, type FontMetrics, type FontWeight } from './font.ts';
import { normaliseSpace, type Measure } from './layout.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

export const COLOURS = {
  accent: '#9f1d20',
  text: '#1a1a1a',
  muted: '#575757',
  rule: '#dcd7d0',
  background: '#ffffff',
  white: '#ffffff',
} as const;

/** The seal of the site: 市中 over 新闻, read row by row. */
const SEAL_CHARACTERS = ['市', '中', '新', '闻'] as const;

// ---------------------------------------------------------------------------
// Fonts and measuring

/** The families a locale's card tries for each character, in order. */
export function familiesFor(locale: Locale): string[] {
  return locale === 'en' ? [LATIN_FAMILY, CJK_FAMILY] : [CJK_FAMILY];
}

export function chain(locale: Locale, weight: FontWeight): FontMetrics[] {
  return familiesFor(locale).map((family) => fontFace(family, weight).metrics);
}

/** A string's width in em as the card draws it: each character from the first font of the chain that has it. */
export function measurer(fonts: FontMetrics[]): Measure {
  return (text) => {
    let width = 0;
    for (const char of text) {
      const cp = char.codePointAt(0)!;
      const font = fonts.find((f) => f.glyphId(cp) !== 0) ?? fonts[0]!;
      width += font.advance(font.glyphId(cp));
    }
    return width;
  };
}

/** Characters that draw nothing and that fonts need not have: zero-width marks, variation selectors. */
const INVISIBLE = /[\u00ad\u200b-\u200f\u2060-\u2064\ufeff\ufe00-\ufe0f\u{e0100}-\u{e01ef}]/gu;

/** Text as the card draws it: invisible marks dropped, white space collapsed. */
export function cardText(text: string): string {
  return normaliseSpace(text.replace(INVISIBLE, ''));
}

// ---------------------------------------------------------------------------
// The box tree satori draws

export type Style = Record<string, string | number>;
export interface Box {
  type: string;
  props: { style?: Style; children?: Child | Child[] } & Record<string, unknown>;
}
type Child = Box | string;

export function box(style: Style, ...children: Child[]): Box {
  return { type: 'div', props: { style: { display: 'flex', ...style }, children } };
}

export async function toSvg(tree: Box, width: number, height: number, locale: Locale): Promise<string> {
  const fonts = loadFontFaces()
    .filter((f) => familiesFor(locale).includes(f.family))
    .map((f) => ({ name: f.family, data: f.data, weight: f.weight, style: 'normal' as const }));
  const styleErrors: Error[] = [];
  const svg = await satori(tree as unknown as Parameters<typeof satori>[0], {
    width,
    height,
    fonts,
    onStyleError: (error) => styleErrors.push(error),
  });
  if (styleErrors.length > 0) throw new Error(`Share card style not supported: ${styleErrors.map((e) => e.message).join('; ')}`);
  return svg;
}

export async function toPng(svg: string): Promise<Buffer> {
  // Plain 8-bit RGB(A) at zlib level 6: about 20 ms and 50 KB a card (a palette would halve the size and cost 60 ms more).
  return sharp(Buffer.from(svg)).png({ compressionLevel: 6 }).toBuffer();
}

/** The seal: the four characters of the site name, two by two, in a square of `size` px. */
export function seal(size: number, colours: { ink: string; paper: string }, border: boolean): Box {
  const fontSize = Math.round(size * (border ? 0.34 : 0.4));
  const cell = (char: string) =>
    box({ width: fontSize, height: fontSize, fontSize, lineHeight: 1, fontWeight: 700, color: colours.ink, justifyContent: 'center', alignItems: 'center' }, char);
  const grid = box(
    { flexDirection: 'column', gap: Math.round(size * 0.02) },
    box({ gap: Math.round(size * 0.02) }, cell(SEAL_CHARACTERS[0]), cell(SEAL_CHARACTERS[1])),
    box({ gap: Math.round(size * 0.02) }, cell(SEAL_CHARACTERS[2]), cell(SEAL_CHARACTERS[3])),
  );
  const inner = border
    ? box(
        {
          width: Math.round(size * 0.86),
          height: Math.round(size * 0.86),
          border: `${Math.max(2, Math.round(size * 0.018))}px solid ${colours.ink}`,
          borderRadius: Math.round(size * 0.04),
          justifyContent: 'center',
          alignItems: 'center',
        },
        grid,
      )
    : grid;
  return box(
    {
      width: size,
      height: size,
      flexShrink: 0,
      background: colours.paper,
      borderRadius: Math.round(size * 0.08),
      justifyContent: 'center',
      alignItems: 'center',
    },
    inner,
  );
}

export const PAD_X = 72;
export const BAND_HEIGHT = 112;
export const FOOTER_HEIGHT = 88;
export const STRIP_HEIGHT = 8;
export const COLUMN_SIZE = 28;
export const COLUMN_GAP = 20;
export const FOOTER_SIZE = 26;
export const TITLE_SIZES = [72, 66, 60, 54, 48, 44] as const;
export const TITLE_LINE_HEIGHT = 1.3;
/** Kept free at the right of every line: our widths ignore kerning and rounding. */
export const SAFETY = 0.97;

/** The thin red strip along the bottom edge. */
export function strip(height = STRIP_HEIGHT): Box {
  return box({ height, flexShrink: 0, background: COLOURS.accent });
}
