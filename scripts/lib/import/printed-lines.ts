/**
 * What a printed line's text says by itself, without the page around it:
 * a byline (记者 … 通讯员 …, or a role ending with a person's name), a
 * source (来源于…), a date, a letterhead, a kicker above a headline, a line
 * that could be a headline. The importer of OCR pages (classify.ts) and of
 * Word files and WeChat pages (structured.ts) both read lines with these.
 */
import { isHan } from '../../../src/lib/cjk.ts';
import { width } from './text.ts';

/** Words that end a role before a person's name: 党委书记李锋, 总经理张洋. */
const ROLE_END =
  '(?:副?书记|副?局长|副?镇长|副?主任|副?区长|副?县长|副?市长|副?部长|副?处长|副?科长|副?主席|副?院长|副?校长|副?所长|副?站长|副?队长|副?社长|副?会长|秘书长|理事长|董事长|总经理|副?经理|总裁|总监|主编|厂长|行长|馆长|委员|成员|负责人|干部|代表|组长)';
const NAME = '([\\p{Script=Han}·]{2,4})';
const ROLE_LINE = new RegExp(`^(.{2,40}?${ROLE_END})${NAME}$`, 'u');
/** Byline words other than 记者/通讯员 (文字：… 图片：…, 文/图 …, 作者 …): each stands alone before a name. */
const OTHER_ROLES = new Set(['文字', '文', '撰文', '作者', '图片', '图', '摄影', '文图', '图文']);
const SOURCE_LINE = /^(?:稿件)?来源(?:于|[：:])?\s*(.{2,40})$/u;
const DATE_LINE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/u;
/** A line marked as a heading with `#`: the marks and the text. */
export const HEADING = /^(#{1,6})\s+(.+?)\s*#*$/u;
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

/** Whether a line's text could be a headline's: short, no body punctuation, not a subtitle, a date or a `#` heading. */
export function isHeadlineLike(text: string): boolean {
  const t = text.trim();
  return t !== '' && !BODY_PUNCT.test(t) && !t.startsWith('——') && width(t) <= 32 && !parseDateLine(t) && !HEADING.test(t);
}

/**
 * The commonest Chinese surnames (about nine people in ten bear one): a
 * byline ends with a name, and a body line that happens to end with a role
 * word and three characters (…组织党员干部学习贯) mostly does not start with one.
 */
export const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑迟邝欧阳司马诸葛上官';

/** The start of a numbered paragraph (一是 一、 （一）): the line before it ends a unit. */
export const PARAGRAPH_START = /^(?:[一二三四五六七八九十]+是|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)/u;

/**
 * Whether a line is set the way headlines are: phrases apart (收获满满 对标对表)
 * or ending in a label in brackets (…启示（孟庄镇）). OCR keeps no spaces
 * between Chinese characters of body text.
 */
export function headlineSet(text: string): boolean {
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
export function balanced(text: string): boolean {
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  return count(/“/gu) === count(/”/gu) && count(/《/gu) === count(/》/gu) && count(/[（(]/gu) === count(/[）)]/gu);
}

/** Marks a line cannot begin with unless it goes on from the line before (，” and the like). */
export const CONTINUES = /^[，。、；：！？,.;:!?”’）》」』〉]/u;
