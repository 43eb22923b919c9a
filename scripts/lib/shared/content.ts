/**
 * Reading the content folder as the tools see it: the three data files and
 * every article file, with paths relative to the working directory so that
 * messages name the file an editor opens.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import { articleIdFromPath, articleSlug } from '../../../src/lib/article-id.ts';
import { decodeContentFile, type EncodingProblem } from './encoding.ts';
import { parseFrontmatter, yamlErrorMessage, type ParsedFrontmatter } from '../../../src/lib/content-files/frontmatter.ts';
import { yamlErrorLine } from '../../../src/lib/content-files/yaml-errors.ts';
import type { RuleId } from '../lint/rules.ts';

/** The content folder: SHIZHONG_CONTENT_DIR, or ./content (as the build uses it). */
export function contentDirFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.SHIZHONG_CONTENT_DIR ?? 'content');
}

/** A path as shown to editors: relative to the working directory, with forward slashes. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return (rel.startsWith('..') ? path : rel).split(sep).join('/');
}

export interface DataEntry {
  id: string;
  kind?: string | undefined;
  name: { zh: string; en: string };
  aliases: string[];
  description?: { zh?: string | undefined; en?: string | undefined } | undefined;
  order?: number | undefined;
  /** The raw parsed object, for schema checks. */
  raw: Record<string, unknown>;
  /** 1-based line of the entry (its `- id:` line). */
  line: number;
  /** 1-based line of each top-level key of the entry, and of `name.zh`/`name.en`. */
  lines: Record<string, number>;
}

export interface DataFile {
  name: 'departments' | 'topics' | 'columns' | 'companies';
  path: string;
  exists: boolean;
  entries: DataEntry[];
  errors: { line: number; message: string; rule?: RuleId }[];
}

/** Read one of departments.yaml, topics.yaml, columns.yaml, companies.yaml. */
export function readDataFile(contentDir: string, name: DataFile['name']): DataFile {
  const path = join(contentDir, `${name}.yaml`);
  if (!existsSync(path)) return { name, path, exists: false, entries: [], errors: [{ line: 1, message: `找不到 ${name}.yaml` }] };
  const decoded = decodeContentFile(readFileSync(path));
  if (decoded.problem) return { name, path, exists: true, entries: [], errors: [{ line: decoded.problem.line, message: decoded.problem.message, rule: 'encoding' }] };
  const text = decoded.text;
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const lineAt = (offset: number | undefined) => (offset === undefined ? 1 : lineCounter.linePos(offset).line);
  const errors = doc.errors.map((e) => ({ line: yamlErrorLine(text, lineAt(e.pos[0]), e.message), message: yamlErrorMessage(e.code, e.message) }));
  const entries: DataEntry[] = [];
  if (errors.length === 0) {
    if (!isSeq(doc.contents)) {
      errors.push({ line: 1, message: `${name}.yaml 必须是一个列表，每一项以“- id: …”开头` });
    } else {
      for (const item of doc.contents.items) {
        const line = lineAt((item as { range?: [number, number, number] }).range?.[0]);
        const raw = (item && typeof (item as { toJSON?: unknown }).toJSON === 'function' ? (item as { toJSON(): unknown }).toJSON() : item) as unknown;
        if (!isMap(item) || raw === null || typeof raw !== 'object') {
          errors.push({ line, message: '每一项都要写成“- id: …”加上 name 等字段' });
          continue;
        }
        const lines: Record<string, number> = {};
        for (const pair of item.items) {
          const key = String((pair.key as { value?: unknown }).value);
          lines[key] = lineAt((pair.key as { range?: [number, number, number] }).range?.[0]);
          if (isMap(pair.value)) {
            for (const sub of pair.value.items) {
              lines[`${key}.${String((sub.key as { value?: unknown }).value)}`] = lineAt((sub.key as { range?: [number, number, number] }).range?.[0]);
            }
          }
        }
        const r = raw as Record<string, unknown>;
        const nameObj = (r.name ?? {}) as Record<string, unknown>;
        entries.push({
          id: String(r.id ?? ''),
          kind: typeof r.kind === 'string' ? r.kind : undefined,
          name: { zh: String(nameObj.zh ?? ''), en: String(nameObj.en ?? '') },
          aliases: Array.isArray(r.aliases) ? r.aliases.map(String) : [],
          description: (r.description ?? undefined) as DataEntry['description'],
          order: typeof r.order === 'number' ? r.order : undefined,
          raw: r,
          line,
          lines,
        });
      }
    }
  }
  return { name, path, exists: true, entries, errors };
}

export interface ArticleFile {
  /** Absolute path. */
  path: string;
  /** Path relative to the articles folder, e.g. 2024/study-trip-liu-hao.md */
  relPath: string;
  /** The article id (file name without .md), e.g. study-trip-liu-hao or study-trip-liu-hao.en */
  id: string;
  /** The URL slug (id without .en). */
  slug: string;
  text: string;
  fm: ParsedFrontmatter;
  /** Where the file is not UTF-8 (its text is then not to be trusted). */
  encoding?: EncodingProblem | undefined;
}

/** Every file under `dir` (hidden files such as .DS_Store and .gitkeep aside), sorted. */
function walkAll(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => !e.name.startsWith('.'))
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => (e.isDirectory() ? walkAll(join(dir, e.name)) : [join(dir, e.name)]));
}

/** An article file, exactly as the build's glob (`**\/*.md`) finds it: `.MD` or `.md.txt` is not one. */
const ARTICLE_FILE = /\.md$/;

/** Every markdown file under content/articles, as the build's glob finds them. */
export function readArticles(contentDir: string): ArticleFile[] {
  const base = join(contentDir, 'articles');
  return walkAll(base)
    .filter((path) => ARTICLE_FILE.test(path))
    .map((path) => {
      const relPath = relative(base, path).split(sep).join('/');
      const id = articleIdFromPath(relPath);
      const decoded = decodeContentFile(readFileSync(path));
      return { path, relPath, id, slug: articleSlug(id), text: decoded.text, fm: parseFrontmatter(decoded.text), encoding: decoded.problem };
    });
}

/** Files under content/articles that the build would not read (`x.markdown`, `x.MD`, `x.md.txt`, a photo). */
export function strayArticleFiles(contentDir: string): string[] {
  return walkAll(join(contentDir, 'articles')).filter((path) => !ARTICLE_FILE.test(path));
}

export interface Content {
  dir: string;
  departments: DataFile;
  topics: DataFile;
  columns: DataFile;
  articles: ArticleFile[];
  /** Files under articles/ that are not `.md` files (see strayArticleFiles). */
  strays: string[];
}

/** Read the whole content folder. */
export function readContent(contentDir: string): Content {
  return {
    dir: contentDir,
    departments: readDataFile(contentDir, 'departments'),
    topics: readDataFile(contentDir, 'topics'),
    columns: readDataFile(contentDir, 'columns'),
    articles: readArticles(contentDir),
    strays: strayArticleFiles(contentDir),
  };
}
