/**
 * Checks on the text of an article: punctuation in Chinese sentences,
 * quotes and brackets, hard line wraps and leftover markdown.
 *
 * Each rule takes text blocks (see markdown-blocks.ts) and returns findings
 * without a file; the caller adds it.
 */
import { findRemovableLineBreaks } from '../../../src/markdown/cjk-line-breaks.ts';
import { isAmbiguous, isCjk, isHan } from '../../../src/lib/cjk.ts';
import type { Finding } from './findings.ts';
import { OBJECT_MARK, type TextBlock } from '../shared/markdown-blocks.ts';

export type TextFinding = Omit<Finding, 'file'>;

const FULL_WIDTH: Readonly<Record<string, string>> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };
const HALF_WIDTH = /[,;:?!()]/g;
const HALF_NAME: Readonly<Record<string, string>> = { ',': '逗号', ';': '分号', ':': '冒号', '?': '问号', '!': '叹号', '(': '左括号', ')': '右括号' };

/** The nearest character before `i` that is not a space. */
function before(text: string, i: number): string | undefined {
  let j = i - 1;
  while (j >= 0 && (text[j] === ' ' || text[j] === '\t')) j -= 1;
  return j >= 0 ? text[j] : undefined;
}

/** The nearest character after `i` that is not a space. */
function after(text: string, i: number): string | undefined {
  let j = i + 1;
  while (j < text.length && (text[j] === ' ' || text[j] === '\t')) j += 1;
  return j < text.length ? text[j] : undefined;
}

/** CJK punctuation and full-width forms (not Han). */
function isCjkPunct(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const cp = ch.codePointAt(0) ?? 0;
  return !isHan(ch) && (isCjk(cp) || isAmbiguous(cp));
}

/**
 * `,` `;` `:` `?` `!` `(` `)` between Han characters (a space around it
 * does not matter); the neighbour on one side may also be Chinese
 * punctuation (`”,中`) or, after a Han character, the end of the text (`吗?`).
 */
export function halfWidthPunctuation(blocks: readonly TextBlock[]): TextFinding[] {
  const out: TextFinding[] = [];
  for (const b of blocks) {
    // The regex finds the few candidates; a loop over every character took ~3 s of the check at 10,000 articles.
    for (const found of b.text.matchAll(HALF_WIDTH)) {
      const i = found.index;
      const ch = found[0];
      const full = FULL_WIDTH[ch]!;
      const prev = before(b.text, i);
      const next = after(b.text, i);
      const endOk = next === undefined || next === '\n' || next === OBJECT_MARK;
      const hit = (isHan(prev) && (isHan(next) || isCjkPunct(next) || (endOk && '?!)'.includes(ch)))) || (isCjkPunct(prev) && isHan(next));
      if (!hit) continue;
      out.push({
        line: b.lines[i] ?? b.line,
        severity: 'error',
        rule: 'half-width-punctuation',
        message: `中文句子里用了半角${HALF_NAME[ch]}“${ch}”，请改为全角“${full}”：${context(b.text, i)}`,
      });
    }
  }
  return out;
}

/** `"` or `'` next to Chinese text. The fix says which curly quote it should be. */
export function asciiQuotes(blocks: readonly TextBlock[]): TextFinding[] {
  const out: TextFinding[] = [];
  for (const b of blocks) {
    const seen: Record<string, number> = { '"': 0, "'": 0 };
    for (let i = 0; i < b.text.length; i += 1) {
      const ch = b.text[i]!;
      if (ch !== '"' && ch !== "'") continue;
      const n = seen[ch]!;
      seen[ch] = n + 1;
      const prev = before(b.text, i);
      const next = after(b.text, i);
      const chinese = isHan(prev) || isHan(next) || isCjkPunct(prev) || isCjkPunct(next);
      if (!chinese) continue;
      const opening = n % 2 === 0;
      const fix = ch === '"' ? (opening ? '“' : '”') : opening ? '‘' : '’';
      out.push({
        line: b.lines[i] ?? b.line,
        severity: 'error',
        rule: 'ascii-quotes',
        message: `中文里用了英文直引号 ${ch}，请改为中文${opening ? '前' : '后'}引号（${fix}）。中文引号成对使用：“ ”，引号里再用引号时用‘ ’：${context(b.text, i)}`,
      });
    }
  }
  return out;
}

