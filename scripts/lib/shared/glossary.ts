/**
 * Reading content/glossary.yaml (the translators' glossary: each recurring
 * Chinese term and THE English that every translation uses for it), with
 * the line of every entry and key, and the text normalisation the glossary
 * checks match with.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import type { z } from 'astro/zod';
import { glossaryEntrySchema } from '../../../src/lib/schema.ts';

export type GlossaryEntry = z.output<typeof glossaryEntrySchema>;

export interface GlossaryItem {
  /** The entry when it passed the schema. */
  entry: GlossaryEntry | undefined;
  raw: unknown;
  /** 1-based line of the entry's `- zh:` line. */
  line: number;
  /** 1-based line of each key of the entry. */
  lines: Record<string, number>;
}

export interface GlossaryFile {
  path: string;
  exists: boolean;
  items: GlossaryItem[];
  /** YAML and shape errors, with their line. */
  errors: { line: number; message: string }[];
}

export const GLOSSARY_FILE = 'glossary.yaml';

/** Read content/glossary.yaml; a missing file is an empty glossary (`exists: false`). */
export function readGlossary(contentDir: string): GlossaryFile {
  const path = join(contentDir, GLOSSARY_FILE);
  if (!existsSync(path)) return { path, exists: false, items: [], errors: [] };
  const lineCounter = new LineCounter();
  const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter, prettyErrors: false });
  const lineAt = (offset: number | undefined) => (offset === undefined ? 1 : lineCounter.linePos(offset).line);
  const errors = doc.errors.map((e) => ({ line: lineAt(e.pos[0]), message: `YAML 格式错误：${e.message.split('\n')[0]}` }));
  const items: GlossaryItem[] = [];
  if (errors.length > 0) return { path, exists: true, items, errors };
  if (doc.contents === null) return { path, exists: true, items, errors };
  if (!isSeq(doc.contents)) return { path, exists: true, items, errors: [{ line: 1, message: `${GLOSSARY_FILE} 必须是一个列表，每一项以“- zh: …”开头` }] };
  for (const node of doc.contents.items) {
    const line = lineAt((node as { range?: [number, number, number] }).range?.[0]);
    const lines: Record<string, number> = {};
    if (isMap(node)) {
      for (const pair of node.items) lines[String((pair.key as { value?: unknown }).value)] = lineAt((pair.key as { range?: [number, number, number] }).range?.[0]);
    }
    const raw: unknown = node && typeof (node as { toJSON?: unknown }).toJSON === 'function' ? (node as { toJSON(): unknown }).toJSON() : node;
    const parsed = glossaryEntrySchema.safeParse(raw);
    items.push({ entry: parsed.success ? parsed.data : undefined, raw, line, lines });
  }
  return { path, exists: true, items, errors };
}

/** Chinese text as the glossary matches it: NFKC, without whitespace (强工兴产 转型突围 = 强工兴产转型突围). */
export function normalizeZh(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '');
}

/**
 * English text as the glossary matches it: lower case, quotation marks
 * left out (the “Four Above” programme = the Four Above programme; an
 * apostrophe inside a word stays: Yong'an), hyphens as spaces
 * (whole-life-cycle = whole life cycle), runs of white space as one space.
 */
export function normalizeEn(text: string): string {
  return ` ${text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’ʼ′]/gu, "'")
    .replace(/[“”″"]/gu, ' ')
    .replace(/'(?!\p{L})|(?<!\p{L})'/gu, ' ')
    .replace(/[-‐‑]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim()} `;
}

/** Whether normalised English `text` contains `phrase` (case-insensitive, hyphens as spaces). */
export function containsEn(text: string, phrase: string): boolean {
  const p = normalizeEn(phrase).trim();
  return p !== '' && normalizeEn(text).includes(p);
}

/** Whether `text` contains `phrase` as whole words (so that an avoided “landed” is not found in “landedness”). */
export function containsEnWords(text: string, phrase: string): boolean {
  const p = normalizeEn(phrase).trim();
  if (p === '') return false;
  const t = normalizeEn(text);
  for (let i = t.indexOf(p); i !== -1; i = t.indexOf(p, i + 1)) {
    const before = t[i - 1] ?? ' ';
    const after = t[i + p.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
  }
  return false;
}
