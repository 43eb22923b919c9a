import { describe, expect, it } from 'vitest';
import { bodyH1Findings } from '../../../scripts/lib/lint/heading-rules.ts';

describe('body-h1 rule', () => {
  it('fails a level-1 heading in the body, on its line, and says to write ##', () => {
    const [f, ...rest] = bodyH1Findings('第一段。\n\n# 一、以项目落地见效\n\n第二段。\n', 10);
    expect(rest).toEqual([]);
    expect(f?.rule).toBe('body-h1');
    expect(f?.severity).toBe('error');
    expect(f?.line).toBe(12);
    expect(f?.message).toContain('## 一、以项目落地见效');
  });

  it('passes ## and deeper headings, and a # that is not a heading', () => {
    expect(bodyH1Findings('## 一、以项目落地见效\n\n### 小节\n\n第 #1 项。\n\n```\n# 代码\n```\n', 1)).toEqual([]);
  });

  it('finds a level-1 heading written with a line of equals signs too', () => {
    const findings = bodyH1Findings('以项目落地见效\n===\n', 5);
    expect(findings.map((f) => f.line)).toEqual([5]);
    expect(findings[0]?.message).toContain('## 以项目落地见效');
  });
});
