/**
 * JSON-LD for article pages (schema.org NewsArticle), built from plain
 * values so it can be unit-tested and serialised safely into a <script>.
 */
export interface NewsArticleInput {
  url: string;
  headline: string;
  description: string;
  datePublished: string;
  dateModified: string;
  inLanguage: string;
  authors: readonly string[];
  publisherName: string;
  publisherLogo: string;
  image?: string | undefined;
  section?: string | undefined;
  keywords: readonly string[];
  isTranslationOf?: string | undefined;
}

export function newsArticleJsonLd(input: NewsArticleInput): Record<string, unknown> {
  const publisher = {
    '@type': 'Organization',
    name: input.publisherName,
    logo: { '@type': 'ImageObject', url: input.publisherLogo },
  };
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
        : [{ '@type': 'Organization', name: input.publisherName }],
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
