/**
 * The site's own images, drawn like the cards (./draw.ts): the logo (SVG,
 * text as paths) and the default share image, which
 * `scripts/make-default-share.ts` writes to public/images/.
 */
import { site } from '../site.ts';
import { CJK_FAMILY } from './font.ts';
import { box, CARD_HEIGHT, CARD_WIDTH, cardText, chain, COLOURS, familiesFor, FOOTER_HEIGHT, FOOTER_SIZE, measurer, PAD_X, SAFETY, seal, strip, toPng, toSvg } from './draw.ts';
import { truncateToWidth } from './layout.ts';

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
