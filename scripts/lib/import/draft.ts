/**
 * From a raw article (see split.ts) to a draft: frontmatter filled with
 * what the text tells, the body reflowed, and the list of things an editor
 * must check.
 */
import type { Content } from '../shared/content.ts';
import { nameSlug, toSlug, uniqueSlug } from '../../../src/lib/content-files/slug.ts';
import type { ArticleFrontmatter } from '../../../src/lib/content-files/write-article.ts';
import { departmentMatcher, uniqueIds, type DepartmentMatcher } from './departments.ts';
import { lintSafe } from './lint-safe.ts';
import { reflow } from './reflow.ts';
import { parseDateLine, parseRoleLine } from './printed-lines.ts';
import type { RawArticle } from './raw-article.ts';
import { squash } from './text.ts';
import { guessTopics } from './topics.ts';

export interface Draft {
  slug: string;
  frontmatter: ArticleFrontmatter;
  body: string;
  paragraphs: string[];
  /** What the editor must check, one sentence each. */
  notes: string[];
  /** 1-based line in the source where the article begins. */
  sourceLine: number;
}

export interface DraftOptions {
  /** The issue date (YYYY-MM-DD) for articles that print none. */
  date?: string | undefined;
  /** Today (YYYY-MM-DD), used when no date is known at all. */
  today: string;
  /** The date printed in the page's header or footer (OCR), used when `date` is not given. */
  pageDate?: { iso: string; line: number } | undefined;
}

/** What every draft of one page is decided against. */
interface Context {
  content: Content;
  matcher: DepartmentMatcher;
  columns: Array<{ id: string; zh: string }>;
  options: DraftOptions;
  /** A date printed anywhere on the page (a letter's date), and the headline of the article that prints it. */
  printedDate?: { iso: string; title: string } | undefined;
  /** Slugs already used, by the content and by the drafts made so far. */
  taken: Set<string>;
}

const normal = (s: string) => s.replace(/\s+/g, '');

function findColumn(ctx: Context, text: string | undefined): string | undefined {
  if (!text) return undefined;
  return ctx.columns.find((c) => normal(c.zh) === normal(text))?.id;
}

/** A headline whose last part is a department label in brackets: 把牢项目“主引擎”（区商促局）. */
function splitLabel(ctx: Context, title: string): { title: string; label?: string | undefined; department?: string | undefined; column?: string | undefined } {
  const m = /^(.*?)[（(]([^（）()]{2,30})[）)]$/u.exec(title);
  if (!m) return { title };
  const department = ctx.matcher.exact(m[2]!) ?? ctx.matcher.mentions(m[2]!)[0]?.id;
  if (!department) return { title };
  const rest = m[1]!.trim();
  const column = findColumn(ctx, rest);
  // 市中干部考察学习启示（区住建局） is the series name plus the department: the whole line is the title.
  if (column) return { title, label: m[2], department, column };
  return { title: rest, label: m[2], department };
}

type Speaker = NonNullable<ArticleFrontmatter['speaker']>;

function speakerFrom(ctx: Context, line: string | undefined, label: string | undefined): { speaker?: Speaker; departments: string[] } {
  if (!line) return { departments: [] };
  const parsed = parseRoleLine(line);
  if (!parsed) return { departments: [] };
  const mentions = ctx.matcher.mentions(parsed.role);
  const ids = uniqueIds(mentions);
  const department = label ?? mentions.at(-1)?.id;
  const speaker: Speaker = { name: parsed.name, role: parsed.role, department };
  return { speaker, departments: department ? [department, ...ids.filter((d) => d !== department)] : ids };
}

function typeOf(raw: RawArticle, title: string, hasSpeaker: boolean): { type: string; sure: boolean } {
  if (raw.subtitle && /^——\s*访/u.test(raw.subtitle)) return { type: 'interview', sure: true };
  if (/信$|公开信|倡议书/u.test(title) && (raw.signatories.length > 0 || /[：:]$/u.test(raw.body[0]?.text ?? ''))) return { type: 'letter', sure: true };
  if (hasSpeaker) return { type: 'reflection', sure: false };
  if (raw.reporters.length > 0 || raw.correspondents.length > 0 || raw.source) return { type: 'report', sure: false };
  return { type: 'news', sure: false };
}

