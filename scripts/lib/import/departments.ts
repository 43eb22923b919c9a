/**
 * Finding departments in printed text by their names and aliases from
 * departments.yaml (区住建局, 市中区商务和投资促进局 …). 区X and 市中区X
 * are taken as the same name.
 */
import type { DataEntry } from '../shared/content.ts';

export interface DepartmentMention {
  id: string;
  /** Offset of the mention in the text. */
  index: number;
  /** The text that matched. */
  text: string;
}

export interface DepartmentMatcher {
  /** Every mention, left to right, longest name first where names overlap. */
  mentions(text: string): DepartmentMention[];
  /** The department a whole label names (e.g. 区商促局), if any. */
  exact(label: string): string | undefined;
}

function variants(name: string): string[] {
  const out = new Set([name]);
  if (name.startsWith('市中区')) out.add(`区${name.slice(3)}`);
  else if (name.startsWith('区')) out.add(`市中区${name.slice(1)}`);
  return [...out];
}

export function departmentMatcher(entries: readonly DataEntry[]): DepartmentMatcher {
  const names: Array<{ name: string; id: string }> = [];
  for (const e of entries) {
    for (const n of [e.name.zh, ...e.aliases]) for (const v of variants(n)) if (v.length >= 2) names.push({ name: v, id: e.id });
  }
  names.sort((a, b) => b.name.length - a.name.length);
  return {
    mentions(text) {
      const found: DepartmentMention[] = [];
      const taken = new Array<boolean>(text.length).fill(false);
      for (const { name, id } of names) {
        for (let i = text.indexOf(name); i !== -1; i = text.indexOf(name, i + 1)) {
          if (taken.slice(i, i + name.length).some(Boolean)) continue;
          for (let k = i; k < i + name.length; k += 1) taken[k] = true;
          found.push({ id, index: i, text: name });
        }
      }
      return found.sort((a, b) => a.index - b.index);
    },
    exact(label) {
      const l = label.trim();
      return names.find((n) => n.name === l)?.id;
    },
  };
}

/** Ids in order of first mention, without repeats. */
export function uniqueIds(mentions: readonly DepartmentMention[]): string[] {
  return [...new Set(mentions.map((m) => m.id))];
}
