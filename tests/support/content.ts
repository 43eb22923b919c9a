/**
 * The content as an editor wrote it, read straight from the files (not
 * through Astro), so build tests compare the built pages with the source.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { CONTENT, ROOT } from './fixtures';

export { CONTENT };

export interface SourceArticle {
  file: string;
  id: string;
  slug: string;
  data: Record<string, any>;
  body: string;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.md') ? [join(dir, e.name)] : [],
  );
}

export function sourceArticles(): SourceArticle[] {
  return walk(join(CONTENT, 'articles')).map((file) => {
    const text = readFileSync(file, 'utf8');
    const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
    if (!match) throw new Error(`No frontmatter in ${file}`);
    const id = file.split('/').pop()!.replace(/\.md$/, '');
    return { file: relative(ROOT, file), id, slug: id.replace(/\.en$/, ''), data: parse(match[1]!), body: match[2]! };
  });
}

export function sourceData(name: 'departments' | 'topics' | 'columns' | 'companies'): { id: string; name: { zh: string; en: string }; kind?: string }[] {
  return parse(readFileSync(join(CONTENT, `${name}.yaml`), 'utf8'));
}
