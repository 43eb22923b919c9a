/**
 * Translation conventions, checked as notes: every English translation
 * renders a recurring term the one way the glossary (content/glossary.yaml),
 * departments.yaml (name.en) and columns.yaml (name.en) give it.
 *
 * - glossary: the original contains a term (its Chinese form, a variant or
 *   an alias) and the translation does not contain the term's English.
 *   A term inside a longer term (市中区 in 中共市中区委宣传部) is the longer
 *   term's business.
 * - glossary-avoid: a translation, or a data file's English name, uses a
 *   rendering the glossary says to avoid.
 * - glossary-consistency: the glossary and the data files disagree, so a
 *   term would be rendered two ways: a column's English in the glossary is
 *   not its name.en, a department's is not its name.en, a term is listed
 *   twice, or a longer name's English leaves out the English of a term it
 *   contains (强工兴产 转型突围 without “invigorating sectors”).
 * Shape errors of glossary.yaml are errors (yaml-syntax, schema), as in the
 * other data files.
 */
import type { Content, DataEntry, DataFile } from '../shared/content.ts';
import { displayPath } from '../shared/content.ts';
import type { Finding } from './findings.ts';
import { containsEn, containsEnWords, normalizeEn, normalizeZh, type GlossaryFile } from '../shared/glossary.ts';
import { GLOSSARY_KIND_LABELS, glossaryEntrySchema } from '../../../src/lib/schema.ts';
import type { CheckedArticle } from './article-rules.ts';
import { isPlaceholderEnglish } from './data-rules.ts';

/** A term with one English rendering, from the glossary or a data file. */
interface Term {
  /** The Chinese forms looked for, as written (zh, variants, aliases). */
  forms: string[];
  /** The main Chinese form, for messages. */
  zh: string;
  en: string;
  avoid: string[];
  /** What kind of term, in Chinese (术语、口号、部门…). */
  kindLabel: string;
  isSloganOrColumn: boolean;
  /** Where the rendering is defined, for messages: file and line. */
  file: string;
  line: number;
  /** Line of `en` / `name.en`, where data-level findings are reported. */
  enLine: number;
}

function termsFromData(file: DataFile, kindLabel: string, withAliases: boolean): Term[] {
  const display = displayPath(file.path);
  return file.entries
    .filter((e) => e.name.zh && !isPlaceholderEnglish(e.name.en, e.name.zh))
    .map((e: DataEntry) => ({
      forms: [e.name.zh, ...(withAliases ? e.aliases : [])].filter((f) => f.trim() !== ''),
      zh: e.name.zh,
      en: e.name.en,
      avoid: [],
      kindLabel,
      isSloganOrColumn: file.name === 'columns',
      file: display,
      line: e.lines['name.zh'] ?? e.line,
      enLine: e.lines['name.en'] ?? e.lines.name ?? e.line,
    }));
}

/** Every term: the data files' names first (they decide), then the glossary's entries they do not already name. */
function allTerms(content: Content, glossary: GlossaryFile): { terms: Term[]; glossaryTerms: Term[] } {
  const display = displayPath(glossary.path);
  const glossaryTerms: Term[] = glossary.items.flatMap((item) =>
    item.entry
      ? [
          {
            forms: [item.entry.zh, ...item.entry.variants].filter((f) => f.trim() !== ''),
            zh: item.entry.zh,
            en: item.entry.en,
            avoid: item.entry.avoid,
            kindLabel: GLOSSARY_KIND_LABELS[item.entry.kind],
            isSloganOrColumn: item.entry.kind === 'slogan' || item.entry.kind === 'column',
            file: display,
            line: item.lines.zh ?? item.line,
            enLine: item.lines.en ?? item.line,
          },
        ]
      : [],
  );
  const dataTerms = [...termsFromData(content.departments, '部门', true), ...termsFromData(content.columns, '栏目名', false)];
  const named = new Set(dataTerms.flatMap((t) => t.forms.map(normalizeZh)));
  // A glossary entry for a name the data files give keeps only its avoid list (its English is checked against theirs below).
  const extra = glossaryTerms.map((t) => ({ ...t, forms: t.forms.filter((f) => !named.has(normalizeZh(f))) })).filter((t) => t.forms.length > 0 || t.avoid.length > 0);
  return { terms: [...dataTerms, ...extra], glossaryTerms };
}

