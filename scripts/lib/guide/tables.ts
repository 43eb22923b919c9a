/**
 * The lists of columns, article types, departments and topics in the editor
 * guide (docs/编辑指南.md), made from the data files so that they are
 * complete.
 *
 *   npm run guide:tables              print the tables
 *   npm run guide:tables -- --write   replace them in docs/编辑指南.md
 */
import { choicesFrom, TYPE_CHOICES } from '../shared/catalog.ts';
import type { Content } from '../shared/content.ts';

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
