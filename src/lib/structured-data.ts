/**
 * JSON-LD (schema.org): NewsArticle for article pages, WebSite for the
 * home page, CollectionPage with an ItemList for list pages; built from
 * plain values so it can be unit-tested and serialised safely into a <script>.
 */

import type { Locale } from '../i18n/locales';
import { site } from '../site';
import { absoluteHref } from './urls';

/** The side of public/images/logo.png, in pixels (drawn by `npm run images:site`). */
export const LOGO_PNG_SIZE = 512;

/** The publisher, with its logo as a PNG (the size search engines ask for; the SVG is not accepted). */
export interface PublisherInput {
  name: string;
  /** Absolute URL of the PNG logo. */
  logo: string;
  logoSize: number;
}

/** The site's publisher (主办单位) in a language, with the PNG logo. */
export function sitePublisher(locale: Locale): PublisherInput {
  return { name: site.publisher[locale], logo: absoluteHref(site.url, locale, { to: 'logoPng' }), logoSize: LOGO_PNG_SIZE };
}

function publisherJsonLd(p: PublisherInput): Record<string, unknown> {
  return { '@type': 'Organization', name: p.name, logo: { '@type': 'ImageObject', url: p.logo, width: p.logoSize, height: p.logoSize } };
}

/** The home page: the site, and its search as a SearchAction (`…/search/?q=…`). */
export function websiteJsonLd(input: { url: string; name: string; description: string; inLanguage: string; publisher: PublisherInput; searchUrl: string }): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    '@id': `${input.url}#website`,
    url: input.url,
    name: input.name,
    description: input.description,
    inLanguage: input.inLanguage,
    publisher: publisherJsonLd(input.publisher),
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${input.searchUrl}?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  };
}

/** A list page: what it is, and the items it shows, numbered from the page's first. */
export function collectionPageJsonLd(input: {
  url: string;
  name: string;
  description: string;
  inLanguage: string;
  items: readonly { url: string; name: string }[];
  /** The position of the first item (21 on a list's second page). */
  startIndex?: number | undefined;
  /** What the list is about (a company, park or project). */
  about?: Record<string, unknown> | undefined;
}): Record<string, unknown> {
  const start = input.startIndex ?? 1;
  return {
    '@context': 'https://schema.org',
    '@type': 'CollectionPage',
    '@id': input.url,
    url: input.url,
    name: input.name,
    description: input.description,
    inLanguage: input.inLanguage,
    ...(input.about ? { about: input.about } : {}),
    mainEntity: {
      '@type': 'ItemList',
      numberOfItems: input.items.length,
      itemListElement: input.items.map((item, i) => ({ '@type': 'ListItem', position: start + i, url: item.url, name: item.name })),
    },
  };
}
export interface NewsArticleInput {
  url: string;
  headline: string;
  description: string;
  datePublished: string;
  dateModified: string;
  inLanguage: string;
  authors: readonly string[];
  publisher: PublisherInput;
  image?: string | undefined;
  section?: string | undefined;
  keywords: readonly string[];
  isTranslationOf?: string | undefined;
}

export function newsArticleJsonLd(input: NewsArticleInput): Record<string, unknown> {
  const publisher = publisherJsonLd(input.publisher);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    mainEntityOfPage: { '@type': 'WebPage', '@id': input.url },
    url: input.url,
    headline: input.headline,
    description: input.description,
    datePublished: input.datePublished,
    dateModified: input.dateModified,
    inLanguage: input.inLanguage,
    author:
      input.authors.length > 0
        ? input.authors.map((name) => ({ '@type': 'Person', name }))
        : [{ '@type': 'Organization', name: input.publisher.name }],
    publisher,
    ...(input.image ? { image: [input.image] } : {}),
    ...(input.section ? { articleSection: input.section } : {}),
    ...(input.keywords.length > 0 ? { keywords: input.keywords.join(',') } : {}),
    ...(input.isTranslationOf ? { translationOfWork: { '@id': input.isTranslationOf } } : {}),
  };
}

/** JSON for inside a <script> element: no `</script>` or `<!--` can end it early. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}
