/**
 * Share card images per article: what routes and meta tags use.
 *
 * - URL: `/share/<slug>.png` for Chinese articles, `/en/share/<slug>.png`
 *   for English ones (`href(locale, { to: 'shareCard', slug })`), made by
 *   `src/pages/[...locale]/share/[slug].png.ts` at build time.
 * - `shareImagePath(locale, slug)` is what an article page's og:image
 *   should point at: the card, or the default image when cards are off.
 * - `SHIZHONG_SHARE_CARDS=0` turns the cards off (no files, default image).
 *
 * The drawing itself is in ./render.ts.
 */
import type { Locale } from '../i18n/locales';
import { shareCardsEnabled } from '../lib/env';
import { href } from '../lib/urls';

export { shareCardsEnabled };


/**
 * The site-relative URL of an article's share image: its card
 * (`/share/<slug>.png`, `/en/share/<slug>.png`), or the default image
 * (`/images/share-default.png`) when cards are switched off.
 */
export function shareImagePath(locale: Locale, slug: string, env: Record<string, string | undefined> = process.env): string {
  return shareCardsEnabled(env) ? href(locale, { to: 'shareCard', slug }) : href(locale, { to: 'defaultShareImage' });
}
