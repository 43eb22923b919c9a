/**
 * Cutting a page of raw newspaper text into articles, and recognising the
 * printed lines that are not body text: column headings, kickers (引题),
 * headlines, subtitles (——访…), bylines (记者 … 通讯员 …, or a role ending
 * with a person's name), sources (来源于…), signatories and a date.
 *
 * No layout is assumed: each line is read from evidence (its width against
 * the page's wrap width, its punctuation, the lines around it, the shape of
 * bylines; `#` marks count when present), and each headline block goes to
 * the article it belongs to by position (see assemble()). Measured on pages
 * in many layouts by closeness.ts and layouts.ts.
 */
import type { BodyLine } from './reflow.ts';
import { isHan } from '../../../src/lib/cjk.ts';
import { endsSentence, width } from './text.ts';
import { pageFurniture, type PageFurniture } from './page-furniture.ts';

export interface RawArticle {
  /** Text of the column heading (# …) the article is under, as printed. */
  columnHeading?: string | undefined;
  kicker?: string | undefined;
  /** Headline lines as printed (several when the headline wraps). */
  headline: string[];
  subtitle?: string | undefined;
  reporters: string[];
  correspondents: string[];
  /** A role-and-name line, e.g. 区住建局党组成员、副局长黄永民 (without a leading ——). */
  speakerLine?: string | undefined;
  source?: string | undefined;
  signatories: string[];
  /** A printed date, e.g. 2023年5月26日. */
  dateText?: string | undefined;
  body: BodyLine[];
  /** Paragraphs already made (a Word file or WeChat page): used as they are instead of reflowing `body`. */
  paragraphs?: string[] | undefined;
  /** A letterhead above the title block (an organisation's full name), as printed. */
  letterhead?: string | undefined;
  /** The publishing account (a WeChat 公众号), whose name may be a department's. */
  account?: string | undefined;
  /** 1-based source line where the article's text begins. */
  firstLine: number;
  /** Things the splitter was unsure of. */
  notes: string[];
}

/** Words that end a role before a person's name: 党委书记李锋, 总经理张洋. */
const ROLE_END =
  '(?:副?书记|副?局长|副?镇长|副?主任|副?区长|副?县长|副?市长|副?部长|副?处长|副?科长|副?主席|副?院长|副?校长|副?所长|副?站长|副?队长|副?社长|副?会长|秘书长|理事长|董事长|总经理|副?经理|总裁|总监|主编|厂长|行长|馆长|委员|成员|负责人|干部|代表|组长)';
