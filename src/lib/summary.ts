/**
 * A plain-text summary of an article from its markdown body: the first
 * paragraph (not counting a salutation ending in a colon), markdown and HTML stripped, cut at a sentence end near
 * `maxChars` (or with an ellipsis when a sentence is longer).
 */
import { isCjk } from './cjk';

const isCjkChar = (c: string): boolean => c !== '' && isCjk(c.codePointAt(0)!);

export function deriveSummary(markdown: string, maxChars = 120): string {
  const paragraphs = markdown
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '' && !/^(#|>|\||<)/.test(p))
    // A letter's salutation (全区广大科技工作者：) says nothing about the letter.
    .filter((p) => !/[：:]$/.test(p));
  const first = paragraphs[0] ?? '';
  const text = stripMarkdown(first);
  if ([...text].length <= maxChars) return text;
  const chars = [...text];
  const head = chars.slice(0, maxChars).join('');
  const lastStop = Math.max(...['。', '！', '？', '. ', '! ', '? '].map((s) => head.lastIndexOf(s)));
  if (lastStop >= maxChars / 2) return head.slice(0, lastStop + 1).trim();
  return `${head.trimEnd()}…`;
}

/** Markdown inline syntax and tags removed, line breaks joined. */
export function stripMarkdown(text: string): string {
  return text
    .replace(/<[^>]+>/g, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|_|~~|`)/g, '')
    .replace(/\s*\n\s*/g, (m, offset: number, s: string) => {
      const before = s[offset - 1] ?? '';
      const after = s[offset + m.length] ?? '';
      return isCjkChar(before) || isCjkChar(after) ? '' : ' ';
    })
    .trim();
}
