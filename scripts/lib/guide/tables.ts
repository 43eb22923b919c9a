/**
 * The lists of columns, article types, departments and topics in the editor
 * guide (docs/编辑指南.md), made from the data files so that they are
 * complete; and (guideBlocks) every other generated part of the guide: the
 * field tables and the linter's rule table.
 *
 *   npm run guide:tables              print the tables
 *   npm run guide:tables -- --write   replace them in docs/编辑指南.md
 */
import { choicesFrom, TYPE_CHOICES } from '../shared/catalog.ts';
import type { Content } from '../shared/content.ts';
import { SEVERITY_LABEL } from '../lint/findings.ts';
import { RULES } from '../lint/rules.ts';
import { fieldTable, translationTable } from './fields.ts';

export const START = '<!-- 以下各表由 npm run guide:tables -- --write 按 content/ 里的数据文件生成，请勿手改 -->';
export const END = '<!-- 各表结束 -->';

const cell = (s: string) => s.replace(/\|/g, '\\|');

/** The tables as markdown. */
export function guideTables(content: Content): string {
  const out: string[] = [];
  out.push('### 栏目（column）', '', '| id | 栏目 | 英文名 |', '| --- | --- | --- |');
  for (const c of choicesFrom(content.columns.entries)) {
    const e = content.columns.entries.find((x) => x.id === c.id)!;
    out.push(`| \`${c.id}\` | ${cell(c.zh)} | ${cell(e.name.en)} |`);
  }
  out.push('', '### 类型（type）', '', '| id | 类型 |', '| --- | --- |');
  for (const t of TYPE_CHOICES) out.push(`| \`${t.id}\` | ${t.zh} |`);
  out.push('', '### 部门（departments、speaker.department）', '');
  let group: string | undefined;
  for (const d of choicesFrom(content.departments.entries, true)) {
    if (d.group !== group) {
      group = d.group;
      out.push('', `**${group}**`, '', '| id | 名称 | 报上的其他叫法 |', '| --- | --- | --- |');
    }
    out.push(`| \`${d.id}\` | ${cell(d.zh)} | ${cell(d.aliases.join('、'))} |`);
  }
  out.push('', '### 主题（topics）', '', '| id | 主题 | 说明 |', '| --- | --- | --- |');
  for (const t of choicesFrom(content.topics.entries)) {
    const e = content.topics.entries.find((x) => x.id === t.id)!;
    out.push(`| \`${t.id}\` | ${cell(t.zh)} | ${cell(e.description?.zh ?? '')} |`);
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n');
}

/** The guide with its tables replaced by fresh ones. */
export function withTables(guide: string, tables: string): string {
  const a = guide.indexOf(START);
  const b = guide.indexOf(END);
  if (a === -1 || b === -1 || b < a) throw new Error(`编辑指南里找不到表格的起止标记：${START} … ${END}`);
  return `${guide.slice(0, a + START.length)}\n\n${tables}\n\n${guide.slice(b)}`;
}

// ── Every generated part of the guide: the lists above, the rule table, the field tables. ──

/** One generated part of the guide, between its two marker comments. */
export interface GuideBlock {
  /** What it is, for messages. */
  name: string;
  start: string;
  end: string;
  text: string;
}

const marker = (what: string, from: string) => ({
  start: `<!-- ${what}由 npm run guide:tables -- --write 按 ${from} 生成，请勿手改 -->`,
  end: `<!-- ${what}结束 -->`,
});

/** The rule table of §9, from scripts/lib/lint/rules.ts. */
export function ruleTable(): string {
  const rows = Object.entries(RULES).map(([id, r]) => `| \`${id}\` | ${r.severity.map((s) => SEVERITY_LABEL[s]).join('或')} | ${cell(r.meaning)} | ${cell(r.fix)} |`);
  return ['| 规则 | 级别 | 意思 | 怎么改 |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

/** Every generated block, in the guide's order. */
export function guideBlocks(content: Content): GuideBlock[] {
  return [
    { name: '字段表（第四节）', ...marker('字段表', 'src/lib/schema.ts 和 scripts/lib/guide/fields.ts'), text: fieldTable() },
    { name: '译文字段表（第八节）', ...marker('译文字段表', 'scripts/lib/new/translation.ts'), text: translationTable() },
    { name: '规则表（第九节）', ...marker('规则表', 'scripts/lib/lint/rules.ts'), text: ruleTable() },
    { name: '栏目、类型、部门、主题一览（第十三节）', start: START, end: END, text: guideTables(content) },
  ];
}

/** The text between a block's markers, or undefined when the markers are missing. */
export function blockText(guide: string, block: Pick<GuideBlock, 'start' | 'end'>): string | undefined {
  const a = guide.indexOf(block.start);
  const b = guide.indexOf(block.end);
  if (a === -1 || b === -1 || b < a) return undefined;
  return guide.slice(a + block.start.length, b).trim();
}

/** The guide with every block replaced by its fresh text. */
export function withBlocks(guide: string, blocks: readonly GuideBlock[]): string {
  let out = guide;
  for (const block of blocks) {
    const a = out.indexOf(block.start);
    const b = out.indexOf(block.end);
    if (a === -1 || b === -1 || b < a) throw new Error(`编辑指南里找不到${block.name}的起止标记：${block.start} … ${block.end}`);
    out = `${out.slice(0, a + block.start.length)}\n\n${block.text}\n\n${out.slice(b)}`;
  }
  return out;
}

/** The blocks whose text in the guide is not what the code makes (or whose markers are missing). */
export function staleBlocks(guide: string, blocks: readonly GuideBlock[]): GuideBlock[] {
  return blocks.filter((b) => blockText(guide, b) !== b.text.trim());
}