const NAME = '([\\p{Script=Han}·]{2,4})';
const ROLE_LINE = new RegExp(`^(.{2,40}?${ROLE_END})${NAME}$`, 'u');
/** Byline words other than 记者/通讯员 (文字：… 图片：…, 文/图 …, 作者 …): each stands alone before a name. */
const OTHER_ROLES = new Set(['文字', '文', '撰文', '作者', '图片', '图', '摄影', '文图', '图文']);
const SOURCE_LINE = /^(?:稿件)?来源(?:于|[：:])?\s*(.{2,40})$/u;
const DATE_LINE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/u;
const HEADING = /^(#{1,6})\s+(.+?)\s*#*$/u;
/** Punctuation that a headline line does not contain (a body line almost always does). */
export const BODY_PUNCT = /[。，、；：！？,;:!?]/u;

/** A role-and-name line → role and name, or undefined. */
export function parseRoleLine(text: string): { role: string; name: string } | undefined {
  const t = text.replace(/^——\s*/u, '').replace(/\s+/g, '').replace(/^访/u, '');
  if (/[。；！？]/u.test(t)) return undefined;
  const m = ROLE_LINE.exec(t);
  if (!m) return undefined;
  return { role: m[1]!, name: m[2]! };
}

/** Text without one pair of brackets around it: （来源：区发改局） → 来源：区发改局. */
const unbracket = (t: string) => t.trim().replace(/^[（(]\s*(.*?)\s*[）)]$/u, '$1');

/**
 * A byline → reporters and correspondents. 记者/本报记者/通讯员 with or
 * without a space or colon before the names (记者李森, 本报记者 李森 王五);
 * 文字/作者/图片/摄影/文/图 followed by a colon, a bar or a space; names
 * apart by spaces, 、 or ，; the whole line may be in brackets. Names after
 * a word other than 记者/通讯员 go to reporters, and `roles` lists those
 * words so that the report can say so.
 */
export function parseReporterLine(text: string): { reporters: string[]; correspondents: string[]; roles?: string[] } | undefined {
  const t = unbracket(text);
  if (t === '' || width(t) > 60 || /[。；！？]/u.test(t)) return undefined;
  const tokens = t
    .replace(/文\/图/gu, '文图')
    .replace(/图\/文/gu, '图文')
    .replace(/[：:｜|丨/]/gu, ' ')
    .split(/[\s、，,]+/u)
    .filter(Boolean);
  const reporters: string[] = [];
  const correspondents: string[] = [];
  const roles: string[] = [];
  let target: string[] | undefined;
  let named = false;
  for (const token of tokens) {
    const m = /^(?:本报)?(?:特约)?(记者|通讯员)([\p{Script=Han}·]{2,4})?$/u.exec(token);
    if (m) {
      target = m[1] === '记者' ? reporters : correspondents;
      if (m[2]) {
        target.push(m[2]);
        named = true;
      }
    } else if (OTHER_ROLES.has(token)) {
      target = reporters;
      if (!roles.includes(token)) roles.push(token);
    } else if (target && /^[\p{Script=Han}·]{2,4}$/u.test(token)) {
      target.push(token);
      named = true;
    } else return undefined;
  }
  if (!named) return undefined;
  return roles.length > 0 ? { reporters, correspondents, roles } : { reporters, correspondents };
}

/** The report's line for a byline whose names follow 文字/图片/作者 … rather than 记者/通讯员. */
export function bylineRolesNote(line: string, roles: readonly string[]): string {
  return `署名“${line.trim()}”里“${roles.map((r) => r.replace(/^(文|图)(图|文)$/u, '$1/$2')).join('”“')}”后的名字填进了 reporters（记者）：若是部门的通讯员，请移到 correspondents`;
}

/** 来源于X, 来源：X, （来源：X） → X, when X reads as a name (no sentence punctuation). */
export function parseSourceLine(text: string): string | undefined {
  const m = SOURCE_LINE.exec(unbracket(text));
  if (!m) return undefined;
  const value = m[1]!.trim();
  return BODY_PUNCT.test(value.replace(/[“”]/gu, '')) ? undefined : value;
}

/** 2023年5月26日 → 2023-05-26 */
export function parseDateLine(text: string): string | undefined {
  const m = DATE_LINE.exec(text.replace(/\s+/g, ''));
  if (!m) return undefined;
  return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
}


/**
 * An organisation's full name, as a letterhead prints it (枣庄市市中区发展和改革局,
 * 中共市中区委宣传部, …镇人民政府, optionally followed by 文件 or 简报).
 */
const ORGANISATION = /^[\p{Script=Han}“”（）()]{2,30}(?:局|委员会|委|办公室|人民政府|政府|办事处|街道|镇|乡|中心|公司|集团|学校|小学|中学|医院|卫生院|协会|联合会|商会|党委|党工委|工委|管委会|宣传部|组织部|部|大队|支队|派出所|法院|检察院|社区|村委会)(?:文件|简报|工作简报|信息|动态)?$/u;

/** Whether a first line is a letterhead: an organisation's full name alone (or any organisation's name set in red or large type). */
export function isLetterhead(text: string, styled = false): boolean {
  const t = text.replace(/\s+/gu, '');
  // A full name begins with the place or the Party (枣庄市…, 市中区…, 中共…); a headline ending in 镇 does not.
  const formal = /^(?:中共|山东省|枣庄市|市中区)/u.test(t) && width(t) >= 7;
  return ORGANISATION.test(t) && (formal || (styled && width(t) >= 3));
}

/**
 * Whether a headline line above another is its kicker (引题) by the paper's
 * convention: short (a place, a department, a theme), without a space
 * inside, and clearly shorter than the line below it.
 */
export function isKickerAbove(line: string, below: string): boolean {
  const t = line.trim();
  return width(t) <= 12 && !/\s/u.test(t) && width(t) <= 0.75 * width(below.trim());
}

export function isHeadlineLike(text: string): boolean {
  const t = text.trim();
  return t !== '' && !BODY_PUNCT.test(t) && !t.startsWith('——') && width(t) <= 32 && !parseDateLine(t) && !HEADING.test(t);
}

function emptyArticle(firstLine: number): RawArticle {
  return { headline: [], reporters: [], correspondents: [], signatories: [], body: [], firstLine, notes: [] };
}

function hasContent(a: RawArticle): boolean {
  return a.body.length > 0 || a.headline.length > 0;
}

/** One non-blank line of the page, with what its shape says. */
interface Line {
  text: string;
  n: number;
  blankBefore: boolean;
  /** Began with spaces or 　 (a paragraph's first line, in OCR that keeps indents). */
  indent: boolean;
  /** `#` marks, when the text has them (evidence of a heading, not required). */
  level: number;
  /** A line of the page's furniture (a page number, a footer) was taken out just before it. */
  gap: boolean;
}

/** What one or more lines were read as. */
type Unit =
  | { kind: 'column'; text: string; line: Line }
  | { kind: 'kicker'; text: string; line: Line }
  | { kind: 'headline'; lines: Line[]; why: string }
  | { kind: 'subtitle'; text: string; line: Line }
  | { kind: 'reporters'; reporters: string[]; correspondents: string[]; roles?: string[] | undefined; line: Line }
  | { kind: 'speaker'; text: string; dash: boolean; line: Line; lines: number }
  | { kind: 'source'; text: string; line: Line }
  | { kind: 'signatories'; names: string[]; date: string; line: Line }
  | { kind: 'date'; text: string; line: Line }
  | { kind: 'body'; line: Line };

/**
 * The commonest Chinese surnames (about nine people in ten bear one): a
 * byline ends with a name, and a body line that happens to end with a role
 * word and three characters (…组织党员干部学习贯) mostly does not start with one.
 */
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑迟邝欧阳司马诸葛上官';

/** The start of a numbered paragraph (一是 一、 （一）): the line before it ends a unit. */
const PARAGRAPH_START = /^(?:[一二三四五六七八九十]+是|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)/u;

/**
 * Whether a line is set the way headlines are: phrases apart (收获满满 对标对表)
 * or ending in a label in brackets (…启示（孟庄镇）). OCR keeps no spaces
 * between Chinese characters of body text.
 */
function headlineSet(text: string): boolean {
  const chars = [...text];
  // A space inside quotes is part of what is quoted (“向前一步走 满意在龙山”), not a gap between phrases.
  let depth = 0;
  const phrases = chars.some((c, i) => {
    if (c === '“') depth += 1;
    if (c === '”') depth -= 1;
    return depth === 0 && c === ' ' && isHan(chars[i - 1]) && isHan(chars[i + 1]);
  });
  return phrases || /（[^（）]{2,20}）$/u.test(text);
}

/** Whether every “ 《 （ in the text is closed. */
function balanced(text: string): boolean {
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  return count(/“/gu) === count(/”/gu) && count(/《/gu) === count(/》/gu) && count(/[（(]/gu) === count(/[）)]/gu);
}

/** Marks a line cannot begin with unless it goes on from the line before (，” and the like). */
const CONTINUES = /^[，。、；：！？,.;:!?”’）》」』〉]/u;

/** The page's text as lines (line ends normalised, no BOM). */
export const textLines = (text: string) => text.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '').split('\n');

