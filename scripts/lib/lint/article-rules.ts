/**
 * Checks on one article's file and frontmatter: YAML, the schema (shared
 * with the build), unknown fields, ids that name nothing, file name and
 * folder, dates in the future, translations, cover images, import notes.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { z } from 'astro/zod';
import { findUnknownReferences, type KnownIds } from '../../../src/lib/references.ts';
import type { ArticleFile, Content, DataFile } from '../shared/content.ts';
import { displayPath } from '../shared/content.ts';
import type { Finding } from './findings.ts';
import { lineOf, type FieldPath } from '../../../src/lib/content-files/frontmatter.ts';
import { ARTICLE_FIELDS, articleSchema, FIELD_LABELS, KEBAB_ID, kebabId } from '../../../src/lib/schema.ts';
import { closest } from '../shared/suggest.ts';
import { dateFindings } from './date-rules.ts';

// Messages of zod's own checks in Chinese (the schema's custom messages already are).
z.config(z.locales.zhCN());

/** The article schema as the linter uses it: ids are checked for shape here, for existence below. */
export const lintArticleSchema = articleSchema({ department: kebabId, topic: kebabId, column: kebabId, article: z.string(), image: z.string() });

export type ArticleData = z.output<typeof lintArticleSchema>;

/** An article after the frontmatter checks: its data when the schema accepted it. */
export interface CheckedArticle {
  file: ArticleFile;
  display: string;
  data: ArticleData | undefined;
}

const FILE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.en)?$/;

function at(a: ArticleFile, display: string, path: FieldPath, severity: Finding['severity'], rule: Finding['rule'], message: string): Finding {
  return { file: display, line: lineOf(a.fm, path), severity, rule, message };
}