/** The title from the headline lines, without a department label in brackets at its end. */
function titleOf(ctx: Context, raw: RawArticle, notes: string[]): ReturnType<typeof splitLabel> {
  const headline = raw.headline.map((h) => h.replace(/[\s\u3000]+/gu, ' ').trim()).join(' ');
  const labelled = splitLabel(ctx, headline);
  if (raw.headline.length > 1) notes.push(`标题由 ${raw.headline.length} 行拼成“${labelled.title}”，请核对断句和空格`);
  if (labelled.label && labelled.title !== headline) notes.push(`标题后的“（${labelled.label}）”当作部门标注，没有放进标题`);
  return labelled;
}

/** The speaker: from a role byline, or from the subtitle of an interview (——访永安镇党委书记李锋). */
function speakerOf(ctx: Context, raw: RawArticle, label: string | undefined, notes: string[]): { speaker?: Speaker; departments: string[] } {
  const fromByline = speakerFrom(ctx, raw.speakerLine, label);
  const fromSubtitle = raw.subtitle && /^——\s*访/u.test(raw.subtitle) ? speakerFrom(ctx, raw.subtitle, label) : { departments: [] as string[] };
  const info = fromByline.speaker ? fromByline : fromSubtitle;
  if (raw.speakerLine && !fromByline.speaker) notes.push(`署名行“${raw.speakerLine}”没能分出职务和姓名，请手工填写 speaker`);
  if (info.speaker && !info.speaker.department) notes.push(`没能从职务“${info.speaker.role}”认出部门，请填写 speaker.department`);
  return info;
}

/** The departments of a letter's signatories. */
function signatoryDepartments(ctx: Context, raw: RawArticle, notes: string[]): string[] {
  return raw.signatories.flatMap((s) => {
    const id = ctx.matcher.exact(s) ?? ctx.matcher.mentions(s)[0]?.id;
    if (!id) notes.push(`落款“${s}”不在 departments.yaml 里：请添加这个部门，或手工填写 departments`);
    return id ? [id] : [];
  });
}

/** The letterhead's department, or the letterhead as the source when it names no known department. */
function letterheadOf(ctx: Context, raw: RawArticle, notes: string[]): { department?: string | undefined; source: string | undefined } {
  if (!raw.letterhead) return { source: raw.source };
  // A letterhead names the department that sent the text; one not in departments.yaml is kept as the source.
  const mentioned = uniqueIds(ctx.matcher.mentions(raw.letterhead)).slice(0, 1);
  const department = ctx.matcher.exact(raw.letterhead.replace(/^(?:山东省)?枣庄市/u, '')) ?? mentioned[0];
  if (department) {
    notes.push(`文件开头的“${raw.letterhead}”当作发文单位（部门 ${department}），没有放进标题：请核对`);
    return { department, source: raw.source };
  }
  const source = raw.source ?? raw.letterhead;
  notes.push(`文件开头的“${raw.letterhead}”当作发文单位${source === raw.letterhead ? '填进了 source' : ''}，没有放进标题；它不在 departments.yaml 里：请核对 departments`);
  return { source };
}

/** Departments: from the speaker, the kicker, the account, the letterhead, the headline label and the signatories; else from the text. */
function departmentsOf(ctx: Context, raw: RawArticle, found: { speaker: string[]; letterhead?: string | undefined; label?: string | undefined; signatories: string[] }, lead: string, notes: string[]): string[] {
  const kickerIds = raw.kicker ? uniqueIds(ctx.matcher.mentions(raw.kicker)) : [];
  const accountIds = raw.account ? uniqueIds(ctx.matcher.mentions(raw.account)) : [];
  const departments = [...new Set([...found.speaker, ...kickerIds, ...accountIds, ...(found.letterhead ? [found.letterhead] : []), ...(found.label ? [found.label] : []), ...found.signatories])];
  if (departments.length > 0) return departments;
  const mentioned = uniqueIds(ctx.matcher.mentions(lead)).slice(0, 2);
  if (mentioned.length > 0) {
    notes.push(`部门 ${mentioned.join('、')} 是从标题和第一段里找到的，请核对`);
    return mentioned;
  }
  // departments may not be empty: a placeholder the check accepts keeps the next build going.
  const placeholder = ctx.content.departments.entries[0]?.id;
  notes.push(`没有找到部门${placeholder ? `：暂填了 ${placeholder}（departments.yaml 的第一项，只为通过检查）` : ''}，请改为文章所属的部门（至少一个，id 见 content/departments.yaml）`);
  return placeholder ? [placeholder] : [];
}

