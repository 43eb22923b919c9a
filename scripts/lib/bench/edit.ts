/**
 * The edit of a warm rebuild: one article's body changed, as an editor
 * would change it, with a term found nowhere else in the corpus so that
 * the benchmark can check that the rebuilt search index finds it.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Made of characters that do occur in news copy, in an order that does not. */
export const EDIT_TERM = '榴园测编样稿';

export interface Edit {
  /** The edited file. */
  file: string;
  /** Search for this: exactly one article contains it. */
  term: string;
}

/** Append a sentence with EDIT_TERM to the newest year's first Chinese article. */
export function editOneArticle(corpusDir: string): Edit {
  const articles = join(corpusDir, 'articles');
  const year = readdirSync(articles).sort().at(-1);
  if (!year) throw new Error(`${articles}: no articles to edit`);
  const name = readdirSync(join(articles, year)).filter((f) => f.endsWith('.md') && !f.endsWith('.en.md')).sort()[0];
  if (!name) throw new Error(`${join(articles, year)}: no Chinese article to edit`);
  const file = join(articles, year, name);
  const text = readFileSync(file, 'utf8');
  if (text.includes(EDIT_TERM)) throw new Error(`${file} already holds the edit term`);
  writeFileSync(file, `${text}\n本文经编辑修改，补记${EDIT_TERM}一则。\n`);
  return { file, term: EDIT_TERM };
}
