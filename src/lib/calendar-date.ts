/**
 * Publication dates are calendar dates in China: the day an editor writes
 * is the day readers see, whatever the time zone of the machine that builds
 * the site. One form is accepted, `YYYY-MM-DD` (2023-05-26); everything
 * else is refused with the form to write instead.
 *
 * A date is kept as a `Date` at 00:00 UTC of that day, which is what
 * src/lib/dates.ts formats (in UTC) for readers.
 *
 * Shared by the schema (src/lib/schema.ts, for the build) and the content
 * linter (scripts/lib/lint/, which also sees the date as written in the
 * file, before any YAML parser turns 2023-02-30 into 2 March).
 */
import { todayOverride } from './env.ts';

/** The one accepted form. */
export const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The earliest year accepted. The portal publishes current news; an
 * earlier year is a typo (`0023-05-26`, which js-yaml would read as 1923),
 * and so is one after next year.
 */
export const FIRST_YEAR = 1900;

/** Where "today" is decided: the portal is the news of a district in China. */
export const CHINA_TIME_ZONE = 'Asia/Shanghai';

export type CalendarDateResult = { ok: true; date: Date; iso: string } | { ok: false; message: string };

/** Whether year-month-day is a day that exists (no 30 February, no month 13). */
function realDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * Other ways people write a date (2023/05/26, 2023.5.26, 2023年5月26日,
 * 2023-5-26): not accepted, but recognised so the message can say exactly
 * what to write.
 */
const OTHER_FORMS = /^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?$/;

/**
 * `2023-05-26` → the day; any other text → a message in Chinese saying what
 * to write. `today` (YYYY-MM-DD, default siteToday()) sets the latest year
 * accepted: the one after it.
 */
export function parseCalendarDate(text: string, today: string = siteToday()): CalendarDateResult {
  const t = text.trim();
  const m = CALENDAR_DATE.exec(t);
  if (m) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!realDay(year, month, day)) {
      const why = month < 1 || month > 12 ? `没有 ${month} 月` : `${year}年${month}月没有${day}日`;
      return { ok: false, message: `“${t}”不是真实存在的日期（${why}）。请核对原文，写成 YYYY-MM-DD，如 2023-05-26` };
    }
    const latest = Number(today.slice(0, 4)) + 1;
    if (year < FIRST_YEAR || year > latest) {
      return { ok: false, message: `“${t}”的年份 ${m[1]} 不对：只接受 ${FIRST_YEAR} 年到 ${latest} 年的日期。请核对原文，写出完整的四位年份，如 2023-05-26` };
    }
    return { ok: true, date: new Date(Date.UTC(year, month - 1, day)), iso: t };
  }
  const other = OTHER_FORMS.exec(t);
  if (other) {
    const [year, month, day] = [Number(other[1]), Number(other[2]), Number(other[3])];
    const iso = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
    if (realDay(year, month, day)) return { ok: false, message: `日期要写成 YYYY-MM-DD（年-月-日，用短横线，月和日各两位）：“${t}”请写成 ${iso}` };
    return { ok: false, message: `“${t}”不是真实存在的日期。请核对原文，写成 YYYY-MM-DD，如 2023-05-26` };
  }
  return { ok: false, message: `日期要写成 YYYY-MM-DD，如 2023-05-26（现在写的是“${t}”）` };
}

/** Whether `text` is exactly a real day written YYYY-MM-DD (no spaces around it). */
export function isCalendarDate(text: string): boolean {
  return CALENDAR_DATE.test(text) && parseCalendarDate(text).ok;
}

/**
 * A frontmatter date as a parser hands it over: a string, or a `Date`
 * when the YAML parser recognised a timestamp (js-yaml and yaml both turn
 * `2023-05-26` into 00:00 UTC of that day). A `Date` with a time of day
 * counts as the day it is in China.
 */
export function calendarDateFromValue(value: unknown): CalendarDateResult {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { ok: false, message: '日期要写成 YYYY-MM-DD，如 2023-05-26' };
    const iso = chinaDay(value);
    return { ok: true, date: new Date(`${iso}T00:00:00Z`), iso };
  }
  if (typeof value === 'string') return parseCalendarDate(value);
  if (typeof value === 'number') return parseCalendarDate(String(value));
  return { ok: false, message: '日期要写成 YYYY-MM-DD，如 2023-05-26' };
}

const chinaFormat = new Intl.DateTimeFormat('en-CA', { timeZone: CHINA_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar day (YYYY-MM-DD) in China of a moment; 00:00 UTC stays its own day. */
export function chinaDay(moment: Date): string {
  // A date without time (00:00 UTC) is that day; only moments with a time of day move.
  if (moment.getUTCHours() === 0 && moment.getUTCMinutes() === 0 && moment.getUTCSeconds() === 0 && moment.getUTCMilliseconds() === 0) {
    return moment.toISOString().slice(0, 10);
  }
  return chinaFormat.format(moment);
}

/** Today in China as YYYY-MM-DD (the day the build runs, as readers count it). */
export function chinaToday(now: Date = new Date()): string {
  return chinaFormat.format(now);
}

/**
 * The day the portal counts as today, YYYY-MM-DD: SHIZHONG_TODAY when set,
 * else today in China (publication dates are China's calendar days,
 * whatever the machine's zone). What the build, the content check and the
 * editor tools (new, import) all take as "today".
 */
export function siteToday(now: Date = new Date()): string {
  return todayOverride ?? chinaToday(now);
}
