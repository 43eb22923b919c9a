/**
 * The content files' format, shared by the web editor in the browser
 * (src/admin/) and the Node tools (scripts/: new, import, lint:content):
 *
 * - frontmatter.ts   an article file split into frontmatter and body, the YAML
 *                    parsed with every field traced to its line
 * - write-article.ts an article file written in the house style
 * - slug.ts          article file names from pinyin
 * - yaml-errors.ts   where a YAML syntax error really is
 *
 * Nothing here may use Node's modules (fs, path, process): it runs in the
 * browser too. The editor imports this index; the tools import the one file
 * they need (slug.ts loads the pinyin dictionary, which lint:content does not).
 */
export { parseFrontmatter, lineOf, yamlErrorMessage, type ParsedFrontmatter, type FieldPath } from './frontmatter.ts';
export { articleText, frontmatterText, quote, type ArticleFrontmatter } from './write-article.ts';
export { isSlug, nameSlug, suggestSlug, toSlug, uniqueSlug } from './slug.ts';
