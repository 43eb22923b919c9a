/**
 * Drawing the share card images (1200×630 PNG) for articles, at build time:
 * satori turns a small box tree into SVG with every glyph drawn as a path
 * (fonts from npm, see ./share-card-font.ts), sharp rasterises it.
 *
 * The card: the site's red band with its seal and name, the column small
 * above the title, the title large (laid out by ./share-card-layout.ts:
 * at most three lines, smaller type for long titles, an ellipsis as the
 * last resort), and the date and departments at the bottom.
 *
 * Also here: the site's logo (SVG, text as paths) and the default share
 * image, which `scripts/make-default-share.ts` writes to public/images/.
 * Node runs that script directly, so this file and what it imports use
 * explicit `.ts` extensions and nothing from Astro. Routes import
 * ./share-card.ts instead.
 */
import satori from 'satori';
import sharp from 'sharp';
import type { Locale } from '../i18n/locales.ts';
import { site } from '../site.ts';
import { CJK_FAMILY, LATIN_FAMILY, fontFace, loadFontFaces, type FontMetrics, type FontWeight } from './font.ts';
import { fitText, normaliseSpace, truncateToWidth, type Measure } from './layout.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** What a card shows. Every string is shown as given (formatted by the caller). */
export interface ShareCardInput {
  title: string;
  /** The column (栏目), or what stands for it (the article type); left out when undefined or empty. */
  column?: string | undefined;
  /** The date as readers see it: 2023年5月26日, 2024年2月, 26 May 2023. */
  date: string;
  /** The departments, joined for reading: 区委宣传部、区科协. */
  departments: string;
  siteName: string;
  /** A short line beside the site name in the band; none when undefined. */
  tagline?: string | undefined;
  locale: Locale;
}

