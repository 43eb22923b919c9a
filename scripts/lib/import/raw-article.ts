/** An article as cut from a page (or read from a Word file or a WeChat page), before it becomes a draft (draft.ts). */
import type { BodyLine } from './reflow.ts';

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

export function emptyArticle(firstLine: number): RawArticle {
  return { headline: [], reporters: [], correspondents: [], signatories: [], body: [], firstLine, notes: [] };
}
