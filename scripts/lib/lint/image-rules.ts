/**
 * Images in an article body must say what they show: a markdown image
 * `![说明](路径)` or an `<img alt="…">` with an empty or missing alt text is
 * an error (screen readers and readers on slow connections rely on it).
 */
import type { Finding } from './findings.ts';

export type ImageFinding = Omit<Finding, 'file'>;

export function missingAltFindings(body: string, bodyStartLine: number): ImageFinding[] {
  const out: ImageFinding[] = [];
  body.split('\n').forEach((text, i) => {
    const line = bodyStartLine + i;
    for (const m of text.matchAll(/!\[([^\]]*)\]\(([^)\s]*)[^)]*\)/g)) {
      if (m[1]!.trim() === '') {
        out.push({ line, severity: 'error', rule: 'image-alt', message: `图片 ${m[2]} 没有说明文字。请在方括号里写明图片内容，如 ![永安镇企服中心外景](${m[2]})。` });
      }
    }
    for (const m of text.matchAll(/<img\b[^>]*>/gi)) {
      const alt = /\balt\s*=\s*("([^"]*)"|'([^']*)')/i.exec(m[0]);
      if (!alt || (alt[2] ?? alt[3] ?? '').trim() === '') {
        out.push({ line, severity: 'error', rule: 'image-alt', message: `<img> 没有 alt 说明文字。请加上 alt="图片内容"。` });
      }
    }
  });
  return out;
}
