/**
 * Checks on content/companies.yaml against the articles (all notes but one):
 *
 * - the schema, duplicate ids and English names, as for the other data files;
 * - a `department` that names no department (an error, as the build stops on it);
 * - an alias that no article body contains (a mention is found by name and
 *   alias, so an alias that matches nothing is mistyped or unneeded);
 * - a name in an article that looks like a company or project (…有限公司,
 *   …集团, …项目) but is not in the file.
 *
 * Mentions are found as the build finds them (src/lib/mentions.ts), in the
 * body text with the line breaks next to Chinese removed, as readers see it.
 */
import { join } from 'node:path';
import { findRemovableLineBreaks } from '../../../src/markdown/cjk-line-breaks.ts';
import { findName } from '../../../src/lib/mentions.ts';
import { displayPath, readDataFile, type Content, type DataEntry } from '../shared/content.ts';
import type { Finding } from './findings.ts';
import { textBlocks, type TextBlock } from '../shared/markdown-blocks.ts';
import type { ArticleFile } from '../shared/content.ts';
import { dataFindings } from './data-rules.ts';

/** A block's text as the reader sees it, and the file line of a character in it. */
interface ReadText {
  text: string;
  lineAt(index: number): number;
}

function readerText(block: { text: string; lines: number[]; line: number }): ReadText {
  const breaks = block.text.includes('\n') ? findRemovableLineBreaks(block.text, 0, block.text.length) : [];
  if (breaks.length === 0) return { text: block.text.replace(/\n/g, ' '), lineAt: (i) => block.lines[i] ?? block.line };
  // Kept pieces, each with where it starts in the reader's text and in the block's.
  const pieces: { at: number; from: number; to: number }[] = [];
  let last = 0;
  let length = 0;
  for (const [from, to] of [...breaks, [block.text.length, block.text.length] as const]) {
    pieces.push({ at: length, from: last, to: from });
    length += from - last;
    last = to;
  }
  const text = pieces.map((p) => block.text.slice(p.from, p.to)).join('').replace(/\n/g, ' ');
  const lineAt = (i: number) => {
    const p = pieces.findLast((x) => x.at <= i) ?? pieces[0]!;
    return block.lines[p.from + (i - p.at)] ?? block.line;
  };
  return { text, lineAt };
}

const SUFFIX = /(?:股份)?有限公司|集团|项目/gu;

/** Where a name stops, going back from its suffix: punctuation, spaces, quotes. */
const STOP_CHAR = /[^\p{Script=Han}A-Za-z0-9]/u;

/** Words that end a company's name going back from 有限公司 or 集团 (紧盯|烟台中宠食品股份有限公司). */
const STOP_WORDS = new Set('的 和 与 及 或 等 对 把 将 以 在 为 向 用 从 是 了 紧盯 盯紧 紧 盯 抓 引进 招引 签约 落地 服务 支持 走进 参观 考察 学习 调研 来到 依托 联合 携手 同'.split(' '));

/** Words that describe any project rather than name one (重点项目, 工业项目, 亿元以上项目). */
const GENERIC_WORDS = new Set(
  '重点 重大 工业 产业 招商 招引 实施 类 实施类 亿 万 元 亿元 万元 以上 亿元以上 过 省 市 区 省市 惠民 实事 科研 经济 社会 线索 现有 大块头 大 小 新 部分 整体 全年 在建 储备 建设 工程 个 多个 一批 各类 优质 省级 市级 区级 全区'.split(' '),
);

/**
 * 项目 ends many plain phrases (签约项目4个, 重点项目, 工程建设项目), so a
 * project counts as named only where the news introduces one: after an
 * investment or an action and 的 (总投资10亿元的汽车装备制造项目, 新落地的…项目).
 */
const PROJECT_INTRO = /(?:元|落地|签约|开工|投产|引进|招引|建成|竣工)的([\p{Script=Han}A-Za-z0-9]{2,24})$/u;

const words = new Intl.Segmenter('zh-CN', { granularity: 'word' });

const isGeneric = (name: string) => [...words.segment(name)].every(({ segment: w }) => GENERIC_WORDS.has(w) || /^\d/u.test(w));

/**
 * The name that ends with the suffix found at `at` (有限公司, 集团, 项目),
 * or undefined when the words before it only describe.
 */