type Dated = Pick<ArticleFrontmatter, 'date' | 'dateSource' | 'dateNote'>;

/** Date: the article's own, else the one given with --date, else the page header's, else the page's printed date, else today (to be checked). */
function dateOf(ctx: Context, raw: RawArticle, notes: string[]): Dated {
  const own = raw.dateText ? parseDateLine(raw.dateText) : undefined;
  if (own) return { date: own, dateSource: 'article', dateNote: undefined };
  const { options, printedDate } = ctx;
  if (options.date) {
    notes.push(`原文没有日期，用了导入时给的日期 ${options.date}（dateSource: issue），请核对并写好 dateNote`);
    return { date: options.date, dateSource: 'issue', dateNote: undefined };
  }
  if (options.pageDate) {
    notes.push(`文章没有印日期，用了版面页眉页脚（原文第 ${options.pageDate.line} 行）印的见报日期 ${options.pageDate.iso}（dateSource: issue），请核对`);
    return { date: options.pageDate.iso, dateSource: 'issue', dateNote: undefined };
  }
  if (printedDate) {
    const { iso, title } = printedDate;
    notes.push(`原文没有日期，用了同版《${title}》的落款日期 ${iso}，请核对`);
    const dateNote = `原文未注明日期。此处采用同版刊发的《${title}》的落款日期（${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日）。`;
    return { date: iso, dateSource: 'issue', dateNote };
  }
  notes.push(`原文没有日期，暂填今天 ${options.today}：请改为见报日期（可用 npm run import -- 文件 --date YYYY-MM-DD 给出）`);
  return { date: options.today, dateSource: 'inferred', dateNote: undefined };
}

/** One raw article as a draft, its fields decided in frontmatter order. */
function draftOf(ctx: Context, raw: RawArticle): Draft {
  const notes = [...raw.notes];
  const labelled = titleOf(ctx, raw, notes);
  const title = labelled.title;

  // Word files and WeChat pages bring their paragraphs made; OCR lines are reflowed.
  const reflowed = raw.paragraphs ? { paragraphs: raw.paragraphs, keptHanSpaces: [] } : reflow(raw.body);
  for (const s of reflowed.keptHanSpaces) notes.push(`正文里汉字之间有空格“${s.trim()}”，已保留（若是识别错误请删去）`);

  const speakerInfo = speakerOf(ctx, raw, labelled.department, notes);
  const signatories = signatoryDepartments(ctx, raw, notes);
  const letterhead = letterheadOf(ctx, raw, notes);
  const found = { speaker: speakerInfo.departments, letterhead: letterhead.department, label: labelled.department, signatories };
  const departments = departmentsOf(ctx, raw, found, `${title}${reflowed.paragraphs[0] ?? ''}`, notes);

  // Column: a column heading, or a headline that is the column's name.
  const column = findColumn(ctx, raw.columnHeading) ?? labelled.column;
  if (raw.columnHeading && !column) notes.push(`栏目“${raw.columnHeading}”不在 columns.yaml 里：请先添加栏目，再填写 column`);

  const { type, sure } = typeOf(raw, title, speakerInfo.speaker !== undefined);
  if (!sure) notes.push(`类型 ${type} 是推测的，请核对（interview 访谈、report 报道、reflection 心得体会、letter 公开信、news 消息）`);

  const dated = dateOf(ctx, raw, notes);

  const topics = guessTopics(`${title}${reflowed.paragraphs.join('')}`, ctx.content.topics.entries);
  notes.push(topics.length > 0 ? `主题 ${topics.join('、')} 是按用词推测的，请核对增删` : '没有推测出主题：请按需填写 topics');

  const source = letterhead.source;
  if (source === undefined && raw.reporters.length === 0 && raw.correspondents.length === 0 && !speakerInfo.speaker && raw.signatories.length === 0) {
    notes.push('没有找到署名（记者、通讯员、作者或来源），请核对');
  }

  // Nothing the content check refuses: half-width punctuation, straight quotes, unpaired marks are mended and named.
  const safe = lintSafe(reflowed.paragraphs, { title: title || '（待填写标题）', kicker: raw.kicker, subtitle: raw.subtitle, source });
  notes.push(...safe.notes);
  const paragraphs = safe.paragraphs;

  const frontmatter: ArticleFrontmatter = {
    title: safe.fields.title!,
    kicker: safe.fields.kicker,
    subtitle: safe.fields.subtitle,
    column,
    type,
    date: dated.date,
    dateSource: dated.dateSource,
    dateNote: dated.dateNote,
    reporters: raw.reporters,
    correspondents: raw.correspondents,
    speaker: speakerInfo.speaker,
    departments,
    topics,
    source: safe.fields.source,
    signatories: raw.signatories,
    draft: true,
  };
  const slugBase = [departments[0] ?? 'article', speakerInfo.speaker ? nameSlug(speakerInfo.speaker.name) : toSlug(title, 4)].filter(Boolean).join('-');
  const slug = uniqueSlug(slugBase, ctx.taken);
  ctx.taken.add(slug);
  return { slug, frontmatter, paragraphs, body: paragraphs.join('\n\n'), notes, sourceLine: raw.firstLine };
}

