/**
 * How the web editor reads and writes a data file (content/departments.yaml,
 * topics.yaml, columns.yaml).
 *
 * The files are YAML lists with comments (the header, `# ── 镇 ──` section
 * lines) and a compact style (`name: { zh: 永安镇, en: … }`). Decap can only
 * edit a mapping, so it sees `{ items: [...] }`; and it would write the
 * whole file anew, comments gone. So writing starts from the file as it was
 * read: entries are matched by id, an unchanged entry keeps its lines, a
 * changed entry keeps the lines of its unchanged fields and gets new lines
 * for the changed ones, a new entry goes after the last entry of its kind
 * (or at the end), and a removed entry's lines go. Editing one field changes
 * one line.
 */
import { parse } from 'yaml';

/** Deep equality of parsed YAML values (plain objects, arrays, scalars). */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((v, i) => same(v, b[i]));
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return false;
}

/** What Decap edits; `_source` is the file as read (never written). */
export interface DataEntryData {
  items: Record<string, unknown>[];
  _source: string;
}

export function dataFromFile(content: string): DataEntryData {
  const items: unknown = parse(content) ?? [];
  if (!Array.isArray(items)) throw new Error('数据文件必须是一个列表（每项以“- id:”开头）');
  return { items: items as Record<string, unknown>[], _source: content };
}

/** One entry of the file as read: the lines before it (comments, blank lines), and its fields' lines. */
interface Block {
  lead: string[];
  /** [key, lines] in file order; the first line of the first key starts with "- ". */
  fields: [string, string[]][];
  value: Record<string, unknown>;
}

/** Split a data file into its header-less blocks, one per entry, and the lines after the last entry. */
function blocks(source: string): { blocks: Block[]; tail: string[] } {
  const lines = source.replace(/\n$/, '').split('\n');
  const out: Block[] = [];
  let lead: string[] = [];
  let current: Block | undefined;
  for (const line of lines) {
    const start = /^- ([\w-]+):/.exec(line);
    const field = /^ {2}([\w-]+):/.exec(line);
    if (start?.[1]) {
      current = { lead, fields: [[start[1], [line]]], value: {} };
      out.push(current);
      lead = [];
    } else if (current && field?.[1] && lead.length === 0) {
      current.fields.push([field[1], [line]]);
    } else if (current && /^ {3,}\S/.test(line) && lead.length === 0) {
      current.fields.at(-1)?.[1].push(line);
    } else {
      lead.push(line);
    }
  }
  const parsed = (parse(source) ?? []) as Record<string, unknown>[];
  out.forEach((b, i) => (b.value = parsed[i] ?? {}));
  return { blocks: out, tail: lead };
}

/** Whether a string can be written without quotes inside a flow collection ({ … } or [ … ]). */
function plainInFlow(s: string): boolean {
  return (
    /^[^\s\-?:,[\]{}#&*!|>'"%@`][^,[\]{}#:'"]*$/u.test(s) &&
    !/\s$/.test(s) &&
    !/^(?:true|false|null|yes|no|on|off|~|[-+]?[\d.]+(?:e[-+]?\d+)?)$/i.test(s)
  );
}

function scalar(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const s = String(value);
  return plainInFlow(s) ? s : JSON.stringify(s);
}

/** The lines of one field in the files' style. */
function fieldLines(key: string, value: unknown, first: boolean): string[] {
  const lead = first ? '- ' : '  ';
  if (Array.isArray(value)) return [`${lead}${key}: [${value.map(scalar).join(', ')}]`];
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (key === 'name') return [`${lead}${key}: { ${entries.map(([k, v]) => `${k}: ${scalar(v)}`).join(', ')} }`];
    if (entries.length === 0) return [`${lead}${key}: {}`];
    return [`${lead}${key}:`, ...entries.map(([k, v]) => `    ${k}: ${scalar(v)}`)];
  }
  return [`${lead}${key}: ${scalar(value)}`];
}

/** Empty answers from the form are not written: empty strings, and objects of only empty strings (the schema's defaults apply). */
function clean(value: unknown, top = true): unknown {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (Array.isArray(value)) return value.map((v) => clean(v, false)).filter((v) => v !== undefined);
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => [k, clean(v, false)] as const)
      .filter(([, v]) => v !== undefined);
    return entries.length > 0 || top ? Object.fromEntries(entries) : undefined;
  }
  return value ?? undefined;
}

function renderBlock(item: Record<string, unknown>, old: Block | undefined): string[] {
  const keys = [...(old?.fields.map(([k]) => k) ?? [])];
  for (const k of Object.keys(item)) if (!keys.includes(k)) keys.push(k);
  const ordered = keys.filter((k) => item[k] !== undefined);
  // id first, as every entry starts with "- id:".
  ordered.sort((a, b) => (a === 'id' ? -1 : b === 'id' ? 1 : 0));
  return ordered.flatMap((k, i) => {
    const kept = old?.fields.find(([key]) => key === k);
    const unchanged = kept && same(clean(old?.value[k]), item[k]);
    if (unchanged && (i === 0) === kept[1][0]?.startsWith('- ')) return kept[1];
    return fieldLines(k, item[k], i === 0);
  });
}

/** The data file with the editor's entries, starting from the file as it was read. */
export function dataToFile(data: { items?: unknown; _source?: unknown }): string {
  const items = (Array.isArray(data.items) ? data.items : []).map((i) => clean(i) as Record<string, unknown>);
  const source = typeof data._source === 'string' ? data._source : '';
  const { blocks: old, tail } = blocks(source);
  const byId = new Map(items.map((item) => [item.id, item]));
  const out: string[] = [];
  /** Output line index after the last entry of each kind, for new entries. */
  const kindEnd = new Map<unknown, number>();
  for (const block of old) {
    out.push(...block.lead);
    const item = byId.get(block.value.id);
    if (!item) continue;
    byId.delete(block.value.id);
    out.push(...renderBlock(item, block));
    kindEnd.set(item.kind, out.length);
  }
  const fresh = items.filter((item) => byId.has(item.id));
  for (const item of fresh) {
    const lines = renderBlock(item, undefined);
    const at = kindEnd.get(item.kind);
    if (item.kind !== undefined && at !== undefined) {
      out.splice(at, 0, ...lines);
      for (const [k, v] of kindEnd) if (v >= at) kindEnd.set(k, v + lines.length);
      kindEnd.set(item.kind, at + lines.length);
    } else {
      out.push(...lines);
    }
  }
  out.push(...tail);
  return `${out.join('\n')}\n`;
}

export const dataFormat = { fromFile: dataFromFile, toFile: dataToFile };
