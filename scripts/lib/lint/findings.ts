/**
 * What the content checks report: one finding per problem, with the file,
 * the line, how bad it is, a rule key, what is wrong and how to fix it.
 */
import type { RuleId, Severity } from './rules.ts';

export type { Severity };

export interface Finding {
  /** The file as shown to editors (relative to the working directory). */
  file: string;
  /** 1-based line in the file. */
  line: number;
  severity: Severity;
  /** Stable English key of the rule, e.g. half-width-punctuation (listed, with its meaning, in scripts/lib/lint/rules.ts). */
  rule: RuleId;
  /** What is wrong and how to fix it, in Chinese. */
  message: string;
}

export const SEVERITY_LABEL: Readonly<Record<Severity, string>> = { error: '错误', warning: '警告', info: '提示' };

/** `content/articles/2024/x.md:12  错误 [half-width-punctuation] …` */
export function formatFinding(f: Finding): string {
  return `${f.file}:${f.line}  ${SEVERITY_LABEL[f.severity]} [${f.rule}] ${f.message}`;
}

/** Findings in file order, then line order, errors before warnings on the same line. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
  return [...findings].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || rank[a.severity] - rank[b.severity] || a.rule.localeCompare(b.rule));
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}
