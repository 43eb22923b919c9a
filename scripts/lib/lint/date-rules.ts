/**
 * Dates as the editor wrote them: read from the YAML source text, before
 * any parser turns `2023-02-30` into 2 March. Only `YYYY-MM-DD` days that
 * exist are accepted (src/lib/calendar-date.ts, shared with the build's
 * schema); a date after today (China) needs `scheduled: true`.
 */
import { isScalar } from 'yaml';
import { parseCalendarDate } from '../../../src/lib/calendar-date.ts';
import type { ArticleFile } from '../shared/content.ts';
import type { Finding } from './findings.ts';
import { lineOf } from '../../../src/lib/content-files/frontmatter.ts';

export interface DateCheck {
  findings: Finding[];
  /** Fields whose value is refused here (the schema's own message for them would repeat it). */
  refused: Set<string>;
  /** The publication day, when it is a valid one. */
  date?: string;
}

const FIELDS = { date: 'date（日期）', updated: 'updated（更新日期）' } as const;

/** The text of a frontmatter field as written (`2023-02-30`, not the Date a parser made of it). */
function writtenValue(a: ArticleFile, field: string): string | undefined {
  const node = a.fm.doc?.get(field, true);
  if (node === undefined || node === null) return undefined;
  if (isScalar(node)) {
    if (node.value === null) return undefined;
    return node.source ?? String(node.value);
  }
  return '';
}

export function dateFindings(a: ArticleFile, display: string, today: string): DateCheck {
  const out: DateCheck = { findings: [], refused: new Set() };
  const scheduled = a.fm.data?.scheduled === true;
  for (const [field, name] of Object.entries(FIELDS)) {
    const written = writtenValue(a, field);
    if (written === undefined) continue;
    const line = lineOf(a.fm, [field]);
    const parsed = parseCalendarDate(written, today);
    if (!parsed.ok) {
      out.refused.add(field);
      out.findings.push({ file: display, line, severity: 'error', rule: 'bad-date', message: `${name}：${parsed.message}` });
      continue;
    }
    if (field === 'date') {
      out.date = parsed.iso;
      if (parsed.iso > today && !scheduled) {
        out.findings.push({
          file: display,
          line,
          severity: 'error',
          rule: 'future-date',
          message: `日期 ${parsed.iso} 还没到（今天是 ${today}）。请填写见报或发布的日期；要到那天才发布的文章，请加一行 scheduled: true（定时发布）；还不想发布的请加 draft: true。`,
        });
      } else if (scheduled) {
        const due = parsed.iso <= today;
        out.findings.push({
          file: display,
          line: lineOf(a.fm, ['scheduled']),
          severity: 'info',
          rule: 'scheduled',
          message: due
            ? `定时发布的日期 ${parsed.iso} 已到，文章已发布，scheduled: true 可以删去。`
            : `定时发布：${parsed.iso} 之前的构建不发布这篇文章，那天及以后的第一次构建才发布。`,
        });
      }
    } else if (parsed.iso > today) {
      out.findings.push({ file: display, line, severity: 'error', rule: 'future-date', message: `更新日期 ${parsed.iso} 还没到（今天是 ${today}）。请填写实际更正的日期。` });
    }
  }
  return out;
}