export function nameBefore(text: string, at: number, suffix: string): string | undefined {
  if (suffix === '项目') {
    const m = PROJECT_INTRO.exec(text.slice(Math.max(0, at - 40), at));
    return m && !isGeneric(m[1]!) ? `${m[1]}${suffix}` : undefined;
  }
  let start = at;
  while (start > 0 && at - start < 24 && !STOP_CHAR.test(text[start - 1]!)) start -= 1;
  const parts = [...words.segment(text.slice(start, at))].map((s) => s.segment);
  const kept: string[] = [];
  for (let i = parts.length - 1; i >= 0 && !STOP_WORDS.has(parts[i]!); i -= 1) kept.unshift(parts[i]!);
  const name = kept.join('');
  return [...name].length >= 2 && !isGeneric(name) ? `${name}${suffix}` : undefined;
}

/** The fewest characters a name or alias may have: one character is inside countless words (市 in 城市, 市场). */
export const MIN_ALIAS_LENGTH = 2;

/** The word (ICU word rules) that holds text[at, at+length) and is longer than it, if any: 城市 for 市. */
function enclosingWord(text: string, at: number, length: number): string | undefined {
  const from = Math.max(0, at - 8);
  for (const seg of words.segment(text.slice(from, at + length + 8))) {
    const start = from + seg.index;
    const end = start + seg.segment.length;
    if (start < at + length && end > at) return start <= at && end >= at + length && seg.segment.length > length && seg.isWordLike ? seg.segment : undefined;
  }
  return undefined;
}

/**
 * Aliases that would list articles that do not name the company: shorter
 * than MIN_ALIAS_LENGTH (an error), or found only inside longer words, as
 * 中宠 is not but 市 in 城市 is (a warning). Each names the articles it
 * would wrongly match.
 */
function aliasFindings(entries: readonly DataEntry[], display: string, bodies: readonly { display: string; uses: readonly AliasUse[] }[]): Finding[] {
  const out: Finding[] = [];
  for (const e of entries) {
    for (const alias of e.aliases) {
      if (alias === '') continue;
      const short = [...alias.trim()].length < MIN_ALIAS_LENGTH;
      const wrong: { display: string; word: string }[] = [];
      for (const b of bodies) {
        const use = b.uses.find((u) => u.alias === alias);
        if (!use) continue;
        if (short ? use.inside !== undefined || use.alone : use.inside !== undefined && !use.alone) wrong.push({ display: b.display, word: use.inside ?? alias });
      }
      if (!short && wrong.length === 0) continue;
      const listed = wrong.slice(0, 5).map((w) => `${w.display}（“${w.word}”）`).join('、');
      const articles = wrong.length === 0 ? '' : `它会把 ${wrong.length} 篇文章算作提到了${e.name.zh}：${listed}${wrong.length > 5 ? ' 等' : ''}。`;
      out.push({
        file: display,
        line: e.lines.aliases ?? e.line,
        severity: short ? 'error' : 'warning',
        rule: 'bad-alias',
        message: short
          ? `${e.name.zh}（${e.id}）的别名“${alias}”只有一个字，会出现在大量无关的词里。${articles}请写至少两个字、只指这家企业或项目的简称，或删掉这个别名。`
          : `${e.name.zh}（${e.id}）的别名“${alias}”在文章里只出现在别的词里面，不是在说这家企业或项目。${articles}请换一个只指它的简称，或删掉这个别名。`,
      });
    }
  }
  return out;
}

function companiesNames(entries: readonly DataEntry[]): string[] {
  return entries.flatMap((e) => [e.name.zh, ...e.aliases]).filter((n) => n !== '');
}

/** What the company checks need of companies.yaml, read once: undefined when the content has none. */
export interface CompanyContext {
  display: string;
  aliases: string[];
  /** Every known name and alias, longest first, as one pattern. */
  knownPattern: RegExp | undefined;
}