const COLOURS = {
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
function familiesFor(locale: Locale): string[] {
  return locale === 'en' ? [LATIN_FAMILY, CJK_FAMILY] : [CJK_FAMILY];
}

function chain(locale: Locale, weight: FontWeight): FontMetrics[] {
  return familiesFor(locale).map((family) => fontFace(family, weight).metrics);
}

/** A string's width in em as the card draws it: each character from the first font of the chain that has it. */
function measurer(fonts: FontMetrics[]): Measure {
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

/**
 * The characters of a card's text that none of its fonts has (they would
 * be drawn as empty boxes), each once. Rare ideographs outside the fonts
 * (e.g. in CJK Extension B) land here; the caller then uses the default image.
 */
export function uncoveredCharacters(input: ShareCardInput): string[] {
  const chains = [chain(input.locale, 400), chain(input.locale, 700)];
  const text = [input.title, input.column ?? '', input.date, input.departments, input.siteName, input.tagline ?? '']
    .map(cardText)
    .join('');
  const missing = new Set<string>();
  for (const char of text) {
    if (/\s/u.test(char)) continue;
    const cp = char.codePointAt(0)!;
    if (chains.some((fonts) => fonts.every((f) => f.glyphId(cp) === 0))) missing.add(char);
  }
  return [...missing];
}

// ---------------------------------------------------------------------------
// The box tree satori draws

type Style = Record<string, string | number>;
interface Box {
  type: string;
  props: { style?: Style; children?: Child | Child[] } & Record<string, unknown>;
}
type Child = Box | string;

function box(style: Style, ...children: Child[]): Box {
  return { type: 'div', props: { style: { display: 'flex', ...style }, children } };
}

async function toSvg(tree: Box, width: number, height: number, locale: Locale): Promise<string> {
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

async function toPng(svg: string): Promise<Buffer> {
  // Plain 8-bit RGB(A) at zlib level 6: about 20 ms and 50 KB a card (a palette would halve the size and cost 60 ms more).
  return sharp(Buffer.from(svg)).png({ compressionLevel: 6 }).toBuffer();
}

/** The seal: the four characters of the site name, two by two, in a square of `size` px. */
function seal(size: number, colours: { ink: string; paper: string }, border: boolean): Box {
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

const PAD_X = 72;
const BAND_HEIGHT = 112;
const FOOTER_HEIGHT = 88;
const STRIP_HEIGHT = 8;
const COLUMN_SIZE = 28;
const COLUMN_GAP = 20;
const FOOTER_SIZE = 26;
const TITLE_SIZES = [72, 66, 60, 54, 48, 44] as const;
const TITLE_LINE_HEIGHT = 1.3;
/** Kept free at the right of every line: our widths ignore kerning and rounding. */
const SAFETY = 0.97;

/** The thin red strip along the bottom edge. */
function strip(height = STRIP_HEIGHT): Box {
  return box({ height, flexShrink: 0, background: COLOURS.accent });
}

// ---------------------------------------------------------------------------
// The article card

/** The departments at the bottom right: one line, smaller if need be, then two lines, then cut. */
function fitDepartments(text: string, width: number, measure: Measure): { fontSize: number; lines: string[] } {
  const box = { width, height: FOOTER_HEIGHT - 20, lineHeight: 1.25 };
  const oneLine = fitText(text, measure, { ...box, sizes: [FOOTER_SIZE, 23, 21], maxLines: 1 });
  if (!oneLine.truncated) return oneLine;
  return fitText(text, measure, { ...box, sizes: [21, 19], maxLines: 2 });
}

/** The title's lines and size, as the card lays them out (exported for tests). */
export function layoutTitle(title: string, locale: Locale, hasColumn: boolean): ReturnType<typeof fitText> {
  const columnSpace = hasColumn ? COLUMN_SIZE * 1.2 + COLUMN_GAP : 0;
  return fitText(cardText(title), measurer(chain(locale, 700)), {
    width: (CARD_WIDTH - 2 * PAD_X) * SAFETY,
    height: CARD_HEIGHT - BAND_HEIGHT - FOOTER_HEIGHT - STRIP_HEIGHT - columnSpace - 40,
    sizes: TITLE_SIZES,
    lineHeight: TITLE_LINE_HEIGHT,
    maxLines: 3,
  });
}

function cardTree(input: ShareCardInput): Box {
  const { locale } = input;
  const column = cardText(input.column ?? '');
  const title = layoutTitle(input.title, locale, column !== '');
  const regular = measurer(chain(locale, 400));
  const date = cardText(input.date);
  const footerWidth = (CARD_WIDTH - 2 * PAD_X) * SAFETY;
  const dateWidth = regular(date) * FOOTER_SIZE;
  const departments = fitDepartments(cardText(input.departments), Math.max(0, footerWidth - dateWidth - 48), regular);
  const tagline = cardText(input.tagline ?? '');
  const siteNameSize = 44;
  const siteName = cardText(input.siteName);
  const bold = measurer(chain(locale, 700));
  const taglineRoom = CARD_WIDTH - 2 * PAD_X - 64 - 20 - bold(siteName) * siteNameSize - 40;

  const band = box(
    { height: BAND_HEIGHT, flexShrink: 0, background: COLOURS.accent, alignItems: 'center', justifyContent: 'space-between', padding: `0 ${PAD_X}px` },
    box(
      { alignItems: 'center' },
      seal(64, { ink: COLOURS.accent, paper: COLOURS.white }, false),
      box({ marginLeft: 20, fontSize: siteNameSize, fontWeight: 700, color: COLOURS.white, whiteSpace: 'pre' }, siteName),
    ),
    ...(tagline && taglineRoom > 0
      ? [box({ fontSize: 24, color: COLOURS.white, opacity: 0.88, whiteSpace: 'pre' }, truncateToWidth(tagline, (taglineRoom * SAFETY) / 24, regular))]
      : []),
  );

  const titleLines = title.lines.map((line) =>
    box({ fontSize: title.fontSize, lineHeight: TITLE_LINE_HEIGHT, fontWeight: 700, color: COLOURS.text, whiteSpace: 'pre' }, line),
  );
  const main = box(
    { flexGrow: 1, flexDirection: 'column', justifyContent: 'center', padding: `0 ${PAD_X}px` },
    ...(column
      ? [
          box(
            { alignItems: 'center', marginBottom: COLUMN_GAP, fontSize: COLUMN_SIZE, lineHeight: 1.2, color: COLOURS.accent, whiteSpace: 'pre' },
            box({ width: 6, height: COLUMN_SIZE, background: COLOURS.accent, marginRight: 14 }),
            truncateToWidth(column, (footerWidth - 20) / COLUMN_SIZE, regular),
          ),
        ]
      : []),
    box({ flexDirection: 'column' }, ...titleLines),
  );

  const footer = box(
    {
      height: FOOTER_HEIGHT,
      flexShrink: 0,
      margin: `0 ${PAD_X}px`,
      borderTop: `2px solid ${COLOURS.rule}`,
      alignItems: 'center',
      justifyContent: 'space-between',
      fontSize: FOOTER_SIZE,
      color: COLOURS.muted,
    },
    box({ whiteSpace: 'pre' }, date),
    box(
      { flexDirection: 'column', alignItems: 'flex-end', fontSize: departments.fontSize, lineHeight: 1.25 },
      ...departments.lines.map((line) => box({ whiteSpace: 'pre' }, line)),
    ),
  );

  return box(
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      flexDirection: 'column',
      background: COLOURS.background,
      fontFamily: familiesFor(locale).join(', '),
    },
    band,
    main,
    footer,
    strip(),
  );
}

/** The card as SVG (text as paths). Throws when a character is in none of the fonts. */
export async function renderShareCardSvg(input: ShareCardInput): Promise<string> {
  const missing = uncoveredCharacters(input);
  if (missing.length > 0) {
    throw new Error(`Share card: no glyph for ${missing.map((c) => `${c} (U+${c.codePointAt(0)!.toString(16).toUpperCase()})`).join(', ')}`);
  }
  return toSvg(cardTree(input), CARD_WIDTH, CARD_HEIGHT, input.locale);
}

/**
 * The card as a 1200×630 PNG. Throws when a character is in none of the
 * fonts (check with `uncoveredCharacters` first and use the default image).
 */
export async function renderShareCard(input: ShareCardInput): Promise<Buffer> {
  return toPng(await renderShareCardSvg(input));
}

// ---------------------------------------------------------------------------
// Site images: logo and default share image

/** The logo: a red seal with 市中 over 新闻 in white, text as paths, `size` px square. */
export async function renderLogoSvg(size = 512): Promise<string> {
  return toSvg(seal(size, { ink: COLOURS.white, paper: COLOURS.accent }, true), size, size, 'zh-CN');
}

export interface DefaultShareInput {
  siteName: string;
  tagline: string;
  /** A line in the other language under the tagline, e.g. `Shizhong News · News from Shizhong District, Zaozhuang`. */
  secondLine?: string | undefined;
  /** The publishing body, at the bottom (主办：…). */
  publisher?: string | undefined;
}

/** What the site's default share image shows, from src/site.ts. */
export const SITE_DEFAULT_SHARE: DefaultShareInput = {
  siteName: site.name['zh-CN'],
  tagline: site.tagline['zh-CN'],
  secondLine: `${site.name.en} · ${site.tagline.en}`,
  publisher: `主办：${site.publisher['zh-CN']}`,
};

/** The default share image (1200×630 PNG): seal, site name, tagline, publisher. */
export async function renderDefaultShareImage(input: DefaultShareInput = SITE_DEFAULT_SHARE): Promise<Buffer> {
  const regular = measurer(chain('en', 400));
  const textWidth = CARD_WIDTH - 2 * PAD_X - 200 - 48;
  const tree = box(
    { width: CARD_WIDTH, height: CARD_HEIGHT, flexDirection: 'column', background: COLOURS.background, fontFamily: familiesFor('en').join(', ') },
    strip(16),
    box(
      { flexGrow: 1, alignItems: 'center', justifyContent: 'center', padding: `0 ${PAD_X}px` },
      seal(200, { ink: COLOURS.white, paper: COLOURS.accent }, true),
      box(
        { flexDirection: 'column', marginLeft: 48 },
        box({ fontSize: 120, lineHeight: 1.15, fontWeight: 700, color: COLOURS.text, letterSpacing: 8, fontFamily: CJK_FAMILY, whiteSpace: 'pre' }, cardText(input.siteName)),
        box({ fontSize: 44, lineHeight: 1.4, color: COLOURS.accent, marginTop: 8, letterSpacing: 4, fontFamily: CJK_FAMILY, whiteSpace: 'pre' }, cardText(input.tagline)),
        ...(input.secondLine
          ? [box({ fontSize: 26, lineHeight: 1.4, color: COLOURS.muted, marginTop: 12, whiteSpace: 'pre' }, truncateToWidth(cardText(input.secondLine), (textWidth * SAFETY) / 26, regular))]
          : []),
      ),
    ),
    box(
      {
        height: FOOTER_HEIGHT,
        flexShrink: 0,
        margin: `0 ${PAD_X}px`,
        borderTop: `2px solid ${COLOURS.rule}`,
        alignItems: 'center',
        justifyContent: 'center',
        fontSize: FOOTER_SIZE,
        color: COLOURS.muted,
        fontFamily: CJK_FAMILY,
        whiteSpace: 'pre',
      },
      truncateToWidth(cardText(input.publisher ?? ''), ((CARD_WIDTH - 2 * PAD_X) * SAFETY) / FOOTER_SIZE, measurer(chain('zh-CN', 400))),
    ),
    strip(16),
  );
  return toPng(await toSvg(tree, CARD_WIDTH, CARD_HEIGHT, 'en'));
}
