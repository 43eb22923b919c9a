/**
 * Checks on content/departments.yaml, topics.yaml and columns.yaml: the
 * same schema as the build, duplicate ids, and English names that are
 * missing or only placeholders.
 */
import type { z } from 'astro/zod';
import { isNode, LineCounter, parseDocument, visit } from 'yaml';
import { displayPath, type DataFile } from '../shared/content.ts';
import type { Finding } from './findings.ts';
import { columnSchema, companySchema, departmentSchema, FIELD_LABELS, kebabId, topicSchema } from '../../../src/lib/schema.ts';
import { hasHan } from '../../../src/lib/cjk.ts';

const SCHEMAS: Readonly<Record<DataFile['name'], z.ZodType>> = {
  departments: departmentSchema,
  topics: topicSchema,
  columns: columnSchema,
  // The department id is checked for shape here; company-rules.ts checks that it exists.
  companies: companySchema({ department: kebabId }),
};
const WHAT: Readonly<Record<DataFile['name'], string>> = { departments: '部门', topics: '主题', columns: '栏目', companies: '企业或项目' };

/** An English name that is not really one: empty, the Chinese name, Chinese text, or a to-do marker. */
export function isPlaceholderEnglish(en: string, zh: string): boolean {
  const t = en.trim();
  return t === '' || t === zh.trim() || hasHan(t) || /^(?:todo|tbd|fixme|xxx|n\/?a|-+|\?+|待译|待翻译)$/i.test(t) || /\b(?:todo|tbd)\b/i.test(t);
}

export function dataFindings(file: DataFile): Finding[] {
  const display = displayPath(file.path);
  const findings: Finding[] = file.errors.map((e) => ({ file: display, line: e.line, severity: 'error' as const, rule: e.rule ?? 'yaml-syntax', message: e.message }));
  const seen = new Map<string, number>();
  for (const entry of file.entries) {
    const result = SCHEMAS[file.name].safeParse(entry.raw);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const path = issue.path.map(String);
        const key = path.join('.');
        const line = entry.lines[key] ?? entry.lines[path[0] ?? ''] ?? entry.line;
        const field = FIELD_LABELS[path[0] ?? ''] ? `${key}（${FIELD_LABELS[path[0] ?? '']}）` : key;
        findings.push({ file: display, line, severity: 'error', rule: 'schema', message: `${WHAT[file.name]} ${entry.id || '（没有 id）'} 的 ${field}：${issue.message}` });
      }
    }
    if (entry.id) {
      const first = seen.get(entry.id);
      if (first !== undefined) {
        findings.push({
          file: display,
          line: entry.lines.id ?? entry.line,
          severity: 'error',
          rule: 'duplicate-id',
          message: `id “${entry.id}” 重复（第 ${first} 行已经用过）。每个${WHAT[file.name]}的 id 必须不同，请改掉其中一个。`,
        });
      } else seen.set(entry.id, entry.lines.id ?? entry.line);
    }
    if (entry.name.zh && isPlaceholderEnglish(entry.name.en, entry.name.zh)) {
      findings.push({
        file: display,
        line: entry.lines['name.en'] ?? entry.lines.name ?? entry.line,
        severity: 'warning',
        rule: 'missing-english-name',
        message: `${WHAT[file.name]}“${entry.name.zh}”（${entry.id}）还没有英文名称（name.en 是“${entry.name.en}”）。英文版网站会显示这个名称，请补上正式英文名，如 ${file.name === 'departments' ? 'Yongan Town、District Housing Bureau' : file.name === 'companies' ? 'Xinyuanda、CNBM Photonics' : 'Investment Promotion'}。`,
      });
    }
  }
  return findings;
}

/** The explicit YAML tags that mean nothing more than the value written (`!!str 5`). */
const PLAIN_TAGS = /^tag:yaml\.org,2002:(?:str|int|float|bool|null|seq|map)$/;

/**
 * Explicit YAML tags (`!!js/function`, `!mytag`) in a YAML text: the build's
 * YAML reader refuses them with an English error, or reads them as
 * something no editor meant. `firstLine` is the file line of the text's
 * first line.
 */
export function yamlTagFindings(text: string, firstLine: number): Omit<Finding, 'file'>[] {
  if (!text.includes('!')) return [];
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, customTags: ['timestamp'] });
  const out: Omit<Finding, 'file'>[] = [];
  visit(doc, (_key, node) => {
    const tag = isNode(node) ? node.tag : undefined;
    if (tag === undefined || PLAIN_TAGS.test(tag)) return;
    const written = tag.replace(/^tag:yaml\.org,2002:/, '!!');
    const line = firstLine + lineCounter.linePos(node && isNode(node) ? (node.range?.[0] ?? 0) : 0).line - 1;
    out.push({
      line,
      severity: 'error',
      rule: 'yaml-syntax',
      message: `YAML 标签 ${written} 不能用：这里只能写文字、数字、日期和列表。请删去 ${written}，只留下值本身（值里本来就有 ! 的，请给整个值加上引号）。`,
    });
  });
  return out;
}
