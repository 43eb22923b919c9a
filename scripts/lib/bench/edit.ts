/**
 * The edit of a warm rebuild: one article's body changed, as an editor
 * would change it, with a term found nowhere else in the corpus so that
 * the benchmark can check that the rebuilt search index finds it.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
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

/** Made of characters that do occur in news copy, in an order that does not: the new article's own term. */
export const NEW_TERM = '榴园新稿测编';

/**
 * Publish one new article, dated `today` (the newest of all): its sentences
 * taken one each from different articles, so that the content check finds
 * no duplicate, plus a sentence with NEW_TERM.
 */
export function addNewArticle(corpusDir: string, today: string): Edit & { slug: string; title: string } {
  const articles = join(corpusDir, 'articles');
  const sources = readdirSync(articles)
    .sort()
    .flatMap((year) => readdirSync(join(articles, year)).filter((f) => f.endsWith('.md') && !f.endsWith('.en.md')).map((f) => join(articles, year, f)))
    .slice(0, 40);
  const sentences = sources.flatMap((file, i) => {
    const body = readFileSync(file, 'utf8').split(/^---$/m).slice(2).join('---');
    const all = body.split(/(?<=。)/u).map((s) => s.trim()).filter((s) => s.length > 10 && !s.includes('\n'));
    return all.length > 0 ? [all[i % all.length]!] : [];
  });
  const paragraphs = Array.from({ length: 4 }, (_, p) => sentences.slice(p * 8, p * 8 + 8).join(''));
  const slug = 'bench-new-article';
  const title = `新发布的文章${NEW_TERM}`;
  const year = today.slice(0, 4);
  const file = join(articles, year, `${slug}.md`);
  mkdirSync(join(articles, year), { recursive: true });
  writeFileSync(
    file,
    `---\ntitle: "${title}"\ntype: news\ndate: ${today}\nreporters:\n  - "本报记者"\ndepartments:\n  - yongan-town\ntopics:\n  - business-environment\n---\n${paragraphs.join('\n\n')}\n\n本文首次发布，记${NEW_TERM}一则。\n`,
  );
  return { file, term: NEW_TERM, slug, title };
}
