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

interface Context {
  content: Content;
  matcher: DepartmentMatcher;
  columns: Array<{ id: string; zh: string }>;
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

/**
 * Turn the raw articles of one text into drafts. Long because each draft's
 * fields are decided in frontmatter order, each rule adding its line to the
 * same list of what the editor must check; the rules it calls (type,
 * departments, topics, dates, slugs) live in their own functions.
 */
export function buildDrafts(raws: readonly RawArticle[], content: Content, options: DraftOptions): Draft[] {
  const ctx: Context = {
    content,
    matcher: departmentMatcher(content.departments.entries),
    columns: content.columns.entries.map((e) => ({ id: e.id, zh: e.name.zh })),
  };
  const taken = new Set(content.articles.map((a) => a.slug));
  // A date printed anywhere on the page (a letter's date) dates the other articles of the page too.
  const printed = raws.map((r) => (r.dateText ? parseDateLine(r.dateText) : undefined));
  const pageDate = printed.find(Boolean);
  const pageDateTitle = pageDate ? raws[printed.indexOf(pageDate)]!.headline.join('') : undefined;

  const drafts: Draft[] = raws.map((raw) => {
    const notes = [...raw.notes];
    const headline = raw.headline.map((h) => h.replace(/[\s\u3000]+/gu, ' ').trim()).join(' ');
    const labelled = splitLabel(ctx, headline);
    const title = labelled.title;
    if (raw.headline.length > 1) notes.push(`标题由 ${raw.headline.length} 行拼成“${title}”，请核对断句和空格`);
    if (labelled.label && labelled.title !== headline) notes.push(`标题后的“（${labelled.label}）”当作部门标注，没有放进标题`);

    // Word files and WeChat pages bring their paragraphs made; OCR lines are reflowed.
    const reflowed = raw.paragraphs ? { paragraphs: raw.paragraphs, keptHanSpaces: [] } : reflow(raw.body);
    let paragraphs = reflowed.paragraphs;
    for (const s of reflowed.keptHanSpaces) notes.push(`正文里汉字之间有空格“${s.trim()}”，已保留（若是识别错误请删去）`);

    // The speaker: from a role byline, or from the subtitle of an interview (——访永安镇党委书记李锋).
    const fromByline = speakerFrom(ctx, raw.speakerLine, labelled.department);
    const fromSubtitle = raw.subtitle && /^——\s*访/u.test(raw.subtitle) ? speakerFrom(ctx, raw.subtitle, labelled.department) : { departments: [] as string[] };
    const speakerInfo = fromByline.speaker ? fromByline : fromSubtitle;
    if (raw.speakerLine && !fromByline.speaker) notes.push(`署名行“${raw.speakerLine}”没能分出职务和姓名，请手工填写 speaker`);
    if (speakerInfo.speaker && !speakerInfo.speaker.department) notes.push(`没能从职务“${speakerInfo.speaker.role}”认出部门，请填写 speaker.department`);

    // Departments: from the kicker, the speaker, the headline label and the signatories; else from the text.
    const kickerIds = raw.kicker ? uniqueIds(ctx.matcher.mentions(raw.kicker)) : [];
    const signatoryIds = raw.signatories.flatMap((s) => {
      const id = ctx.matcher.exact(s) ?? ctx.matcher.mentions(s)[0]?.id;
      if (!id) notes.push(`落款“${s}”不在 departments.yaml 里：请添加这个部门，或手工填写 departments`);
      return id ? [id] : [];
    });
    const accountIds = raw.account ? uniqueIds(ctx.matcher.mentions(raw.account)) : [];
    // A letterhead names the department that sent the text; one not in departments.yaml is kept as the source.
    const letterheadIds = raw.letterhead ? uniqueIds(ctx.matcher.mentions(raw.letterhead)).slice(0, 1) : [];
    const letterheadId = raw.letterhead ? (ctx.matcher.exact(raw.letterhead.replace(/^(?:山东省)?枣庄市/u, '')) ?? letterheadIds[0]) : undefined;
    let source = raw.source;
    if (raw.letterhead && letterheadId) notes.push(`文件开头的“${raw.letterhead}”当作发文单位（部门 ${letterheadId}），没有放进标题：请核对`);
    else if (raw.letterhead) {
      source ??= raw.letterhead;
      notes.push(`文件开头的“${raw.letterhead}”当作发文单位${source === raw.letterhead ? '填进了 source' : ''}，没有放进标题；它不在 departments.yaml 里：请核对 departments`);
    }
    let departments = [...new Set([...speakerInfo.departments, ...kickerIds, ...accountIds, ...(letterheadId ? [letterheadId] : []), ...(labelled.department ? [labelled.department] : []), ...signatoryIds])];
    if (departments.length === 0) {
      const lead = `${title}${paragraphs[0] ?? ''}`;
      departments = uniqueIds(ctx.matcher.mentions(lead)).slice(0, 2);
      if (departments.length > 0) notes.push(`部门 ${departments.join('、')} 是从标题和第一段里找到的，请核对`);
      else {
        // departments may not be empty: a placeholder the check accepts keeps the next build going.
        const placeholder = ctx.content.departments.entries[0]?.id;
        if (placeholder) departments = [placeholder];
        notes.push(`没有找到部门${placeholder ? `：暂填了 ${placeholder}（departments.yaml 的第一项，只为通过检查）` : ''}，请改为文章所属的部门（至少一个，id 见 content/departments.yaml）`);
      }
    }

    // Column: a column heading, or a headline that is the column's name.
    let column = findColumn(ctx, raw.columnHeading) ?? labelled.column;
    if (raw.columnHeading && !column) notes.push(`栏目“${raw.columnHeading}”不在 columns.yaml 里：请先添加栏目，再填写 column`);

    const { type, sure } = typeOf(raw, title, speakerInfo.speaker !== undefined);
    if (!sure) notes.push(`类型 ${type} 是推测的，请核对（interview 访谈、report 报道、reflection 心得体会、letter 公开信、news 消息）`);

    // Date: the article's own, else the page's, else the date given with --date, else today (to be checked).
    const own = raw.dateText ? parseDateLine(raw.dateText) : undefined;
    let date: string;
    let dateSource: ArticleFrontmatter['dateSource'];
    let dateNote: string | undefined;
    if (own) {
      date = own;
      dateSource = 'article';
    } else if (options.date) {
      date = options.date;
      dateSource = 'issue';
      notes.push(`原文没有日期，用了导入时给的日期 ${date}（dateSource: issue），请核对并写好 dateNote`);
    } else if (options.pageDate) {
      date = options.pageDate.iso;
      dateSource = 'issue';
      notes.push(`文章没有印日期，用了版面页眉页脚（原文第 ${options.pageDate.line} 行）印的见报日期 ${date}（dateSource: issue），请核对`);
    } else if (pageDate) {
      date = pageDate;
      dateSource = 'issue';
      dateNote = `原文未注明日期。此处采用同版刊发的《${pageDateTitle}》的落款日期（${Number(pageDate.slice(0, 4))}年${Number(pageDate.slice(5, 7))}月${Number(pageDate.slice(8, 10))}日）。`;
      notes.push(`原文没有日期，用了同版《${pageDateTitle}》的落款日期 ${pageDate}，请核对`);
    } else {
      date = options.today;
      dateSource = 'inferred';
      notes.push(`原文没有日期，暂填今天 ${date}：请改为见报日期（可用 npm run import -- 文件 --date YYYY-MM-DD 给出）`);
    }

    const plain = paragraphs.join('');
    const topics = guessTopics(`${title}${plain}`, content.topics.entries);
    notes.push(topics.length > 0 ? `主题 ${topics.join('、')} 是按用词推测的，请核对增删` : '没有推测出主题：请按需填写 topics');

    if (source === undefined && raw.reporters.length === 0 && raw.correspondents.length === 0 && !speakerInfo.speaker && raw.signatories.length === 0) {
      notes.push('没有找到署名（记者、通讯员、作者或来源），请核对');
    }

    // Nothing the content check refuses: half-width punctuation, straight quotes, unpaired marks are mended and named.
    const safe = lintSafe(paragraphs, { title: title || '（待填写标题）', kicker: raw.kicker, subtitle: raw.subtitle, source });
    notes.push(...safe.notes);
    paragraphs = safe.paragraphs;

    const frontmatter: ArticleFrontmatter = {
      title: safe.fields.title!,
      kicker: safe.fields.kicker,
      subtitle: safe.fields.subtitle,
      column,
      type,
      date,
      dateSource,
      dateNote,
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
    const slug = uniqueSlug(slugBase, taken);
    taken.add(slug);
    return { slug, frontmatter, paragraphs, body: paragraphs.join('\n\n'), notes, sourceLine: raw.firstLine };
  });

  // A page of one series: articles without a column get the column the others name (to be checked).
  const named = [...new Set(drafts.map((d) => d.frontmatter.column).filter((c): c is string => c !== undefined))];
  if (named.length === 1 && raws.every((r) => r.columnHeading === undefined)) {
    for (const d of drafts) {
      if (d.frontmatter.column === undefined) {
        d.frontmatter.column = named[0];
        d.notes.push(`栏目 ${named[0]} 是按同一页其他文章推测的，请核对`);
      }
    }
  }

  // The same body twice on one page (as the paper once printed): say so.
  drafts.forEach((d, i) => {
    const twin = drafts.findIndex((o, j) => j < i && squash(o.body) === squash(d.body) && d.body !== '');
    if (twin !== -1) {
      const other = drafts[twin]!;
      // The content check stops the build on two equal bodies unless the editor's note names the other article.
      d.frontmatter.editorNote = `本文正文与同版《${other.frontmatter.title}》相同，系报纸原版排印如此。现照录原文，待核实。`;
      d.notes.push(`正文与同页《${other.frontmatter.title}》完全相同：已写好 editorNote 说明照登；请核对原报，若是识别或排版错误，请改正文并删去 editorNote`);
    }
  });

  return drafts;
}
