/** The kinds of article the portal publishes, in the order they are listed. */
export const ARTICLE_TYPES = ['interview', 'report', 'reflection', 'letter', 'news'] as const;
export type ArticleType = (typeof ARTICLE_TYPES)[number];