function pageLines(text: string, skip: ReadonlySet<number> = new Set()): Line[] {
  const lines: Line[] = [];
  let blank = false;
  let gap = false;
  textLines(text)
    .forEach((raw, i) => {
      if (skip.has(i + 1)) {
        gap = true;
        return;
      }
      let t = raw.replace(/[\s\u3000]+$/u, '');
      const indent = /^(?:\u3000|[ \t]{2,})/u.test(t);
      t = t.replace(/^[\s\u3000]+/u, '');
      if (t === '') {
        blank = true;
        return;
      }
      const h = HEADING.exec(t);
      lines.push({ text: h ? h[2]!.trim() : t, n: i + 1, blankBefore: blank || lines.length === 0, indent, level: h ? h[1]!.length : 0, gap });
      blank = false;
      gap = false;
    });
  return lines;
}

/**
 * The page's wrap width: the median width of the lines that run on into the
 * next line (not ending a sentence, no blank line after). Infinity when
 * the text is not wrapped (one paragraph a line).
 */
export function wrapWidth(lines: ReadonlyArray<{ text: string; blankBefore: boolean }>): number {
  const runOn = lines.filter((l, i) => i + 1 < lines.length && !lines[i + 1]!.blankBefore && !endsSentence(l.text) && width(l.text) >= 6).map((l) => width(l.text));
  if (runOn.length < 3) return Infinity;
  const s = [...runOn].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/**
 * Split raw text into articles, deciding from the evidence of each line
 * (its width against the page's wrap width, its ending punctuation, the
 * lines around it, the shape of bylines), whatever the layout: headlines
 * before the body, after its first paragraph, between the byline and the
 * body, or after the body (OCR of a multi-column page); with or without
 * `#` marks and blank lines; the page's header, footer and page numbers
 * taken out first (see splitPage).
 *
 * @param columnNames  Chinese names of the known columns (a line with such a name is a column, not a headline)
 */
export function splitArticles(text: string, columnNames: readonly string[] = []): RawArticle[] {
  return splitPage(text, columnNames).articles;
}

/** The articles of a page and the page's furniture (header, footer, page numbers, 责编 lines) taken out before cutting. */
export function splitPage(text: string, columnNames: readonly string[] = []): { articles: RawArticle[]; furniture: PageFurniture } {
  const furniture = pageFurniture(textLines(text));
  const lines = pageLines(text, new Set(furniture.lines.map((l) => l.line)));
  // A letterhead: an organisation's full name alone on the first line, above a headline.
  const head = lines[0];
  const letterhead = head && lines[1] && head.level === 0 && isLetterhead(head.text) && isHeadlineLike(lines[1].text) ? head : undefined;
  const articles = cutArticles(letterhead ? lines.slice(1) : lines, columnNames);
  if (letterhead && articles[0]) articles[0].letterhead = letterhead.text;
  return { articles, furniture };
}

/**
 * The page's lines (furniture taken out) read unit by unit, then grouped
 * into articles. Long by design: the line classifiers below are closures
 * over the page's lines and the wrap width estimated around each, so each
 * rule reads as a few lines against the same evidence; every rule has its
 * own unit test (tests/unit/tools/import-layout.test.ts), and the grouping
 * into articles is `assemble()`.
 */
function cutArticles(lines: Line[], columnNames: readonly string[]): RawArticle[] {
  const normColumn = (s: string) => s.replace(/\s+/g, '');
  const columns = new Set(columnNames.map(normColumn));
  // The wrap width around each line (pages put together may be set in different widths).
  const widthAt = new Map<Line, number>();
  lines.forEach((l, i) => widthAt.set(l, wrapWidth(lines.slice(Math.max(0, i - 40), i + 41))));
  const W = wrapWidth(lines);
  /** A line as wide as the column (within what OCR and half-width characters vary). */
  const full = (l: Line) => {
    const w = widthAt.get(l) ?? W;
    return Number.isFinite(w) && width(l.text) >= w - Math.max(2, 0.15 * w);
  };
  /** A line wider than the column: printed across columns, as headlines are. */
  const wide = (l: Line) => {
    const w = widthAt.get(l) ?? W;
    return Number.isFinite(w) && width(l.text) > w + 1;
  };

  const units: Unit[] = [];
  const unitOf = new Map<number, Unit['kind']>();
  /** Whether line i begins a new unit: the page's start, a blank line, a finished sentence, or a printed line before it. */
  const atStart = (i: number) => {
    if (i === 0) return true;
    const l = lines[i]!;
    if (CONTINUES.test(l.text)) return false;
    if (l.blankBefore || l.level > 0) return true;
    const kind = unitOf.get(i - 1);
    // A line of closing marks alone (” after …红火！) ends the sentence the line before it ended.
    const prev = lines[i - 1]!.text;
    const ended = endsSentence(prev) || (i > 1 && /^[”’）》」』]+$/u.test(prev) && endsSentence(lines[i - 2]!.text + prev));
    return (kind !== undefined && kind !== 'body') || ended;
  };
  /** A byline of role and name over 1–3 lines starting at i (区行政审批服务局党组副书记、/区政务服务中心主任李子刚). */
  const speakerAt = (i: number): { text: string; used: number } | undefined => {
    let joined = '';
    for (let k = i; k < Math.min(lines.length, i + 3); k += 1) {
      const l = lines[k]!;
      if (k > i && (l.blankBefore || l.level > 0 || l.text.startsWith('——') || /[。！？；]/u.test(joined))) break;
      // A byline wraps after 、 or ，, at the column's width, or before the name alone.
      if (k > i && !/[、，,]$/u.test(lines[k - 1]!.text) && !full(lines[k - 1]!) && width(l.text) > 4) break;
      // A line that is a whole byline by itself is not the end of one begun above.
      if (k > i && !/[、，,]$/u.test(lines[k - 1]!.text) && parseRoleLine(l.text) && width(l.text) > 6) break;
      joined += l.text;
      if (width(l.text) > 44) break;
      const role = parseRoleLine(joined);
      if (role && SURNAMES.includes(role.name[0]!) && (joined.match(/，/gu) ?? []).length <= 1) {
        // Not a byline when the text goes on after the name on the same line's continuation.
        const after = lines[k + 1];
        if (after && !after.blankBefore && CONTINUES.test(after.text)) return undefined;
        // A full-width line amid body text that happens to end with a role word and a name
        // (…习近平总书记关于) is body: a byline stands apart from the lines around it.
        if (k === i && full(l) && !wide(l) && i > 0 && !l.blankBefore && !l.indent) {
          const prevKind = unitOf.get(i - 1);
          const prev = lines[i - 1]!;
          // Apart: after a printed line, a short line, or a line that could be a headline (no punctuation, beginning a unit).
          const apart =
            (prevKind !== undefined && prevKind !== 'body') ||
            (after !== undefined && isHeadlineLike(after.text) && headlineSet(after.text)) ||
            !full(prev) ||
            (isHeadlineLike(prev.text) && !CONTINUES.test(prev.text) && (i === 1 || endsSentence(lines[i - 2]!.text) || prev.blankBefore)) ||
            !after ||
            after.blankBefore ||
            after.indent ||
            after.level > 0;
          if (!apart) return undefined;
        }
        return { text: joined, used: k - i + 1 };
      }
      if (endsSentence(l.text)) break;
    }
    return undefined;
  };
  const signatoriesAt = (i: number): { names: string[]; date: string; used: number } | undefined => {
    let k = i;
    while (k < lines.length && k - i < 8 && isHeadlineLike(lines[k]!.text) && !parseDateLine(lines[k]!.text) && (k === i || !lines[k]!.blankBefore)) k += 1;
    if (k === i || k >= lines.length) return undefined;
    const date = parseDateLine(lines[k]!.text) ? lines[k]!.text : undefined;
    return date ? { names: lines.slice(i, k).map((l) => l.text), date, used: k - i + 1 } : undefined;
  };
  /** A line that could be a headline by its text alone. */
  // On a page that indents its paragraphs, an indented line begins a paragraph, not a headline.
  const indents = lines.filter((l) => l.indent).length >= 3;
  const headlineText = (l: Line) =>
    isHeadlineLike(l.text) && !CONTINUES.test(l.text) && !parseReporterLine(l.text) && width(l.text) <= 34 && !(indents && l.indent && l.level === 0);
  const isKicker = (i: number) => {
    const l = lines[i]!;
    const next = lines[i + 1];
    return /[：:]$/u.test(l.text) && width(l.text) <= 16 && !BODY_PUNCT.test(l.text.slice(0, -1)) && next !== undefined && headlineText(next);
  };
  const isSubtitle = (l: Line) => l.text.startsWith('——') && !/[。，；！？]/u.test(l.text) && width(l.text) <= 44 && (/^——\s*访/u.test(l.text) || !parseRoleLine(l.text));
  /** Printed lines that a headline may stand before: another headline line, a subtitle, a byline, a kicker. */
  const printedAt = (i: number): boolean => {
    const l = lines[i];
    if (!l) return true;
    return isSubtitle(l) || parseReporterLine(l.text) !== undefined || (l.text.startsWith('——') && parseRoleLine(l.text) !== undefined) || speakerAt(i) !== undefined || isKicker(i) || l.level > 0;
  };

  for (let i = 0; i < lines.length; i += 1) {
    const l = lines[i]!;
    const start = atStart(i);
    const push = (u: Unit, used = 1) => {
      units.push(u);
      for (let k = i; k < i + used; k += 1) unitOf.set(k, u.kind);
      i += used - 1;
    };
    if (!start) {
      push({ kind: 'body', line: l });
      continue;
    }
    if (columns.has(normColumn(l.text)) || (l.level === 1 && lines[i + 1]?.level === 2 && lines[i + 1]!.blankBefore !== undefined && !isKicker(i))) {
      push({ kind: 'column', text: l.text, line: l });
      continue;
    }
    const reporters = parseReporterLine(l.text);
    if (reporters) {
      push({ kind: 'reporters', ...reporters, line: l });
      continue;
    }
    const source = parseSourceLine(l.text);
    if (source && units.some((u) => u.kind === 'body')) {
      push({ kind: 'source', text: source, line: l });
      continue;
    }
    if (parseDateLine(l.text)) {
      push({ kind: 'date', text: l.text, line: l });
      continue;
    }
    if (units.at(-1)?.kind === 'body' && endsSentence(lines[i - 1]!.text)) {
      const sig = signatoriesAt(i);
      if (sig) {
        push({ kind: 'signatories', names: sig.names, date: sig.date, line: l }, sig.used);
        continue;
      }
    }
    if (isKicker(i)) {
      push({ kind: 'kicker', text: l.text.replace(/[：:]$/u, ''), line: l });
      continue;
    }
    const speaker = speakerAt(i);
    if (isSubtitle(l) && !(speaker && !/^——\s*访/u.test(l.text))) {
      push({ kind: 'subtitle', text: l.text, line: l });
      continue;
    }
    if (speaker) {
      push({ kind: 'speaker', text: speaker.text.replace(/^——\s*/u, ''), dash: l.text.startsWith('——'), line: l, lines: speaker.used }, speaker.used);
      continue;
    }
    // A headline: up to three lines without body punctuation, each short, wider than the column, marked,
    // or standing before other printed lines (a subtitle, a byline, a kicker).
    if (headlineText(l)) {
      let k = i;
      while (
        k < lines.length &&
        k - i < 3 &&
        headlineText(lines[k]!) &&
        (k === i || (!lines[k]!.blankBefore && !lines[k]!.gap && !lines[k]!.indent && lines[k]!.level === lines[i]!.level)) &&
        !isKicker(k) &&
        !(k > i && columns.has(normColumn(lines[k]!.text))) &&
        speakerAt(k) === undefined
      )
        k += 1;
      // Shorten the run from the end until its lines are evidently not body text.
      for (; k > i; k -= 1) {
        const run = lines.slice(i, k);
        // A headline is whole: its quotes and brackets close (持续开展“向前一步走 goes on in the next line).
        if (!balanced(run.map((x) => x.text).join(''))) continue;
        // A third headline line as wide as the column is more likely the next body's first line.
        if (k - i === 3 && full(run[2]!) && !wide(run[2]!)) continue;
        const after = lines[k];
        // Followed by a blank line, a marked line or an indented paragraph start: the run is a whole unit without punctuation.
        const standsAlone = after === undefined || after.blankBefore || after.level > 0 || after.indent || PARAGRAPH_START.test(after.text);
        const marked = run.every((x) => x.level > 0);
        // Shorter or wider than the column, or set as a headline is (phrases apart, a label in brackets):
        // one such line makes the run a headline (body lines without any punctuation are rare).
        const shape = run.some((x) => !full(x) || wide(x) || headlineSet(x.text));
        // Printed lines after it, or a column, kicker, source or date before it (an article ended or begins there).
        const before = units.at(-1)?.kind;
        const beforePrinted = printedAt(k) || before === 'column' || before === 'kicker' || before === 'source' || before === 'signatories' || before === 'date';
        const unwrapped = !Number.isFinite(widthAt.get(l) ?? W) && standsAlone;
        // The line after goes on from the run's last line: it begins with ，” or a one-character clause (问|题，…).
        const runsOn = after !== undefined && !after.blankBefore && (CONTINUES.test(after.text) || /^[^，、。；：！？“”]{1}[，、；：。！？]/u.test(after.text));
        if (marked || unwrapped || ((shape || beforePrinted || standsAlone) && !runsOn)) {
          const why = marked ? '有 # 号' : unwrapped || standsAlone ? '单独成行、没有标点' : shape ? '没有标点、比正文行短或宽' : '没有标点、前后是署名、副题或文章的结尾';
          // A short line above a longer one is the headline's kicker (引题), printed with or without a colon.
          if (run.length >= 2 && isKickerAbove(run[0]!.text, run[1]!.text)) {
            units.push({ kind: 'kicker', text: run[0]!.text, line: run[0]! });
            unitOf.set(i, 'kicker');
            i += 1;
            push({ kind: 'headline', lines: run.slice(1), why }, k - i);
          } else push({ kind: 'headline', lines: run, why }, k - i);
          break;
        }
      }
      if (k > i) continue;
    }
    push({ kind: 'body', line: l });
  }

  return assemble(units, lines, full);
}

/**
 * From units to articles. A headline block (kicker, headline, subtitle)
 * goes to the article that has none yet: the one being read (headline
 * after its first paragraph, or after its byline), or the one that just
 * ended (headline after the body); otherwise it begins the next article.
 * A byline begins an article unless the article being read has no body
 * yet. After a headline printed behind a body of two or more paragraphs,
 * that article is finished (the body that follows is the next one's);
 * after one printed behind a single paragraph, its body goes on.
 * One pass over the units with the article being read as its state: the
 * rules above are its cases, which is why it is one function.
 */
function assemble(units: readonly Unit[], lines: readonly Line[], full: (l: Line) => boolean): RawArticle[] {
  const articles: RawArticle[] = [];
  let column: string | undefined;
  let current = emptyArticle(units[0] ? firstLineOf(units[0]) : 1);
  /** The current article takes no more body text (a source, a date or a headline after the body ended it). */
  let ended = false;
  const open = (n: number) => {
    if (hasContent(current) || current.speakerLine || current.reporters.length || current.correspondents.length || current.kicker) {
      current.columnHeading ??= column;
      articles.push(current);
    }
    current = emptyArticle(n);
    ended = false;
  };
  const hasHead = (a: RawArticle) => a.headline.length > 0;
  const hasByline = (a: RawArticle) => a.speakerLine !== undefined || a.reporters.length > 0 || a.correspondents.length > 0;
  const paragraphsIn = (a: RawArticle) => {
    let n = 0;
    a.body.forEach((b, i) => {
      const next = a.body[i + 1];
      if (!endsSentence(b.text)) return;
      const line = lines.find((l) => l.n === b.line)!;
      if (!next || next.blankBefore || !full(line) || lines.find((l) => l.n === next.line)!.indent) n += 1;
    });
    return n;
  };
  /** After a headline block went to an article with body: does its body go on? */
  const afterHead = () => {
    if (current.body.length > 0 && paragraphsIn(current) >= 2) ended = true;
  };

  /**
   * Where the body of the article being read holds the body of the next one:
   * the last paragraph start after a page number or footer taken out (or
   * opening with 本报讯), the line before it ending a sentence.
   */
  const bodyCut = (a: RawArticle): number | undefined => {
    for (let k = a.body.length - 1; k > 0; k -= 1) {
      const line = lines.find((l) => l.n === a.body[k]!.line)!;
      if ((line.gap || /^本报讯/u.test(line.text)) && endsSentence(a.body[k - 1]!.text)) return k;
    }
    return undefined;
  };
  /** Whether body text follows the headline block that starts at unit i (the headline is printed before its body). */
  const bodyFollows = (i: number) => {
    for (let k = i + 1; k < units.length; k += 1) {
      const kind = units[k]!.kind;
      if (kind === 'body') return true;
      if (kind !== 'subtitle' && kind !== 'reporters' && kind !== 'speaker' && !(kind === 'headline' && k === i + 1 && units[i]!.kind === 'kicker')) return false;
    }
    return false;
  };
  /** Begin the article of the headline block at unit i, taking the body printed before it from the article above. */
  const openForHead = (i: number, n: number) => {
    const cut = bodyFollows(i) ? undefined : bodyCut(current);
    const moved = cut === undefined ? [] : current.body.splice(cut);
    open(n);
    if (moved.length > 0) {
      current.body.push(...moved);
      current.firstLine = moved[0]!.line;
      current.notes.push(`第 ${moved[0]!.line} 行起的正文归给了印在它后面的标题（前面的文章标题在前，两段正文之间隔着页码、页眉页脚或“本报讯”）：请核对两篇的分界`);
    }
  };

  for (const [index, u] of units.entries()) {
    switch (u.kind) {
      case 'column':
        // A column heading ends the article before it; the articles after it are in that column.
        open(u.line.n);
        column = u.text;
        break;
      case 'kicker':
        if (hasHead(current) || current.kicker !== undefined) openForHead(index, u.line.n);
        current.kicker = u.text;
        break;
      case 'headline': {
        const joinsCurrent = !hasHead(current);
        // A headline printed after its body, on a page whose article above printed its own first:
        // the body after the page number or footer between them is this one's.
        if (!joinsCurrent) openForHead(index, u.lines[0]!.n);
        // A top-level `#` headline begins a new part of the page: the column above no longer applies.
        if (u.lines[0]!.level === 1) column = undefined;
        if (current.body.length > 0) {
          current.notes.push(`第 ${u.lines[0]!.n} 行“${u.lines.map((x) => x.text).join('')}”当作标题（${u.why}），它印在正文后面，按版面归给了第 ${current.body[0]!.line} 行起的正文：请核对`);
        } else if (u.why !== '有 # 号') {
          current.notes.push(`第 ${u.lines[0]!.n} 行“${u.lines.map((x) => x.text).join('')}”当作标题（${u.why}）：请核对`);
        }
        current.headline.push(...u.lines.map((x) => x.text));
        afterHead();
        break;
      }
      case 'subtitle':
        if (current.subtitle !== undefined || (!hasHead(current) && current.body.length > 0 && ended)) open(u.line.n);
        current.subtitle = u.text;
        break;
      case 'reporters': {
        // A byline under a headline printed after its body, with no body after it, is that article's.
        const under = ['headline', 'subtitle'].includes(units[index - 1]?.kind ?? '') && !hasByline(current) && !bodyFollows(index);
        if (!under && (current.body.length > 0 || current.reporters.length + current.correspondents.length > 0)) open(u.line.n);
        current.reporters.push(...u.reporters);
        current.correspondents.push(...u.correspondents);
        if (u.roles) current.notes.push(bylineRolesNote(u.line.text, u.roles));
        break;
      }
      case 'speaker':
        // ——role name after a headline belongs to it; a role line without a dash begins an article.
        if (u.dash && current.speakerLine === undefined && (hasHead(current) || current.body.length === 0)) {
          current.speakerLine = u.text;
        } else {
          if (current.body.length > 0 || hasByline(current) || (ended && hasHead(current))) open(u.line.n);
          current.speakerLine = u.text;
        }
        if (u.lines > 1) current.notes.push(`署名“${u.text}”由第 ${u.line.n} 行起的 ${u.lines} 行拼成：请核对职务和姓名`);
        break;
      case 'source':
        current.source = u.text;
        ended = true;
        break;
      case 'signatories':
        current.signatories.push(...u.names);
        current.dateText = u.date;
        ended = true;
        break;
      case 'date':
        if (current.body.length > 0) {
          current.dateText = u.text;
          ended = true;
        } else current.body.push({ text: u.text, blankBefore: u.line.blankBefore, line: u.line.n });
        break;
      case 'body':
        if (ended) open(u.line.n);
        if (current.body.length === 0 && !hasHead(current) && !hasByline(current) && current.kicker === undefined) current.firstLine = u.line.n;
        current.body.push({ text: u.line.text, blankBefore: u.line.blankBefore || u.line.indent, line: u.line.n });
        break;
    }
  }
  open(0);
  for (const a of articles) {
    if (a.headline.length === 0) a.notes.push('没有找到标题：请补上 title');
    if (a.body.length === 0) a.notes.push('没有找到正文');
  }
  return articles;
}

function firstLineOf(u: Unit): number {
  return u.kind === 'headline' ? u.lines[0]!.n : u.line.n;
}