/** A page of one series: articles without a column get the column the others name (to be checked). */
function fillSeriesColumn(drafts: Draft[], raws: readonly RawArticle[]): void {
  const named = [...new Set(drafts.map((d) => d.frontmatter.column).filter((c): c is string => c !== undefined))];
  if (named.length !== 1 || raws.some((r) => r.columnHeading !== undefined)) return;
  for (const d of drafts) {
    if (d.frontmatter.column === undefined) {
      d.frontmatter.column = named[0];
      d.notes.push(`栏目 ${named[0]} 是按同一页其他文章推测的，请核对`);
    }
  }
}

/** The same body twice on one page (as the paper once printed): say so. */
function noteTwins(drafts: Draft[]): void {
  drafts.forEach((d, i) => {
    const twin = drafts.findIndex((o, j) => j < i && squash(o.body) === squash(d.body) && d.body !== '');
    if (twin === -1) return;
    const other = drafts[twin]!;
    // The content check stops the build on two equal bodies unless the editor's note names the other article.
    d.frontmatter.editorNote = `本文正文与同版《${other.frontmatter.title}》相同，系报纸原版排印如此。现照录原文，待核实。`;
    d.notes.push(`正文与同页《${other.frontmatter.title}》完全相同：已写好 editorNote 说明照登；请核对原报，若是识别或排版错误，请改正文并删去 editorNote`);
  });
}

/** Turn the raw articles of one text into drafts, each with the list of what the editor must check. */
export function buildDrafts(raws: readonly RawArticle[], content: Content, options: DraftOptions): Draft[] {
  // A date printed anywhere on the page (a letter's date) dates the other articles of the page too.
  const printed = raws.map((r) => (r.dateText ? parseDateLine(r.dateText) : undefined));
  const iso = printed.find(Boolean);
  const ctx: Context = {
    content,
    matcher: departmentMatcher(content.departments.entries),
    columns: content.columns.entries.map((e) => ({ id: e.id, zh: e.name.zh })),
    options,
    printedDate: iso ? { iso, title: raws[printed.indexOf(iso)]!.headline.join('') } : undefined,
    taken: new Set(content.articles.map((a) => a.slug)),
  };
  const drafts = raws.map((raw) => draftOf(ctx, raw));
  fillSeriesColumn(drafts, raws);
  noteTwins(drafts);
  return drafts;
}