const PAIRS: ReadonlyArray<readonly [open: string, close: string, name: string, marks: RegExp]> = [
  ['“', '”', '引号', /[“”]/g],
  ['《', '》', '书名号', /[《》]/g],
  ['（', '）', '括号', /[（）]/g],
];

/**
 * “ ” 《 》 （ ） that do not pair up inside one paragraph. A quotation that
 * runs over several paragraphs follows the Chinese convention: each of its
 * paragraphs opens with “ and only the last one closes it; that is accepted.
 */
export function unbalancedPairs(blocks: readonly TextBlock[]): TextFinding[] {
  const out: TextFinding[] = [];
  blocks.forEach((b, index) => {
    for (const [open, close, name, marks] of PAIRS) {
      const stack: number[] = [];
      for (const found of b.text.matchAll(marks)) {
        const i = found.index;
        const ch = found[0];
        if (ch === open) stack.push(i);
        else if (ch === close) {
          if (stack.length > 0) stack.pop();
          else
            out.push({
              line: b.lines[i] ?? b.line,
              severity: 'error',
              rule: 'unbalanced-pairs',
              message: `${name}不成对：这里的 ${close} 前面没有对应的 ${open}。请补上 ${open} 或删去多余的 ${close}：${context(b.text, i)}`,
            });
        }
      }
      if (stack.length === 0) continue;
      const continued = open === '“' && b.text.trimStart().startsWith('“') && blocks[index + 1]?.text.trimStart().startsWith('“');
      if (continued && stack.length === 1) continue;
      for (const i of stack) {
        out.push({
          line: b.lines[i] ?? b.line,
          severity: 'error',
          rule: 'unbalanced-pairs',
          message: `${name}不成对：这里的 ${open} 在本段里没有对应的 ${close}。请补上 ${close} 或删去多余的 ${open}：${context(b.text, i)}`,
        });
      }
    }
  });
  return out;
}

/**
 * A line break inside a paragraph next to Chinese text: the site removes it
 * when rendering, but it is a hard wrap left from pasting and should be
 * joined so that the file reads as it is published.
 */
export function hardWraps(blocks: readonly TextBlock[]): TextFinding[] {
  const out: TextFinding[] = [];
  for (const b of blocks) {
    if (b.type !== 'paragraph') continue;
    for (const [from] of findRemovableLineBreaks(b.text, 0, b.text.length)) {
      const nl = b.text.indexOf('\n', from);
      out.push({
        line: b.lines[nl] ?? b.line,
        severity: 'warning',
        rule: 'hard-wrap',
        message: `中文段落在这一行末尾被硬换行（多半是从报纸或网页粘贴留下的）。请把下一行接到这一行后面，一段文字写在一行里：${context(b.text, nl)}`,
      });
    }
  }
  return out;
}

/** `**` that did not become bold: readers would see the asterisks. */
export function leftoverAsterisks(blocks: readonly TextBlock[]): TextFinding[] {
  const out: TextFinding[] = [];
  for (const b of blocks) {
    for (let i = b.text.indexOf('**'); i !== -1; i = b.text.indexOf('**', i + 2)) {
      out.push({
        line: b.lines[i] ?? b.line,
        severity: 'error',
        rule: 'leftover-asterisks',
        message: `这里的“**”没有变成粗体，读者会看到星号。粗体要写成 **文字**（前后各两个星号成对出现）；不需要粗体就删去星号：${context(b.text, i)}`,
      });
    }
  }
  return out;
}

