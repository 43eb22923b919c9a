/**
 * Pages of OCR text in other layouts, made from articles an editor curated
 * (or invented ones), to measure the importer on layouts it was not
 * written from: lines wrapped at any width (without the typesetter's rule
 * that keeps ，and ” off a line start), headlines moved (after the first
 * paragraph, after the byline, after the body), markup stripped, blank
 * lines kept, dropped or only between articles, pages concatenated; pages
 * framed by a header, a footer and a page number, with bylines written in
 * the other usual forms (framedPages).
 */
import type { CuratedArticle } from './curated.ts';
import { width } from '../import/text.ts';

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
  /** How the byline of reporters and correspondents is written (default: 记者 李森 通讯员 张修阳). */
  byline?: BylineForm | undefined;
}

/** A way of writing a byline of reporters and correspondents. */
export type BylineForm = (reporters: readonly string[], correspondents: readonly string[]) => string;

const plainByline: BylineForm = (r, c) => [r.length ? `记者 ${r.join(' ')}` : '', c.length ? `通讯员 ${c.join(' ')}` : ''].filter(Boolean).join(' ');

/** The usual ways the paper and departments write a byline. */
export const BYLINE_FORMS: readonly BylineForm[] = [
  plainByline,
  (r, c) => [r.length ? `本报记者 ${r.join('、')}` : '', c.length ? `通讯员 ${c.join('、')}` : ''].filter(Boolean).join('　'),
  (r, c) => [r.length ? `记者${r.join(' ')}` : '', c.length ? `通讯员${c.join(' ')}` : ''].filter(Boolean).join(' '),
  (r, c) => `（${[r.length ? `记者 ${r.join('，')}` : '', c.length ? `通讯员 ${c.join('，')}` : ''].filter(Boolean).join(' ')}）`,
  (r, c) => [r.length ? `本报记者：${r.join('、')}` : '', c.length ? `通讯员：${c.join('、')}` : ''].filter(Boolean).join('  '),
  // Reporters only: 文字：… 图片：… as a department's post writes them.
  (r, c) => (c.length === 0 && r.length === 2 ? `文字：${r[0]}  图片：${r[1]}` : plainByline(r, c)),
];

/**
 * What a page prints besides its articles: a header line (the paper, the
 * date, 第N版, 责编/美编), a footer line, and a page number standing alone
 * between two articles.
 */
export interface PageFrame {
  header?: string | undefined;
  footer?: string | undefined;
  /** The page number line, printed before article `before` (0-based). */
  pageNumber?: { text: string; before: number } | undefined;
  /** Headline place per article, overriding the layout's (a page may mix them). */
  headlines?: ReadonlyArray<Layout['headline']> | undefined;
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
    if (reporters.length + correspondents.length > 0) byline.push([(layout.byline ?? plainByline)(reporters, correspondents)]);
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

/** A page with a header, a footer and a page number around its articles, each article in its own headline place. */
export function renderFramedPage(articles: readonly CuratedArticle[], layout: Layout, frame: PageFrame): string {
  const out: string[] = [];
  if (frame.header) out.push(frame.header);
  articles.forEach((a, i) => {
    if (frame.pageNumber?.before === i) out.push(frame.pageNumber.text);
    out.push(renderPage([a], { ...layout, headline: frame.headlines?.[i] ?? layout.headline, columns: false }).trimEnd());
  });
  if (frame.footer) out.push(frame.footer);
  return `${out.join('\n')}\n`;
}

/** Pages framed as newspapers print them, in widths and orders the other layouts do not use; `date` is the day the header prints. */
export function framedPages(articles: readonly CuratedArticle[], date: string): Array<{ name: string; page: string }> {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const day = `${y}年${m}月${d}日`;
  const weekday = '日一二三四五六'[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]!;
  const n = articles.length;
  const last = n - 1;
  const mixed = articles.map((_, i) => (i === last ? ('last' as const) : ('first' as const)));
  return [
    {
      name: '宽22·页眉（日期、版次、责编美编）·篇间页码·页脚·本报记者、',
      page: renderFramedPage(articles, { name: '', width: 22, headline: 'first', blanks: 'none', indent: true, byline: BYLINE_FORMS[1] }, {
        header: `市中新闻　${day}　星期${weekday}　第2版·综合　责编：许文　美编：邵琳`,
        pageNumber: { text: '2', before: Math.min(1, last) },
        footer: '市中新闻　第2版',
      }),
    },
    {
      name: '宽18·末篇标题在正文后（页码隔开）·括号署名',
      page: renderFramedPage(articles, { name: '', width: 18, headline: 'first', blanks: 'none', byline: BYLINE_FORMS[3] }, {
        header: `${day} 星期${weekday} | 03版 | 要闻`,
        pageNumber: { text: '- 3 -', before: last },
        footer: '责任编辑：许文　校对：王敏',
        headlines: mixed,
      }),
    },
    {
      name: '宽26·标题在正文后·页码居中·页脚带日期·署名带冒号',
      page: renderFramedPage(articles, { name: '', width: 26, headline: 'last', blanks: 'articles', byline: BYLINE_FORMS[4] }, {
        pageNumber: { text: '— 4 —', before: Math.min(2, last) },
        footer: `市中新闻　${day}　第4版`,
      }),
    },
    {
      name: '宽30·署名在标题前·页眉只有版次和责编·署名不空格',
      page: renderFramedPage(articles, { name: '', width: 30, headline: 'afterByline', blanks: 'none', byline: BYLINE_FORMS[2] }, {
        header: `05版　综合新闻　责编 许文　美编 邵琳　${day}`,
        pageNumber: { text: '5', before: Math.min(n - 2 >= 0 ? n - 2 : 0, last) },
      }),
    },
  ];
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
