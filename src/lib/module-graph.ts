/**
 * The project's own import graph (Node only), read with TypeScript's
 * pre-processor (`ts.preProcessFile`: every `import`, `export … from`,
 * `import type` and dynamic `import()` with a literal specifier) over .ts,
 * .mjs and the script parts of .astro files. Relative specifiers and the
 * `@/` alias for src/ (tsconfig.json) are followed; packages are not ours
 * to order. Used by the test of import
 * directions and by cache keys that must change with the code they depend
 * on (`moduleClosure()`).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

export interface ImportEdge {
  /** The imported file, relative to the repository, with forward slashes. */
  target: string;
  /** The 1-based line of the import in the importing file. */
  line: number;
}

/** Importing file (relative to the repository) → the project files it imports. */
export type ImportGraph = Map<string, ImportEdge[]>;

const SOURCE = /\.(ts|mts|mjs|js|astro)$/;
const EXTENSIONS = ['', '.ts', '.mts', '.mjs', '.js', '.astro', '/index.ts', '/index.mjs', '/index.js'];

const repoPath = (root: string, absolute: string) => relative(root, absolute).split(sep).join('/');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** The script text of a file, with everything else blanked so line numbers stay true. */
function scriptText(file: string): string {
  const text = readFileSync(file, 'utf8');
  if (!file.endsWith('.astro')) return text;
  const keep = new Array<boolean>(text.length).fill(false);
  const mark = (start: number, end: number) => keep.fill(true, start, end);
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (front) mark(front.index + 3, front.index + front[0].length - 3);
  for (const script of text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) {
    const start = script.index + script[0].indexOf('>') + 1;
    mark(start, start + script[1]!.length);
  }
  return [...text].map((ch, i) => (keep[i] || ch === '\n' ? ch : ' ')).join('');
}

function resolveSpecifier(root: string, from: string, specifier: string): string | undefined {
  const path = specifier.split('?')[0]!;
  let base: string;
  if (path.startsWith('.')) base = resolve(dirname(from), path);
  else if (path.startsWith('@/')) base = resolve(root, 'src', path.slice(2));
  else return undefined;
  for (const ext of EXTENSIONS) {
    const candidate = base + ext;
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

/** The project files one source file imports, with the line of each import. */
function importsOf(root: string, file: string): ImportEdge[] {
  const text = scriptText(file);
  const lineOf = (pos: number) => text.slice(0, pos).split('\n').length;
  const edges: ImportEdge[] = [];
  for (const imported of ts.preProcessFile(text, true, true).importedFiles) {
    const target = resolveSpecifier(root, file, imported.fileName);
    if (target) edges.push({ target: repoPath(root, target), line: lineOf(imported.pos) });
  }
  return edges;
}

/** The graph of every source file under the given folders of `root` (paths relative to `root`). */
export function importGraph(root: string, dirs: string[]): ImportGraph {
  const graph: ImportGraph = new Map();
  for (const file of dirs.flatMap((dir) => sourceFiles(join(root, dir)))) graph.set(repoPath(root, file), importsOf(root, file));
  return graph;
}

/** The entry files and every project file they import, directly or not (paths relative to `root`, sorted). */
export function moduleClosure(root: string, entries: string[]): string[] {
  const seen = new Set<string>();
  const queue = entries.map((entry) => repoPath(root, resolve(root, entry)));
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const edge of importsOf(root, join(root, file))) queue.push(edge.target);
  }
  return [...seen].sort();
}

/** Which top folder may not import which: src/ is imported by the tools, never the other way. */
const FORBIDDEN: Record<string, string[]> = { src: ['scripts', 'tests'], scripts: ['tests'] };

/** Every import that runs the wrong way, as `file:line imports target (rule)`. */
export function forbiddenImports(graph: ImportGraph): string[] {
  const found: string[] = [];
  for (const [file, edges] of graph) {
    const from = file.split('/')[0]!;
    for (const edge of edges) {
      const to = edge.target.split('/')[0]!;
      if (FORBIDDEN[from]?.includes(to)) found.push(`${file}:${edge.line} imports ${edge.target} (${from}/ may not import ${to}/)`);
    }
  }
  return found;
}

/** Each cycle once, as the files on it from its smallest name back to that name (Tarjan's strongly connected components). */
export function importCycles(graph: ImportGraph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  let next = 0;
  const visit = (node: string) => {
    index.set(node, next);
    low.set(node, next);
    next++;
    stack.push(node);
    onStack.add(node);
    for (const { target } of graph.get(node) ?? []) {
      if (!graph.has(target)) continue;
      if (!index.has(target)) {
        visit(target);
        low.set(node, Math.min(low.get(node)!, low.get(target)!));
      } else if (onStack.has(target)) {
        low.set(node, Math.min(low.get(node)!, index.get(target)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      const selfLoop = graph.get(node)?.some((edge) => edge.target === node);
      if (component.length > 1 || selfLoop) components.push(component);
    }
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return components.map((component) => cyclePath(graph, new Set(component))).sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}

/** One concrete cycle through a strongly connected set, starting at its smallest file name. */
function cyclePath(graph: ImportGraph, members: Set<string>): string[] {
  const start = [...members].sort()[0]!;
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift()!;
    for (const { target } of graph.get(node) ?? []) {
      if (!members.has(target)) continue;
      if (target === start) {
        const path = [node];
        while (path[0] !== start) path.unshift(previous.get(path[0]!)!);
        return [...path, start];
      }
      if (!previous.has(target)) {
        previous.set(target, node);
        queue.push(target);
      }
    }
  }
  return [start, start];
}
