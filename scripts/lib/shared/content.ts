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

/** How many times YAML aliases may copy an anchored value (`yaml`'s own default): enough for any real file, not for a “billion laughs”. */
const MAX_ALIASES = 100;
const ALIAS_BOMB = 'YAML 里的别名（*名字）展开后太大了：这是一个“别名炸弹”，网站不读。请删去 & 和 * 开头的锚点与别名，把值直接写出来。';

/**
 * A markdown file's frontmatter, parsed; a frontmatter whose aliases
 * expand without end (a “billion laughs”) is a YAML error, not a crash.
 */
function frontmatterOf(text: string): ParsedFrontmatter {
  try {
    return parseFrontmatter(text);
  } catch (e) {
    if (!(e instanceof ReferenceError)) throw e;
    const fm = parseFrontmatter('');
    const line = text.split('\n').findIndex((l) => /(^|\s)[&*][^\s]/.test(l)) + 1;
    return { ...fm, present: true, yamlStartLine: 2, errors: [{ line: Math.max(line, 2), message: ALIAS_BOMB }] };
  }
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
      // The whole file at once, so that anchors and aliases (`&town` … `*town`) resolve; an alias bomb is refused.
      let all: unknown[] = [];
      try {
        all = doc.toJS({ maxAliasCount: MAX_ALIASES }) as unknown[];
      } catch {
        errors.push({ line: 1, message: ALIAS_BOMB });
      }
      for (const [index, item] of (errors.length === 0 ? doc.contents.items : []).entries()) {
        const line = lineAt((item as { range?: [number, number, number] }).range?.[0]);
        const raw = all[index];
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

/** Hidden files that mean nothing to the site (system and tool files), left alone without a word. */
const HARMLESS_HIDDEN = /^\.(?:DS_Store|gitkeep|gitignore|keep|directory|localized)$/;

/** What is under a folder, as the tools read it. */
interface Walk {
  /** Regular files, sorted, hidden ones aside. */
  files: string[];
  /** Hidden files and folders (`.notice.md`, `.drafts/`) that the build skips, system files aside. */
  hidden: string[];
  /** Symbolic links (never followed: their target may be outside content/). */
  links: string[];
}

function walk(dir: string, into: Walk = { files: [], hidden: [], links: [] }): Walk {
  if (!existsSync(dir)) return into;
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.name.startsWith('.')) {
      if (!HARMLESS_HIDDEN.test(e.name)) into.hidden.push(path);
    } else if (e.isSymbolicLink()) into.links.push(path);
    else if (e.isDirectory()) walk(path, into);
    else if (e.isFile()) into.files.push(path);
  }
  return into;
}

/** Every file under `dir` (hidden files such as .DS_Store and .gitkeep aside), sorted. */
function walkAll(dir: string): string[] {
  return walk(dir).files;
}

/** Hidden entries and symbolic links under content/articles: the build would skip or follow them unseen. */
export function oddArticleEntries(contentDir: string): Pick<Walk, 'hidden' | 'links'> {
  const { hidden, links } = walk(join(contentDir, 'articles'));
  return { hidden, links };
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
      return { path, relPath, id, slug: articleSlug(id), text: decoded.text, fm: frontmatterOf(decoded.text), encoding: decoded.problem };
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
  /** Hidden files and folders, and symbolic links, under articles/ (see oddArticleEntries). */
  odd: { hidden: string[]; links: string[] };
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
    odd: oddArticleEntries(contentDir),
  };
}
