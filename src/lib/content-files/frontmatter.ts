/**
 * A markdown file split into its frontmatter and body, with the YAML parsed
 * so that every field can be traced back to its line in the file.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { yamlErrorLine } from './yaml-errors.ts';

export interface ParsedFrontmatter {
  /** Whether the file starts with a `---` … `---` block at all. */
  present: boolean;
  /** The YAML text between the fences. */
  yamlText: string;
  /** 1-based line of the first YAML line in the file (the line after the opening `---`). */
  yamlStartLine: number;
  /** 1-based line of the first body line (the line after the closing `---`). */
  bodyStartLine: number;
  /** The body, everything after the closing fence. */
  body: string;
  /** The parsed data (undefined when the YAML is broken or not a mapping). */
  data: Record<string, unknown> | undefined;
  /** YAML syntax errors with their line in the file. */
  errors: { line: number; message: string }[];
  /** The parsed document, for locating fields. */
  doc: Document | undefined;
  lineCounter: LineCounter;
}

const OPEN = /^\uFEFF?---[ \t]*\r?\n/;

/** Split and parse a markdown file's frontmatter. */
export function parseFrontmatter(text: string): ParsedFrontmatter {
  const lineCounter = new LineCounter();
  const open = OPEN.exec(text);
  if (!open) {
    return { present: false, yamlText: '', yamlStartLine: 1, bodyStartLine: 1, body: text, data: undefined, errors: [], doc: undefined, lineCounter };
  }
  const rest = text.slice(open[0].length);
  const close = /^---[ \t]*(?:\r?\n|$)/m.exec(rest);
  if (!close) {
    return {
      present: true,
      yamlText: rest,
      yamlStartLine: 2,
      bodyStartLine: 2,
      body: '',
      data: undefined,
      errors: [{ line: 1, message: '开头的 --- 没有对应的结尾 ---：文章信息（frontmatter）要用两行 --- 包起来' }],
      doc: undefined,
      lineCounter,
    };
  }
  const yamlText = rest.slice(0, close.index);
  const yamlLines = yamlText.split('\n').length - (yamlText.endsWith('\n') || yamlText === '' ? 1 : 0);
  const bodyStartLine = 2 + yamlLines + 1;
  const body = rest.slice(close.index + close[0].length);
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true, customTags: ['timestamp'] });
  const errors = doc.errors.map((e) => ({
    line: 1 + yamlErrorLine(yamlText, lineCounter.linePos(e.pos[0]).line, e.message),
    message: yamlErrorMessage(e.code, e.message),
  }));
  let data: Record<string, unknown> | undefined;
  if (errors.length === 0) {
    const value: unknown = doc.toJS();
    if (value === null || value === undefined) data = {};
    else if (typeof value === 'object' && !Array.isArray(value)) data = value as Record<string, unknown>;
    else errors.push({ line: 2, message: '文章信息（frontmatter）必须是“字段: 值”的形式，每个字段一行' });
  }
  return { present: true, yamlText, yamlStartLine: 2, bodyStartLine, body, data, errors, doc, lineCounter };
}

/** YAML parser errors in words an editor can act on. */
export function yamlErrorMessage(code: string, original: string): string {
  const hint: Record<string, string> = {
    DUPLICATE_KEY: '同一个字段写了两次，请删掉其中一个',
    BAD_INDENT: '缩进不对：同一层的字段要对齐，列表项前面用两个空格和“- ”',
    MISSING_CHAR: '缺少配对的符号（引号、括号）',
    MULTILINE_IMPLICIT_KEY: '字段写法不对：冒号“:”后面要有一个空格，值里有冒号时整个值用英文双引号括起来',
    BLOCK_AS_IMPLICIT_KEY: '字段写法不对：冒号“:”后面要有一个空格',
    UNEXPECTED_TOKEN: '有多余或写错的符号',
    TAB_AS_INDENT: '不能用 Tab 缩进，请用空格',
    BAD_SCALAR_START: '值不能以这个符号开头，请把整个值用英文双引号括起来',
  };
  const first = original.split('\n')[0] ?? original;
  if (/end with an? [}\]]/.test(first)) return `YAML 格式错误：这一行的括号 { } 或 [ ] 没有配对，请在该结束的地方补上 } 或 ]（${first}）`;
  return `YAML 格式错误：${hint[code] ?? '格式不对'}（${first}）`;
}

export type FieldPath = ReadonlyArray<string | number>;

/**
 * The 1-based line in the file of a field, e.g. ['departments', 1] or
 * ['speaker', 'name']. When the field is missing, the line of the deepest
 * part of the path that exists (or the opening `---`).
 */
export function lineOf(fm: ParsedFrontmatter, path: FieldPath): number {
  if (!fm.doc) return 1;
  let node: unknown = fm.doc.contents;
  let offset: number | undefined;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
      if (!pair) break;
      offset = (pair.key as Node).range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key] as Node | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else {
      break;
    }
  }
  if (offset === undefined) return 1;
  return fm.yamlStartLine + fm.lineCounter.linePos(offset).line - 1;
}
