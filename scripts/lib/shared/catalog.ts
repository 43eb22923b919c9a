/**
 * The known ids of departments, topics, columns and article types, with
 * their Chinese names, for prompts and for turning what an editor typed
 * (an id, a Chinese name, an alias or a list number) into an id.
 */
import { zhCN } from '../../../src/i18n/zh-CN.ts';
import { ARTICLE_TYPES } from '../../../src/lib/article-types.ts';
import { DEPARTMENT_KINDS } from '../../../src/lib/department-kinds.ts';
import type { DataEntry } from './content.ts';
import { TYPE_LABELS } from '../../../src/lib/schema.ts';
import { closest } from './suggest.ts';

export interface Choice {
  id: string;
  zh: string;
  aliases: readonly string[];
  group?: string | undefined;
}

const KIND_LABELS: Readonly<Record<string, string>> = zhCN.departmentKinds;

/** Choices from a data file, in the site's order (departments grouped by kind). */
export function choicesFrom(entries: readonly DataEntry[], grouped = false): Choice[] {
  const kindRank = (k: string | undefined) => {
    const i = (DEPARTMENT_KINDS as readonly string[]).indexOf(k ?? '');
    return i === -1 ? DEPARTMENT_KINDS.length : i;
  };
  return [...entries]
    .sort((a, b) => (grouped ? kindRank(a.kind) - kindRank(b.kind) : 0) || (a.order ?? 1000) - (b.order ?? 1000) || a.id.localeCompare(b.id))
    .map((e) => ({ id: e.id, zh: e.name.zh, aliases: e.aliases, group: grouped ? (KIND_LABELS[e.kind ?? ''] ?? e.kind) : undefined }));
}

export const TYPE_CHOICES: readonly Choice[] = ARTICLE_TYPES.map((t) => ({ id: t, zh: TYPE_LABELS[t], aliases: [] }));

/** A numbered list for the terminal, with group headings. */
export function formatChoices(choices: readonly Choice[]): string {
  const lines: string[] = [];
  let group: string | undefined;
  const width = Math.max(...choices.map((c) => c.id.length));
  choices.forEach((c, i) => {
    if (c.group !== undefined && c.group !== group) {
      group = c.group;
      lines.push(`  【${group}】`);
    }
    lines.push(`  ${String(i + 1).padStart(2)}) ${c.id.padEnd(width)}  ${c.zh}`);
  });
  return lines.join('\n');
}

export type Resolved = { ok: true; id: string } | { ok: false; message: string };

/**
 * One typed value → an id: the id itself, its Chinese name, an alias, or
 * (when `numbered`) its number in the list.
 */
export function resolveChoice(input: string, choices: readonly Choice[], what: string, numbered = false): Resolved {
  const value = input.trim();
  if (numbered && /^\d+$/.test(value)) {
    const c = choices[Number(value) - 1];
    return c ? { ok: true, id: c.id } : { ok: false, message: `${what}没有第 ${value} 项（共 ${choices.length} 项）` };
  }
  const found = choices.find((c) => c.id === value || c.zh === value || c.aliases.includes(value));
  if (found) return { ok: true, id: found.id };
  const guess = closest(value, choices.map((c) => c.id));
  return {
    ok: false,
    message: `不认识的${what}“${value}”。${guess ? `是不是 ${guess}？` : ''}可用的${what}：${choices.map((c) => `${c.id}（${c.zh}）`).join('、')}`,
  };
}

/** A list typed as `a,b` / `a，b` / `a、b` / `a b` → ids, or the first problem. */
export function resolveList(input: string, choices: readonly Choice[], what: string, numbered = false): { ok: true; ids: string[] } | { ok: false; message: string } {
  const parts = input
    .split(/[,，、;；\s]+/u)
    .map((s) => s.trim())
    .filter(Boolean);
  const ids: string[] = [];
  for (const p of parts) {
    const r = resolveChoice(p, choices, what, numbered);
    if (!r.ok) return r;
    if (!ids.includes(r.id)) ids.push(r.id);
  }
  return { ok: true, ids };
}