interface Occurrence {
  term: number;
  start: number;
  end: number;
}

/**
 * The terms found in one line of Chinese text, leaving out occurrences
 * inside a longer occurrence of another term.
 */
function termsIn(text: string, terms: readonly Term[]): Set<number> {
  const t = normalizeZh(text);
  const found: Occurrence[] = [];
  terms.forEach((term, i) => {
    for (const form of term.forms) {
      const f = normalizeZh(form);
      if (!f) continue;
      for (let at = t.indexOf(f); at !== -1; at = t.indexOf(f, at + 1)) found.push({ term: i, start: at, end: at + f.length });
    }
  });
  const out = new Set<number>();
  for (const o of found) {
    const inside = found.some((p) => p.term !== o.term && p.start <= o.start && p.end >= o.end && p.end - p.start > o.end - o.start);
    if (!inside) out.add(o.term);
  }
  return out;
}

/** Every string value of the frontmatter, however deep (title, speaker.role, signatories …). */
function strings(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(strings);
  if (v !== null && typeof v === 'object' && !(v instanceof Date)) return Object.values(v).flatMap(strings);
  return [];
}

/** The lines of an article a reader sees: frontmatter without its # comments, and the body. */
function readLines(a: CheckedArticle): { line: number; text: string }[] {
  const fm = a.file.fm;
  const out: { line: number; text: string }[] = [];
  fm.yamlText.split('\n').forEach((text, i) => {
    if (!/^\s*#/.test(text)) out.push({ line: fm.yamlStartLine + i, text });
  });
  fm.body.split('\n').forEach((text, i) => out.push({ line: fm.bodyStartLine + i, text: text.replace(/<!--.*?-->/g, '') }));
  return out;
}

const quoteEn = (s: string) => `“${s}”`;

/**
 * The glossary's notes on the English translations, and on the glossary and
 * data files themselves. Long because its three checks (terms, avoided
 * renderings, consistency) share one index of every term's renderings
 * across the translations, built at the top.
 */
export function glossaryFindings(articles: readonly CheckedArticle[], content: Content, glossary: GlossaryFile): Finding[] {
  const findings: Finding[] = [];
  const gDisplay = displayPath(glossary.path);
  for (const e of glossary.errors) findings.push({ file: gDisplay, line: e.line, severity: 'error', rule: 'yaml-syntax', message: `${e.message}。译名表有格式错误时，译名检查不会运行。` });
  for (const item of glossary.items) {
    if (item.entry) continue;
    const r = glossaryEntrySchema.safeParse(item.raw);
    for (const issue of r.success ? [] : r.error.issues) {
      const key = issue.code === 'unrecognized_keys' ? (issue.keys[0] ?? '') : String(issue.path[0] ?? '');
      findings.push({ file: gDisplay, line: item.lines[key] ?? item.line, severity: 'error', rule: 'schema', message: `译名表的这一项${key ? `（${key}）` : ''}：${issue.message}。每一项写成 zh、en、kind，可加 variants、avoid、note（见编辑指南“翻译成英文”）。` });
    }
  }

  const { terms, glossaryTerms } = allTerms(content, glossary);
  findings.push(...consistencyFindings(content, glossary, terms, glossaryTerms));

  // Avoided renderings in the data files' English names (the English site shows them).
  for (const file of [content.departments, content.topics, content.columns]) {
    for (const e of file.entries) {
      for (const t of terms) {
        for (const bad of t.avoid) {
          if (containsEnWords(e.name.en, bad) && !containsEn(e.name.en, t.en)) {
            findings.push({
              file: displayPath(file.path),
              line: e.lines['name.en'] ?? e.line,
              severity: 'info',
              rule: 'glossary-avoid',
              message: `“${e.name.zh}”的英文名用了译名表说不要用的译法${quoteEn(bad)}（${t.zh}，${t.file}:${t.line}）。请改用${quoteEn(t.en)}。`,
            });
          }
        }
      }
    }
  }

  // Each translation against its original.
  const byId = new Map(articles.map((a) => [a.file.id, a]));
  const pairs: { tr: CheckedArticle; original: CheckedArticle; present: Map<number, number> }[] = [];
  for (const tr of articles) {
    if (tr.data?.lang !== 'en' || !tr.data.translationOf) continue;
    const original = byId.get(tr.data.translationOf);
    if (!original?.data || original.data.lang !== 'zh-CN') continue;
    // A translation not yet written (npm run new -- --translate leaves only a comment) has nothing to check; empty-body says so.
    if (tr.file.fm.body.replace(/<!--[\s\S]*?-->/g, '').trim() === '') continue;
    const present = new Map<number, number>();
    for (const { line, text } of readLines(original)) for (const i of termsIn(text, terms)) if (!present.has(i)) present.set(i, line);
    pairs.push({ tr, original, present });
  }
  const textOf = (a: CheckedArticle) => [...strings(a.file.fm.data), a.file.fm.body.replace(/<!--[\s\S]*?-->/g, '')].join('\n');
  const rendered = new Map<number, string[]>();
  for (const { tr, present } of pairs) {
    const text = textOf(tr);
    for (const i of present.keys()) if (containsEn(text, terms[i]!.en)) rendered.set(i, [...(rendered.get(i) ?? []), tr.display]);
  }
  for (const { tr, original, present } of pairs) {
    const text = textOf(tr);
    for (const [i, originalLine] of present) {
      const t = terms[i]!;
      if (containsEn(text, t.en)) continue;
      const others = t.isSloganOrColumn ? (rendered.get(i) ?? []) : [];
      findings.push({
        file: tr.display,
        line: tr.file.fm.bodyStartLine,
        severity: 'info',
        rule: 'glossary',
        message:
          `原文 ${original.display} 第 ${originalLine} 行有${t.kindLabel}“${t.forms.find((f) => readLines(original).some((l) => normalizeZh(l.text).includes(normalizeZh(f)))) ?? t.forms[0]}”，` +
          `译文里却没有它的译法${quoteEn(t.en)}（见 ${t.file}:${t.enLine}）。请照这个译法翻译${others.length > 0 ? `；${others.join('、')} 就是这样译的，同一${t.kindLabel}在各篇译文里要译成一样` : ''}。` +
          `若确实不该这样译，请改译名表，不要另译一种说法。`,
      });
    }
    // Avoided renderings, where they are written (the longest, where one contains another).
    for (const { line, text: lineText } of readLines(tr)) {
      const hits: { t: Term; bad: string }[] = [];
      for (const t of terms) {
        for (const bad of t.avoid) {
          if (hits.some((h) => normalizeEn(h.bad) === normalizeEn(bad)) || !containsEnWords(lineText, bad)) continue;
          // The right rendering may itself contain the avoided words.
          if (containsEn(t.en, bad) && containsEn(lineText, t.en)) continue;
          hits.push({ t, bad });
        }
      }
      for (const { t, bad } of hits) {
        if (hits.some((h) => h.bad.length > bad.length && containsEn(h.bad, bad))) continue;
        findings.push({
          file: tr.display,
          line,
          severity: 'info',
          rule: 'glossary-avoid',
          message: `译文用了${quoteEn(bad)}，译名表说不要这样译（“${t.zh}”，${t.file}:${t.line}）。请改用${quoteEn(t.en)}。`,
        });
      }
    }
  }
  return findings;
}

/** Where the glossary and the data files would make one term two renderings. */
function consistencyFindings(content: Content, glossary: GlossaryFile, terms: readonly Term[], glossaryTerms: readonly Term[]): Finding[] {
  const findings: Finding[] = [];
  const gDisplay = displayPath(glossary.path);
  const note = (file: string, line: number, message: string) => findings.push({ file, line, severity: 'info', rule: 'glossary-consistency', message });

  // A term listed twice.
  const firstLine = new Map<string, { line: number; en: string }>();
  for (const t of glossaryTerms) {
    for (const f of t.forms) {
      const key = normalizeZh(f);
      const first = firstLine.get(key);
      if (first) note(gDisplay, t.line, `“${f}”在译名表里已经有了（第 ${first.line} 行，${quoteEn(first.en)}）。一个词只写一项：请删去一项，或合并成一项。`);
      else firstLine.set(key, { line: t.line, en: t.en });
    }
  }

  // Columns and departments: the data file's name.en is the rendering.
  for (const item of glossary.items) {
    const e = item.entry;
    if (!e) continue;
    const line = item.lines.en ?? item.line;
    if (e.kind === 'column') {
      const column = content.columns.entries.find((c) => normalizeZh(c.name.zh) === normalizeZh(e.zh));
      if (!column) note(gDisplay, item.line, `译名表把“${e.zh}”写成栏目名（kind: column），但 columns.yaml 里没有这个栏目。请核对中文写法，或把 kind 改成 term、slogan。`);
      else if (column.name.en.trim() !== e.en.trim()) {
        note(gDisplay, line, `栏目“${e.zh}”在译名表里译作${quoteEn(e.en)}，在 columns.yaml 里（英文网页显示的）却是${quoteEn(column.name.en)}。栏目名要完全一致：请把 columns.yaml 里 ${column.id} 的 name.en 改成译名表的译法，或改译名表。`);
      }
    }
    const department = content.departments.entries.find((d) => [d.name.zh, ...d.aliases].some((n) => normalizeZh(n) === normalizeZh(e.zh)));
    if (department && !containsEn(department.name.en, e.en)) {
      note(gDisplay, line, `“${e.zh}”是部门 ${department.id}，英文名以 departments.yaml 为准（${quoteEn(department.name.en)}），译名表却写${quoteEn(e.en)}。请删去译名表的这一项，或改成一致。`);
    }
  }

  // A longer name whose English leaves out the English of a term inside it.
  const containers: { zh: string; en: string; file: string; line: number }[] = [
    ...glossaryTerms.flatMap((t) => t.forms.map((zh) => ({ zh, en: t.en, file: t.file, line: t.enLine }))),
    ...[content.columns, content.departments].flatMap((file) =>
      file.entries.filter((e) => e.name.zh && !isPlaceholderEnglish(e.name.en, e.name.zh)).map((e) => ({ zh: e.name.zh, en: e.name.en, file: displayPath(file.path), line: e.lines['name.en'] ?? e.line })),
    ),
  ];
  const reported = new Set<string>();
  for (const c of containers) {
    const inner = terms.filter((t) => !t.forms.some((f) => normalizeZh(f) === normalizeZh(c.zh)));
    for (const i of termsIn(c.zh, inner)) {
      const t = inner[i]!;
      const key = `${c.file}:${c.line}:${t.en}`;
      if (containsEn(c.en, t.en) || reported.has(key)) continue;
      reported.add(key);
      note(
        c.file,
        c.line,
        `“${c.zh}”里有${t.kindLabel}“${t.forms.find((f) => normalizeZh(c.zh).includes(normalizeZh(f))) ?? t.forms[0]}”，它的英文${quoteEn(c.en)}里却没有这个词的译法${quoteEn(t.en)}（${t.file}:${t.enLine}）：同一个词会有两种译法。请让两处一致。`,
      );
    }
  }
  return findings;
}