/** `departments.1` → `departments[1]`, as editors see lists. */
export function fieldName(path: FieldPath): string {
  return path.reduce<string>((s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${k}` : k), '');
}

function label(path: FieldPath): string {
  const top = String(path[0] ?? '');
  const l = FIELD_LABELS[top];
  return l ? `${fieldName(path)}（${l}）` : fieldName(path);
}


/**
 * File, YAML, schema and field checks of one article. Long because it runs
 * the per-file checks in the order an editor should fix them (file name,
 * encoding, YAML, schema, fields, body), each a few lines that share the
 * parsed frontmatter and the line numbers; the body's own rules are in
 * the other rule files.
 */
export function checkArticle(a: ArticleFile, today: string, nameToId: ReadonlyMap<string, string> = new Map()): { findings: Finding[]; checked: CheckedArticle } {
  const display = displayPath(a.path);
  const findings: Finding[] = [];
  const checked: CheckedArticle = { file: a, display, data: undefined };

  if (!FILE_ID.test(a.id)) {
    findings.push({
      file: display,
      line: 1,
      severity: 'error',
      rule: 'bad-slug',
      message: `文件名“${a.id}.md”不合规：文件名就是网址，只能用小写英文字母、数字和连字符（如 yongan-town-li-feng.md），英文译文在后面加 .en（如 yongan-town-li-feng.en.md）。请改文件名。`,
    });
  }
  if (!a.fm.present) {
    findings.push({
      file: display,
      line: 1,
      severity: 'error',
      rule: 'no-frontmatter',
      message: '文件开头没有文章信息（frontmatter）。第一行必须是 ---，接着写 title、type、date、departments 等字段，再用一行 --- 结束（可用 npm run new 生成）。',
    });
    return { findings, checked };
  }
  for (const e of a.fm.errors) findings.push({ file: display, line: e.line, severity: 'error', rule: 'yaml-syntax', message: e.message });
  const raw = a.fm.data;
  if (!raw) return { findings, checked };

  for (const key of Object.keys(raw)) {
    if ((ARTICLE_FIELDS as readonly string[]).includes(key)) continue;
    const guess = closest(key, ARTICLE_FIELDS);
    findings.push(
      at(a, display, [key], 'error', 'unknown-field', `没有“${key}”这个字段，网站会忽略它。${guess ? `是不是“${guess}”（${FIELD_LABELS[guess]}）？` : `可用的字段：${ARTICLE_FIELDS.join('、')}。`}`),
    );
  }

  const dates = dateFindings(a, display, today);
  findings.push(...dates.findings);
  if (dates.date) {
    const year = dates.date.slice(0, 4);
    const folder = a.relPath.includes('/') ? a.relPath.split('/')[0] : '';
    if (folder !== year) {
      findings.push({
        file: display,
        line: lineOf(a.fm, ['date']),
        severity: 'warning',
        rule: 'wrong-folder',
        message: `文章日期是 ${year} 年，文件却放在“articles/${folder ? `${folder}/` : ''}”下。请把文件移到 articles/${year}/ 文件夹。`,
      });
    }
  }

  const result = lintArticleSchema.safeParse(raw);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
      if (dates.refused.has(String(path[0]))) continue;
      const name = path.length > 0 ? label(path) : '文章信息';
      const missing = issue.code === 'invalid_type' && getIn(raw, path) === undefined;
      const value = getIn(raw, path);
      const id = typeof value === 'string' ? nameToId.get(value.trim()) : undefined;
      const hint = id ? ` 这里要写 id，不是中文名称：“${value}”的 id 是 ${id}。` : '';
      const message = (missing && !/必填/.test(issue.message) ? `${name} 是必填项，还没有写。${issue.message}` : `${name}：${issue.message}`) + hint;
      findings.push(at(a, display, path, 'error', 'schema', message));
    }
  } else {
    checked.data = result.data;
    const data = result.data;
    const isEnFile = a.id.endsWith('.en');
    if (isEnFile && data.lang !== 'en') {
      findings.push(at(a, display, ['lang'], 'error', 'translation', `文件名以 .en.md 结尾，是英文译文，请写 lang: en。`));
    }
    if (!isEnFile && data.lang === 'en') {
      findings.push(at(a, display, ['lang'], 'error', 'translation', `lang: en 的英文译文，文件名要以 .en.md 结尾，并与原文同名：如 ${a.slug}.en.md。`));
    }
    if (isEnFile && data.translationOf === undefined) {
      findings.push(at(a, display, ['lang'], 'error', 'translation', `英文译文要写 translationOf: ${a.slug}（原文的文件名，不带 .md）。`));
    }
    if (isEnFile && data.translationOf !== undefined && data.translationOf !== a.slug) {
      findings.push(
        at(a, display, ['translationOf'], 'error', 'translation', `translationOf 写的是 ${data.translationOf}，但文件名是 ${a.id}.md。译文文件名要与原文同名：${data.translationOf}.en.md，或把 translationOf 改为 ${a.slug}。`),
      );
    }
    if (data.cover !== undefined && !existsSync(resolve(dirname(a.path), data.cover))) {
      findings.push(at(a, display, ['cover'], 'error', 'missing-image', `找不到封面图 ${data.cover}（路径相对于本文件）。请检查文件名，图片放在 content/media/ 下。`));
    }
  }

  const notes = [...a.fm.yamlText.matchAll(/^#\s*待核对[:：]?\s*(.*)$/gm)];
  for (const m of notes) {
    const line = a.fm.yamlStartLine + a.fm.yamlText.slice(0, m.index).split('\n').length - 1;
    findings.push({ file: display, line, severity: 'warning', rule: 'import-check', message: `导入工具留下的待核对事项：${m[1]}。核对并改好后，删去这一行注释。` });
  }
  return { findings, checked };
}

function getIn(obj: unknown, path: FieldPath): unknown {
  let cur: unknown = obj;
  for (const k of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[k];
  }
  return cur;
}

/** The ids an article may name, from the data files and the article files. */
export function knownIds(content: Content): KnownIds {
  const ids = (f: DataFile) => new Set(f.entries.map((e) => e.id));
  return { departments: ids(content.departments), topics: ids(content.topics), columns: ids(content.columns), articles: new Set(content.articles.map((a) => a.id)) };
}

/** Chinese names and aliases of departments, topics and columns → their ids. */
export function namesToIds(content: Content): Map<string, string> {
  const names = new Map<string, string>();
  for (const f of [content.departments, content.topics, content.columns]) {
    for (const e of f.entries) {
      names.set(e.name.zh, e.id);
      for (const alias of e.aliases) names.set(alias, e.id);
    }
  }
  return names;
}

/**
 * Ids in the frontmatter that name nothing, found by the same function the
 * build uses (src/lib/references.ts), with the line of each and a hint
 * when the editor wrote a Chinese name instead of the id.
 */
export function referenceFindings(articles: readonly CheckedArticle[], content: Content): Finding[] {
  const known = knownIds(content);
  const names = namesToIds(content);
  const findings: Finding[] = [];
  // Ids of the wrong shape are schema errors already; only well-formed ids are looked up.
  // (Positions are kept, so that departments[1] is still the second item.)
  const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map((x) => (typeof x === 'string' ? x : '')) : []);
  const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
  for (const c of articles) {
    const d = c.file.fm.data;
    if (!d) continue;
    // Raw values, so that an unknown id is reported even when another field broke the schema.
    const speaker = d.speaker !== null && typeof d.speaker === 'object' ? (d.speaker as Record<string, unknown>) : {};
    const messages = findUnknownReferences(
      [{ file: c.display, departments: strings(d.departments), topics: strings(d.topics), column: str(d.column), speakerDepartment: str(speaker.department) }],
      known,
      displayPath(content.dir),
    );
    for (const message of messages) {
      const m = /字段 (\S+) 的值 “([^”]*)”/.exec(message);
      const field = m?.[1] ?? '';
      const value = m?.[2] ?? '';
      if (!KEBAB_ID.test(value)) continue;
      const path: FieldPath = field.split(/[.[\]]/).filter(Boolean).map((k) => (/^\d+$/.test(k) ? Number(k) : k));
      const pool = field.startsWith('topics') ? known.topics : field === 'column' ? known.columns : known.departments;
      const byName = names.get(value);
      const guess = byName && pool.has(byName) ? byName : closest(value, pool);
      const hint = guess ? ` 是不是 ${guess}？` : '';
      let text = message.startsWith(`${c.display}: `) ? message.slice(c.display.length + 2) : message;
      // With a likely fix, the list of every id is noise: keep the sentence that says where the ids are.
      if (guess) text = text.replace(/(中已有的 id)：.*$/u, '$1。');
      findings.push({ file: c.display, line: lineOf(c.file.fm, path), severity: 'error', rule: 'unknown-reference', message: `${text}${hint}` });
    }
  }
  return findings;
}

/** Two files with the same id (the file name decides the URL, whatever the folder). */
export function duplicateSlugFindings(articles: readonly CheckedArticle[]): Finding[] {
  const byId = new Map<string, CheckedArticle[]>();
  for (const a of articles) byId.set(a.file.id, [...(byId.get(a.file.id) ?? []), a]);
  const findings: Finding[] = [];
  for (const [id, group] of byId) {
    if (group.length < 2) continue;
    for (const a of group) {
      const others = group.filter((o) => o !== a).map((o) => o.display);
      findings.push({
        file: a.display,
        line: 1,
        severity: 'error',
        rule: 'duplicate-slug',
        message: `文件名（网址）“${id}”重复：${others.join('、')} 也用了它。同名文件会互相覆盖，请给其中一篇改一个不同的文件名。`,
      });
    }
  }
  return findings;
}

/** Translations whose original does not exist, and translations that disagree with their original. */
export function translationFindings(articles: readonly CheckedArticle[]): Finding[] {
  const byId = new Map(articles.map((a) => [a.file.id, a]));
  const findings: Finding[] = [];
  for (const a of articles) {
    const d = a.data;
    const isTranslation = a.file.id.endsWith('.en') || d?.lang === 'en';
    if (!isTranslation) {
      if (d?.translationOf) {
        findings.push({
          file: a.display,
          line: lineOf(a.file.fm, ['translationOf']),
          severity: 'error',
          rule: 'translation',
          message: `这是中文文章，不能写 translationOf（“${d.translationOf}”）：只有英文译文（文件名以 .en.md 结尾，写 lang: en）才用它指明中文原文。请删去 translationOf 这一行。`,
        });
      }
      continue;
    }
    const originalId = d?.translationOf ?? a.file.slug;
    const original = byId.get(originalId);
    if (!original) {
      findings.push({
        file: a.display,
        line: d?.translationOf ? lineOf(a.file.fm, ['translationOf']) : 1,
        severity: 'error',
        rule: 'missing-original',
        message: `这是英文译文，但找不到原文 ${originalId}.md。请先有中文原文，或改正 translationOf / 文件名。`,
      });
      continue;
    }
    if (!d || !original.data) continue;
    if (original.data.lang !== 'zh-CN') {
      findings.push({ file: a.display, line: lineOf(a.file.fm, ['translationOf']), severity: 'error', rule: 'missing-original', message: `translationOf 指向的 ${originalId} 不是中文原文。请指向中文文章。` });
      continue;
    }
    if (original.data.draft === true && d.draft !== true) {
      findings.push({
        file: a.display,
        line: lineOf(a.file.fm, ['translationOf']),
        severity: 'error',
        rule: 'translation',
        message: `原文 ${original.display} 还是草稿（draft: true），译文却要发布：英文读者会看到一篇中文网站上没有的文章。请给译文也加上 draft: true，或先发布原文（删去原文的 draft: true）。`,
      });
    }
    const same = (x: unknown, y: unknown) => JSON.stringify(x) === JSON.stringify(y);
    const o = original.data;
    const checks: Array<[keyof ArticleData, unknown, unknown]> = [
      ['type', d.type, o.type],
      ['date', d.date.toISOString(), o.date.toISOString()],
      ['column', d.column, o.column],
      ['departments', d.departments, o.departments],
      ['topics', d.topics, o.topics],
    ];
    for (const [field, mine, theirs] of checks) {
      if (!same(mine, theirs)) {
        findings.push({
          file: a.display,
          line: lineOf(a.file.fm, [field]),
          severity: 'warning',
          rule: 'translation-mismatch',
          message: `译文的 ${field}（${FIELD_LABELS[field]}）与原文 ${original.display} 不一致。译文的 ${field} 应与原文相同。`,
        });
      }
    }
  }
  return findings;
}
