/**
 * The share card of an article (1200×630 PNG), drawn at build time: the
 * site's red band with its seal and name, the column small above the
 * title, the title large (laid out by ./layout.ts: at most three lines,
 * smaller type for long titles, an ellipsis as the last resort), and the
 * date and departments at the bottom. The pieces it is drawn with are in
 * ./draw.ts; the site's logo and default share image in ./site-images.ts.
 * Routes import ./paths.ts for URLs and the on/off switch.
 */
import type { Locale } from '../i18n/locales.ts';
import {
  BAND_HEIGHT,
  box,
  CARD_HEIGHT,
  CARD_WIDTH,
  cardText,
  chain,
  COLOURS,
  COLUMN_GAP,
  COLUMN_SIZE,
  familiesFor,
  FOOTER_HEIGHT,
  FOOTER_SIZE,
  measurer,
  PAD_X,
  SAFETY,
  seal,
  strip,
  STRIP_HEIGHT,
  TITLE_LINE_HEIGHT,
  TITLE_SIZES,
  toPng,
  toSvg,
  type Box,
} from './draw.ts';
import { fitText, truncateToWidth, type Measure } from './layout.ts';

export { CARD_HEIGHT, CARD_WIDTH, cardText };

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

/** The red band at the top: the seal and the site name, and the tagline where there is room. */
function band(input: ShareCardInput): Box {
  const regular = measurer(chain(input.locale, 400));
  const bold = measurer(chain(input.locale, 700));
  const tagline = cardText(input.tagline ?? '');
  const siteNameSize = 44;
  const siteName = cardText(input.siteName);
  const taglineRoom = CARD_WIDTH - 2 * PAD_X - 64 - 20 - bold(siteName) * siteNameSize - 40;
  return box(
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
}

/** The middle: the column (with its red bar) above the title's lines. */
function titleBlock(input: ShareCardInput, footerWidth: number): Box {
  const column = cardText(input.column ?? '');
  const title = layoutTitle(input.title, input.locale, column !== '');
  const regular = measurer(chain(input.locale, 400));
  const titleLines = title.lines.map((line) =>
    box({ fontSize: title.fontSize, lineHeight: TITLE_LINE_HEIGHT, fontWeight: 700, color: COLOURS.text, whiteSpace: 'pre' }, line),
  );
  return box(
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
}

/** The bottom line: the date at the left, the departments at the right. */
function footer(input: ShareCardInput, footerWidth: number): Box {
  const regular = measurer(chain(input.locale, 400));
  const date = cardText(input.date);
  const dateWidth = regular(date) * FOOTER_SIZE;
  const departments = fitDepartments(cardText(input.departments), Math.max(0, footerWidth - dateWidth - 48), regular);
  return box(
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
}

function cardTree(input: ShareCardInput): Box {
  const footerWidth = (CARD_WIDTH - 2 * PAD_X) * SAFETY;
  return box(
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      flexDirection: 'column',
      background: COLOURS.background,
      fontFamily: familiesFor(input.locale).join(', '),
    },
    band(input),
    titleBlock(input, footerWidth),
    footer(input, footerWidth),
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
