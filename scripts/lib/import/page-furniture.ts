/**
 * The lines of an OCR page that belong to the page, not to an article: the
 * header and footer (the paper's name, the date, 第2版 or 02版 and the
 * page's name), 责编/美编/校对 credits, and page numbers standing alone.
 * They are taken out before the page is cut into articles and listed in
 * the report; the date the header prints dates the articles that print none.
 */
import { width } from './text.ts';

export interface FurnitureLine {
  /** 1-based line of the page. */
  line: number;
  text: string;
}

export interface PageFurniture {
  /** Lines taken out, in page order. */
  lines: FurnitureLine[];
  /** The date printed in a header or footer (YYYY-MM-DD), and the line it is on. */
  date?: { iso: string; line: number } | undefined;
  /** 责编/美编 … credits, as printed (责编：许文). */
  credits: string[];
}

const NUMBER = '[0-9０-９]{1,3}';
/** A page number alone: 2, - 2 -, — 2 —, 第2页, ·2·. */
const PAGE_NUMBER = new RegExp(`^[\\s\\-—–·•_]*(?:第\\s*)?${NUMBER}(?:\\s*页)?[\\s\\-—–·•_]*$`, 'u');
/** 第2版, 第二版, 02版, A3版 (the page's number in the issue), set apart from the words around it. */
const EDITION = /(?:^|[\s|｜丨·])(?:第\s*(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*版|[A-HＡ-Ｈ]?[0-9０-９]{1,2}\s*版)(?:$|[\s|｜丨·])/u;
/** Page credits: 责编：许文, 美编 邵琳, 责任编辑：…, 校对：…, 编辑：… */
const CREDIT = /(?:(?:责任编辑|美术编辑|校对|版式设计|组版|照排|值班编委)(?:\s*[：:]\s*|\s+)|(?:责编|美编)\s*[：:]?\s*|编辑\s*[：:]\s*)[\p{Script=Han}·]{2,4}/gu;
/** A date with the weekday, as mastheads print it: 2024年4月16日 星期二. */
const DATE_WEEKDAY = /\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:星期|周)[一二三四五六日天]/u;
const DATE = /(\d{4})\s*[年.\-/]\s*(\d{1,2})\s*[月.\-/]\s*(\d{1,2})\s*日?/u;

/** Whether a line is the page's own: a page number, an edition, page credits, a dated masthead line. */
export function isFurniture(text: string): boolean {
  const t = text.trim();
  if (t === '' || width(t) > 60 || /[。！？；]/u.test(t)) return false;
  if (PAGE_NUMBER.test(t)) return true;
  // Body text has commas; a header has none (its parts are set apart by spaces or bars).
  if (/[，、]/u.test(t.replace(CREDIT, ''))) return false;
  return EDITION.test(t) || t.replace(CREDIT, '').length < t.length || DATE_WEEKDAY.test(t);
}

/** The day of a printed date, when it is a real one. */
function isoDay(text: string): string | undefined {
  const m = DATE.exec(text);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  return date.toISOString().slice(0, 10);
}

/** The page's furniture among its lines (the text split at line ends). */
export function pageFurniture(lines: readonly string[]): PageFurniture {
  const found: FurnitureLine[] = [];
  let date: PageFurniture['date'];
  const credits: string[] = [];
  lines.forEach((raw, i) => {
    const t = raw.trim();
    if (!isFurniture(t)) return;
    found.push({ line: i + 1, text: t });
    const day = PAGE_NUMBER.test(t) ? undefined : isoDay(t);
    if (day && !date) date = { iso: day, line: i + 1 };
    for (const m of t.matchAll(CREDIT)) credits.push(m[0].replace(/\s+/gu, ' '));
  });
  return { lines: found, date, credits };
}
