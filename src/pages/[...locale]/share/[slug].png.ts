/**
 * The share card of every article page, in its language: /share/<slug>.png
 * and /en/share/<slug>.png (1200×630 PNG, made at build time).
 * `SHIZHONG_SHARE_CARDS=0` makes none (articles then share the default image).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { joinNames, LOCALES, localName, localeParam, t } from '@/i18n';
import { articlePagesForLocale, lookups } from '@/lib/collections';
import { formatDate } from '@/lib/dates';
import { cardCache, type CardCache } from '@/share-card/cache';
import { shareCardsEnabled } from '@/share-card/paths';
import { renderShareCard, uncoveredCharacters, type ShareCardInput } from '@/share-card/render';
import { renderDefaultShareImage } from '@/share-card/site-images';
import { site } from '@/site';

export const getStaticPaths = (async () => {
  if (!shareCardsEnabled()) return [];
  const { departments, columns } = await lookups();
  const paths = [];
  for (const locale of LOCALES) {
    for (const article of await articlePagesForLocale(locale)) {
      const column = article.column ? columns.get(article.column) : undefined;
      const names = article.departments.flatMap((id) => {
        const department = departments.get(id);
        return department ? [localName(department.name, locale)] : [];
      });
      const card: ShareCardInput = {
        title: article.title,
        column: column ? localName(column.name, locale) : t(locale).articleTypes[article.type],
        date: formatDate(article.date, locale, article.datePrecision),
        departments: joinNames(names, locale),
        siteName: site.name[locale],
        tagline: site.tagline[locale],
        locale,
      };
      paths.push({ params: { locale: localeParam(locale), slug: article.slug }, props: { card, file: article.entry.filePath ?? article.id } });
    }
  }
  return paths;
}) satisfies GetStaticPaths;

let fallback: Promise<Buffer> | undefined;
/** Cards of unchanged articles come from the cache of the last build (../../../share-card/cache.ts). */
let cache: CardCache | undefined;

export const GET: APIRoute = async ({ props }) => {
  const { card, file } = props as { card: ShareCardInput; file: string };
  const missing = uncoveredCharacters(card);
  let png: Buffer;
  if (missing.length > 0) {
    // A character no card font has (e.g. a rare ideograph): the default image, never empty boxes.
    console.warn(`[share-card] ${file}: no glyph for ${missing.join(' ')}; this article's card is the default share image`);
    fallback ??= renderDefaultShareImage();
    png = await fallback;
  } else {
    cache ??= cardCache();
    png = await cache.get(card, renderShareCard);
  }
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
