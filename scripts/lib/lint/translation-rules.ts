/**
 * Translations against their originals, beyond type, date, column,
 * departments and topics (article-rules.ts): every other field the two
 * share (TRANSLATION_FIELDS in scripts/lib/new/translation.ts) is there,
 * copied fields are equal, lists of names have as many names, and the
 * `# 待译：…` lines that `npm run new -- --translate` writes are reported
 * until the translator deletes them.
 */
import type { Finding } from './findings.ts';
import { lineOf } from '../../../src/lib/content-files/frontmatter.ts';
import { FIELD_LABELS } from '../../../src/lib/schema.ts';
import { TRANSLATION_FIELDS } from '../new/translation.ts';
import type { CheckedArticle } from './article-rules.ts';

/** Compared by article-rules.ts' translationFindings already. */
const CHECKED_ELSEWHERE = new Set(['type', 'date', 'column', 'departments', 'topics']);

const TODO = /^#\s*待译[:：]?\s*(.*)$/gm;

/** `# 待译：…` lines in the frontmatter of any article. */
export function translationTodoFindings(articles: readonly CheckedArticle[]): Finding[] {
  const findings: Finding[] = [];
  for (const a of articles) {
    const fm = a.file.fm;
    for (const m of fm.yamlText.matchAll(TODO)) {
      const line = fm.yamlStartLine + fm.yamlText.slice(0, m.index).split('\n').length - 1;
      findings.push({ file: a.display, line, severity: 'warning', rule: 'translation-todo', message: `还没译完：${m[1]}。译好（或核对好）后删去这一行 # 待译 注释。` });
    }
  }
  return findings;
}

const json = (v: unknown) => JSON.stringify(v instanceof Date ? v.toISOString() : v);

/** Shared fields a translation lacks or has otherwise than its original. */
export function sharedFieldFindings(articles: readonly CheckedArticle[]): Finding[] {
  const byId = new Map(articles.map((a) => [a.file.id, a]));
  const findings: Finding[] = [];
  for (const tr of articles) {
    const d = tr.data;
    if (d?.lang !== 'en' || !d.translationOf) continue;
    const o = byId.get(d.translationOf)?.data;
    if (!o || o.lang !== 'zh-CN') continue;
    const original = byId.get(d.translationOf)!;
    const mine = d as unknown as Record<string, unknown>;
    const theirs = o as unknown as Record<string, unknown>;
    const say = (field: string, message: string) =>
      findings.push({ file: tr.display, line: lineOf(tr.file.fm, field.split('.')), severity: 'warning', rule: 'translation-mismatch', message: `译文的 ${field}（${FIELD_LABELS[field.split('.')[0]!]}）${message}` });
    for (const [field, { how }] of Object.entries(TRANSLATION_FIELDS)) {
      if (CHECKED_ELSEWHERE.has(field) || how === 'own' || field === 'draft') continue;
      const a = mine[field];
      const b = theirs[field];
      const empty = (v: unknown) => v === undefined || (Array.isArray(v) && v.length === 0);
      if (empty(b)) continue;
      if (empty(a)) {
        say(field, `没有写，原文 ${original.display} 有。请照原文补上（英文）。`);
        continue;
      }
      if (how === 'copy' && json(a) !== json(b)) say(field, `与原文 ${original.display} 不一致（原文是 ${json(b)}）。这一项译文应与原文相同。`);
      if (Array.isArray(a) && Array.isArray(b) && a.length !== b.length) say(field, `有 ${a.length} 项，原文 ${original.display} 有 ${b.length} 项。请一项对一项地译。`);
      if (field === 'speaker' && typeof a === 'object' && typeof b === 'object') {
        const da = (a as { department?: unknown }).department;
        const db = (b as { department?: unknown }).department;
        if (da !== db) say('speaker.department', `与原文 ${original.display} 不一致（原文是 ${json(db)}）。这一项译文应与原文相同。`);
      }
    }
  }
  return findings;
}
