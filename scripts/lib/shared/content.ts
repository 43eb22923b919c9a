/**
 * Reading the content folder as the tools see it: the three data files and
 * every article file, with paths relative to the working directory so that
 * messages name the file an editor opens.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import { articleIdFromPath, articleSlug } from '../../../src/lib/article-id.ts';
import { parseFrontmatter, type ParsedFrontmatter } from './frontmatter.ts';

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
  errors: { line: number; message: string }[];
}

/** Read one of departments.yaml, topics.yaml, columns.yaml, companies.yaml. */
export function readDataFile(contentDir: string, name: DataFile['name']): DataFile {
  const path = join(contentDir, `${name}.yaml`);
  if (!existsSync(path)) return { name, path, exists: false, entries: [], errors: [{ line: 1, message: `找不到 ${name}.yaml` }] };
  const text = readFileSync(path, 'utf8');
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const lineAt = (offset: number | undefined) => (offset === undefined ? 1 : lineCounter.linePos(offset).line);
  const errors = doc.errors.map((e) => ({ line: lineAt(e.pos[0]), message: `YAML 格式错误：${e.message.split('\n')[0]}` }));
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
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : /\.md$/i.test(e.name) ? [join(dir, e.name)] : []));
}

/** Every markdown file under content/articles, as the build's glob finds them. */
export function readArticles(contentDir: string): ArticleFile[] {
  const base = join(contentDir, 'articles');
  return walk(base).map((path) => {
    const relPath = relative(base, path).split(sep).join('/');
    const id = articleIdFromPath(relPath);
    const text = readFileSync(path, 'utf8');
    return { path, relPath, id, slug: articleSlug(id), text, fm: parseFrontmatter(text) };
  });
}

export interface Content {
  dir: string;
  departments: DataFile;
  topics: DataFile;
  columns: DataFile;
  articles: ArticleFile[];
}

/** Read the whole content folder. */
export function readContent(contentDir: string): Content {
  return {
    dir: contentDir,
    departments: readDataFile(contentDir, 'departments'),
    topics: readDataFile(contentDir, 'topics'),
    columns: readDataFile(contentDir, 'columns'),
    articles: readArticles(contentDir),
  };
}