export function companyContext(content: Content): CompanyContext | undefined {
  const file = readDataFile(content.dir, 'companies');
  if (!file.exists) return undefined;
  const known = [...new Set(companiesNames(file.entries))].sort((a, b) => b.length - a.length);
  return {
    display: displayPath(file.path),
    aliases: [...new Set(file.entries.flatMap((e) => e.aliases))].filter((a) => a !== ''),
    knownPattern: known.length > 0 ? new RegExp(known.map((n) => n.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|'), 'giu') : undefined,
  };
}

/** How a body uses an alias it contains: alone as a word somewhere, and the first longer word it is inside of, if any (城市 for 市). */
export interface AliasUse {
  alias: string;
  alone: boolean;
  inside?: string | undefined;
}

/** How `all` uses `alias` (which it contains). */
function aliasUse(all: string, alias: string): AliasUse {
  let inside: string | undefined;
  let alone = false;
  for (let at = findName(all, alias); at !== -1 && !alone; at = findName(all, alias, at + 1)) {
    const word = enclosingWord(all, at, alias.length);
    if (word === undefined) alone = true;
    else inside ??= word;
  }
  return { alias, alone, inside };
}

/** What one Chinese body gives the company checks: the aliases it contains and how, and the names in it that look like unknown companies. */
export interface CompanyBodyFacts {
  aliases: AliasUse[];
  findings: Finding[];
}

/** The company checks of one Chinese article's body (kept per file by the content check's cache). */
export function companyBodyFacts(context: CompanyContext, display: string, blocks: readonly TextBlock[]): CompanyBodyFacts {
  const read = blocks.map(readerText);
  const all = read.map((b) => b.text).join('\n');
  const findings: Finding[] = [];
  const reported = new Set<string>();
  for (const t of read) {
    if (t.text.search(SUFFIX) === -1) continue;
    const named = context.knownPattern ? [...t.text.matchAll(context.knownPattern)].map((m) => [m.index, m.index + m[0].length] as const) : [];
    for (const m of t.text.matchAll(SUFFIX)) {
      const at = m.index;
      const end = at + m[0].length;
      // Part of a known name or alias (新远大矿用锂电设备生产基地项目, 烟台中宠食品股份有限公司),
      // or a known name with the suffix added (新远大实业 → 新远大实业集团).
      const covered = named.some(([from, to]) => from < end && to >= at);
      if (covered) continue;
      const name = nameBefore(t.text, at, m[0]);
      if (!name || reported.has(name)) continue;
      reported.add(name);
      findings.push({
        file: display,
        line: t.lineAt(at),
        severity: 'info',
        rule: 'unknown-company',
        message: `“${name}”看起来是企业或项目的名称，但不在 ${context.display} 里。如果文章确实在说这家企业、园区或这个项目，请在 ${context.display} 里加一项（id、kind、name、aliases，照文章的写法），网站会为它生成一页，列出提到它的文章；如果不是，可以不管这条提示。`,
      });
    }
  }
  return { aliases: context.aliases.filter((alias) => findName(all, alias) !== -1).map((alias) => aliasUse(all, alias)), findings };
}

/**
 * The checks above on a content folder. `factsOf` gives a Chinese
 * article's body facts (companyBodyFacts()) when the caller has them
 * already (lintContent keeps them per file).
 */
export function companyFindings(
  content: Content,
  context: CompanyContext | undefined = companyContext(content),
  factsOf: (a: ArticleFile) => CompanyBodyFacts = (a) => companyBodyFacts(context!, displayPath(a.path), textBlocks(a.fm.body, a.fm.bodyStartLine)),
): Finding[] {
  // A portal without companies.yaml simply has no company pages.
  if (!context) return [];
  const file = readDataFile(content.dir, 'companies');
  const display = context.display;
  const findings = dataFindings(file);

  const departments = new Set(content.departments.entries.map((e) => e.id));
  for (const e of file.entries) {
    const department = e.raw.department;
    if (typeof department === 'string' && department !== '' && !departments.has(department)) {
      findings.push({
        file: display,
        line: e.lines.department ?? e.line,
        severity: 'error',
        rule: 'unknown-reference',
        message: `${e.name.zh}（${e.id}）的 department “${department}” 不在 ${displayPath(join(content.dir, 'departments.yaml'))} 里。请写那里已有的 id，或写 null（这家企业没有自己的部门页）。`,
      });
    }
  }

  // The Chinese articles' bodies, as readers see them.
  const found = new Set<string>();
  const bodies: { display: string; uses: AliasUse[] }[] = [];
  for (const a of content.articles) {
    if (!a.fm.present || a.fm.errors.length > 0 || a.fm.data?.lang === 'en') continue;
    const facts = factsOf(a);
    for (const use of facts.aliases) found.add(use.alias);
    bodies.push({ display: displayPath(a.path), uses: facts.aliases });
    findings.push(...facts.findings);
  }

  for (const e of file.entries) {
    for (const alias of e.aliases) {
      if (alias === '' || found.has(alias)) continue;
      findings.push({
        file: display,
        line: e.lines.aliases ?? e.line,
        severity: 'info',
        rule: 'unused-alias',
        message: `${e.name.zh}（${e.id}）的别名“${alias}”在任何一篇文章的正文里都找不到，所以它不会找到任何文章。请照文章的写法改正（一个字都不能差），不需要就删掉。`,
      });
    }
  }

  findings.push(...aliasFindings(file.entries, display, bodies));
  return findings;
}
