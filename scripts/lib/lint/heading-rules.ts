/**
 * Headings in an article body start at `##`. The article's title is the
 * page's one `h1`; the site keeps only h2–h6 from a body, so a `# 标题`
 * would reach the reader as a plain line, not as a heading. An error, with
 * the fix: write `##`.
 */
import type { Nodes, Parent } from 'mdast';
import type { Finding } from './findings.ts';
import { parseMarkdown } from '../shared/markdown-blocks.ts';

export type HeadingFinding = Omit<Finding, 'file'>;

function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  return 'children' in node ? (node as Parent).children.map((c) => plainText(c as Nodes)).join('') : '';
}

export function bodyH1Findings(body: string, bodyStartLine: number): HeadingFinding[] {
  const out: HeadingFinding[] = [];
  const visit = (node: Nodes): void => {
    if (node.type === 'heading' && node.depth === 1) {
      const line = (node.position?.start.line ?? 1) + bodyStartLine - 1;
      const text = plainText(node);
      out.push({
        line,
        severity: 'error',
        rule: 'body-h1',
        message: `正文里的一级标题“${text}”在网页上不会显示成标题（文章标题已是一级标题）。小标题请用两个井号：## ${text}`,
      });
    }
    if ('children' in node) for (const child of (node as Parent).children) visit(child as Nodes);
  };
  visit(parseMarkdown(body));
  return out;
}
