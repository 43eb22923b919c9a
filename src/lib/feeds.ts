/**
 * RSS 2.0 feeds (with @astrojs/rss): the whole site and one per
 * department, topic and column, in each language. A feed carries only
 * articles written in its language.
 */
import rss from '@astrojs/rss';
import { localName, t, type Locale } from '../i18n';
import { bylineText } from './byline';
import { lookups, type Article } from './collections';
import { absoluteHref, type Route } from './urls';
import { isoDate, rssDateInChina } from './dates';
import { site } from '../site';

/** How many items a feed carries (newest first). */
export const FEED_SIZE = 50;

export async function feedResponse(options: {
  locale: Locale;
  /** The feed's own title, e.g. the department name; the site name is added. */
  title?: string | undefined;
  description?: string | undefined;
  articles: readonly Article[];
  /** The page the feed follows. */
  page: Route;
  /** The feed itself (for its atom:link rel="self"). */
  feed: Route;
}): Promise<Response> {
  const { locale, articles } = options;
  const s = t(locale);
  const { departments, topics, columns } = await lookups();
  const siteName = site.name[locale];
  const inFeed = articles.filter((a) => a.lang === locale).slice(0, FEED_SIZE);
  const items = inFeed.map((a) => {
    const d = a.entry.data;
    const author = bylineText(d, s, locale);
    const categories = [
      ...(a.column ? [columns.get(a.column)] : []),
      ...a.departments.map((id) => departments.get(id)),
      ...a.topics.map((id) => topics.get(id)),
    ]
      .filter((x) => x !== undefined)
      .map((x) => localName(x.name, locale));
    // A day is the start of that day in China; a date known only to the month has no pubDate (RFC 822
    // cannot say “February 2024” and would say the 1st) and carries the month as dc:date (W3CDTF allows YYYY-MM).
    const date = a.datePrecision === 'month' ? `<dc:date>${isoDate(a.date, 'month')}</dc:date>` : `<pubDate>${rssDateInChina(a.date)}</pubDate>`;
    return {
      title: a.title,
      link: absoluteHref(site.url, a.lang, { to: 'article', slug: a.slug }),
      description: a.summary,
      categories,
      customData: date + (author ? `<dc:creator>${escapeXml(author)}</dc:creator>` : ''),
    };
  });
  // The feed changes when its items do: its newest item's date (or update), not the clock, so that
  // the same content builds the same feed. A month-only date counts as its first day here.
  const newest = inFeed.map((a) => a.entry.data.updated ?? a.date).reduce<Date | undefined>((max, d) => (!max || d > max ? d : max), undefined);
  return rss({
    title: options.title ? `${options.title} - ${siteName}` : siteName,
    description: options.description ?? site.tagline[locale],
    site: absoluteHref(site.url, locale, options.page),
    items,
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/', atom: 'http://www.w3.org/2005/Atom' },
    customData:
      `<language>${locale === 'en' ? 'en' : 'zh-cn'}</language>` +
      (newest ? `<lastBuildDate>${rssDateInChina(newest)}</lastBuildDate>` : '') +
      `<atom:link href="${absoluteHref(site.url, locale, options.feed)}" rel="self" type="application/rss+xml"/>`,
    trailingSlash: true,
  });
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
