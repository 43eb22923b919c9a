/**
 * The shapes `npm run new` works with, shared by a new article
 * (./article.ts) and a translation (./translation.ts): what the editor
 * gave, the file to write, and the body placeholders.
 */
import type { ArticleFrontmatter } from '../../../src/lib/content-files/write-article.ts';

/** What the editor gave, as typed (flags or answers). */
export interface NewArticleInput {
  title?: string | undefined;
  column?: string | undefined;
  type?: string | undefined;
  date?: string | undefined;
  departments?: string | undefined;
  topics?: string | undefined;
  slug?: string | undefined;
  kicker?: string | undefined;
  subtitle?: string | undefined;
  reporters?: string | undefined;
  correspondents?: string | undefined;
  speaker?: string | undefined;
  speakerRole?: string | undefined;
  speakerDepartment?: string | undefined;
  source?: string | undefined;
  draft?: boolean | undefined;
  /** Make an English translation of this article (its slug). */
  translate?: string | undefined;
}

export interface NewArticlePlan {
  slug: string;
  /** Absolute path of the file to write. */
  path: string;
  text: string;
  frontmatter: ArticleFrontmatter;
}

export const BODY_PLACEHOLDER_ZH = '<!-- 在这一行下面写正文：每段一行，段与段之间空一行。写好后删去这一行。 -->';
export const BODY_PLACEHOLDER_EN = '<!-- Write the English translation below: one paragraph a line, a blank line between paragraphs. Delete this line when done. 在下面写英文译文，写好后删去这一行。 -->';