/** A short excerpt around position `i`, on one line, for the message. */
export function context(text: string, i: number, radius = 8): string {
  const chars = [...text];
  // index in code points
  const cp = [...text.slice(0, i)].length;
  const from = Math.max(0, cp - radius);
  const to = Math.min(chars.length, cp + radius + 1);
  const excerpt = chars.slice(from, to).join('').replace(/\n/g, '⏎').replaceAll(OBJECT_MARK, '');
  return `“${from > 0 ? '…' : ''}${excerpt}${to < chars.length ? '…' : ''}”`;
}

/** All text rules on one set of blocks. */
export function textRules(blocks: readonly TextBlock[]): TextFinding[] {
  return [...halfWidthPunctuation(blocks), ...asciiQuotes(blocks), ...unbalancedPairs(blocks), ...hardWraps(blocks), ...leftoverAsterisks(blocks)];
}

/** Control characters a page or a feed cannot carry: the C0 controls but tab, LF and CR, and DEL. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

const CONTROL_NAME: Readonly<Record<number, string>> = {
  0x00: '空字符 NUL',
  0x0b: '垂直制表符（Word 的“手动换行符”，按 Shift+回车 产生）',
  0x0c: '换页符（Word 的“分页符”）',
};

/**
 * Control characters in a file's text (frontmatter and body alike, or a
 * data file), one finding per line. Invisible in an editor, they make
 * every feed that carries the text invalid XML.
 */
export function controlCharacterFindings(text: string): TextFinding[] {
  const out: TextFinding[] = [];
  let line = 1;
  let lineStart = 0;
  let lastLine = 0;
  for (const m of text.matchAll(CONTROL)) {
    for (let i = text.indexOf('\n', lineStart); i !== -1 && i < m.index; i = text.indexOf('\n', lineStart)) {
      line += 1;
      lineStart = i + 1;
    }
    if (line === lastLine) continue;
    lastLine = line;
    const code = m[0].charCodeAt(0);
    const name = CONTROL_NAME[code] ?? '控制字符';
    const fix = code === 0x0b || code === 0x0c ? '需要换行就另起一段（空一行），否则直接删去；从 Word 粘贴时可先粘贴到记事本再复制' : '直接删去（它多半是复制粘贴时带进来的）';
    const u = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
    const near = text.slice(Math.max(lineStart, m.index - 12), m.index).trim();
    out.push({
      line,
      severity: 'error',
      rule: 'control-character',
      message: `第 ${line} 行${near ? `“${near}”后面` : ''}有一个看不见的${name}（${u}），它会让订阅（RSS）文件无法读取。请删掉它：${fix}。`,
    });
  }
  return out;
}

/** The deepest nesting of quotes and lists accepted (real articles use two or three levels). */
export const MAX_NESTING = 32;

/**
 * Lines nested deeper than MAX_NESTING (`>>>>…`, a list indented level
 * after level), read from the raw text, before any markdown parser: such a
 * body exhausts the parsers (a stack overflow, or minutes of work and an
 * empty page). One finding, for the first such line.
 */
export function deepNestingFindings(body: string, bodyStartLine: number): TextFinding[] {
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const prefix = /^(?:[ \t>]|(?:[-*+]|\d{1,9}[.)])(?=[ \t]))*/.exec(lines[i]!)![0];
    if (prefix.length <= MAX_NESTING) continue;
    let depth = 0;
    let spaces = 0;
    for (const ch of prefix) {
      if (ch === ' ') spaces += 1;
      else if (ch === '\t') spaces += 4;
      else if (ch === '>' || ch === '-' || ch === '*' || ch === '+' || ch === '.' || ch === ')') depth += 1;
    }
    depth += Math.floor(spaces / 2);
    if (depth <= MAX_NESTING) continue;
    return [
      {
        line: bodyStartLine + i,
        severity: 'error',
        rule: 'deep-nesting',
        message: `第 ${bodyStartLine + i} 行的引用（>）或列表套了 ${depth} 层，网站处理不了这么深的嵌套（最多 ${MAX_NESTING} 层），整篇文章会是空白。请删去多余的 > 或缩进，一般一两层就够了。`,
      },
    ];
  }
  return [];
}
