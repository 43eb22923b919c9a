/**
 * Pages of OCR text in other layouts, made from articles an editor curated
 * (or invented ones), to measure the importer on layouts it was not
 * written from: lines wrapped at any width (without the typesetter's rule
 * that keeps ，and ” off a line start), headlines moved (after the first
 * paragraph, after the byline, after the body), markup stripped, blank
 * lines kept, dropped or only between articles, pages concatenated.
 */
import type { CuratedArticle } from './closeness.ts';
import { width } from './text.ts';

export interface Layout {
  name: string;
  /** Width of a body line in Chinese characters (digits and Latin letters count ½). */
  width: number;
  /**
   * Where the headline block (kicker, headline, subtitle) goes:
   * before the byline and body; after the byline; after the first paragraph; after the body.
   */
  headline: 'first' | 'afterByline' | 'afterFirstParagraph' | 'last';
  /** `#` marks on column, kicker, headline and subtitle lines (as the first seed has them). */
  markdown?: boolean | undefined;
  /** Blank lines: between all paragraphs and head lines; only between articles; none at all. */
  blanks: 'all' | 'articles' | 'none';
  /** Paragraphs begin with an indent of 　　 (OCR keeps it sometimes). */
  indent?: boolean | undefined;
  /** Print the column's name as a line before its first article. */
  columns?: boolean | undefined;
}

/** Lines of a paragraph wrapped at `w`, cut anywhere (a line may start with ，or ”). */
export function wrap(text: string, w: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const ch of text) {
    if (width(line + ch) > w && line !== '') {
      lines.push(line);
      line = '';
    }
    line += ch;
  }
  if (line) lines.push(line);
  return lines;
}

/** A headline as printed: two lines, cut at the space nearest the middle, when it is long and has one. */
export function headlineLines(title: string): string[] {
  if (width(title) <= 16 || !title.includes(' ')) return [title];
  const parts = title.split(' ');
  let best = 1;
  let bestDiff = Infinity;
  for (let i = 1; i < parts.length; i += 1) {
    const diff = Math.abs(width(parts.slice(0, i).join(' ')) - width(parts.slice(i).join(' ')));
    if (diff < bestDiff) {
      best = i;
      bestDiff = diff;
    }
  }
  return [parts.slice(0, best).join(' '), parts.slice(best).join(' ')];
}

/** A byline wrapped at `w` the way a column sets it: after 、 or ，when it can, else anywhere. */
function wrapByline(text: string, w: number): string[] {
  if (width(text) <= w) return [text];
  const cut = Math.max(text.lastIndexOf('、', w), text.lastIndexOf('，', w));
  if (cut > w / 2) return [text.slice(0, cut + 1), ...wrapByline(text.slice(cut + 1), w)];
  return wrap(text, w);
}

const paragraphsOf = (body: string) =>
  body
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\*\*/g, '').replace(/\s*\n\s*/g, ''))
    .filter(Boolean);

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
const list = (v: unknown) => (Array.isArray(v) ? (v as string[]) : []);

/** A page in `layout` of the given articles, in order. */
export function renderPage(articles: readonly CuratedArticle[], layout: Layout, columnName: (id: string) => string | undefined = () => undefined): string {
  const out: string[] = [];
  const blank = (level: 'all' | 'articles') => {
    if (layout.blanks === 'all' || (layout.blanks === 'articles' && level === 'articles')) out.push('');
  };
  const mark = (level: number, text: string) => (layout.markdown ? `${'#'.repeat(level)} ${text}` : text);
  let column: string | undefined;
  for (const a of articles) {
    const d = a.data;
    blank('articles');
    const col = str(d.column);
    const colName = col ? columnName(col) : undefined;
    if (layout.columns && colName && col !== column) {
      out.push(mark(1, colName));
      blank('all');
    }
    column = col;
    const head: string[][] = [];
    if (str(d.kicker)) head.push([mark(2, `${str(d.kicker)}：`)]);
    // With markup, a headline is one `###` line (as the first seed prints it); without, it may wrap over two.
    head.push(layout.markdown ? [mark(3, str(d.title)!)] : headlineLines(str(d.title)!));
    if (str(d.subtitle)) head.push([mark(4, str(d.subtitle)!)]);
    const byline: string[][] = [];
    const reporters = list(d.reporters);
    const correspondents = list(d.correspondents);
    if (reporters.length + correspondents.length > 0) {
      byline.push([[reporters.length ? `记者 ${reporters.join(' ')}` : '', correspondents.length ? `通讯员 ${correspondents.join(' ')}` : ''].filter(Boolean).join(' ')]);
    }
    const speaker = d.speaker as { name?: string; role?: string } | undefined;
    const interview = /^——\s*访/u.test(str(d.subtitle) ?? '');
    if (speaker?.name && !interview) {
      // After a headline printed first, the role line carries a dash (——区发改局局长潘超); elsewhere it stands alone.
      const dash = layout.headline === 'first' ? '——' : '';
      byline.push(wrapByline(`${dash}${speaker.role}${speaker.name}`, Math.max(layout.width, 16)));
    }
    const paragraphs = paragraphsOf(a.body).map((p) => wrap(`${layout.indent ? '　　' : ''}${p}`, layout.width));
    const tail: string[][] = [];
    if (str(d.source)) tail.push([`来源于${str(d.source)}`]);
    const signatories = list(d.signatories);
    if (signatories.length > 0) {
      const date = d.date instanceof Date ? d.date.toISOString().slice(0, 10) : String(d.date);
      tail.push([...signatories, `${Number(date.slice(0, 4))}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`]);
    }

    let blocks: string[][];
    if (layout.headline === 'first') blocks = [...head, ...byline, ...paragraphs, ...tail];
    else if (layout.headline === 'afterByline') blocks = [...byline, ...head, ...paragraphs, ...tail];
    // An article without a byline keeps its headline first here: with nothing before its first paragraph,
    // no reader could tell that paragraph from the end of the article above.
    else if (layout.headline === 'afterFirstParagraph' && byline.length > 0) blocks = [...byline, ...paragraphs.slice(0, 1), ...head, ...paragraphs.slice(1), ...tail];
    else if (layout.headline === 'afterFirstParagraph') blocks = [...head, ...paragraphs, ...tail];
    else blocks = [...byline, ...paragraphs, ...tail, ...head];
    blocks.forEach((b, i) => {
      if (i > 0) blank('all');
      out.push(...b);
    });
  }
  return `${out.join('\n')}\n`;
}

/** The layouts every page is measured in: wrap widths from 12 to 40, headlines in each place, with and without markup and blank lines. */
export const LAYOUTS: readonly Layout[] = [
  { name: '宽40·标题在前·带#号·空行分段', width: 40, headline: 'first', markdown: true, blanks: 'all', columns: true },
  { name: '宽24·标题在前·无标记·无空行', width: 24, headline: 'first', blanks: 'none', columns: true },
  { name: '宽12·署名在标题前·首行缩进·无空行', width: 12, headline: 'afterByline', blanks: 'none', indent: true },
  { name: '宽16·标题在第一段后·篇间空行', width: 16, headline: 'afterFirstParagraph', blanks: 'articles' },
  { name: '宽30·标题在正文后·篇间空行', width: 30, headline: 'last', blanks: 'articles' },
  { name: '宽20·标题在正文后·无空行', width: 20, headline: 'last', blanks: 'none' },
];
