/**
 * The assembler: the units of a page (classify.ts) grouped into articles.
 * A headline block (kicker, headline, subtitle) goes to the article that
 * has none yet: the one being read (headline after its first paragraph, or
 * after its byline), or the one that just ended (headline after the body);
 * otherwise it begins the next article. A byline begins an article unless
 * the article being read has no body yet. After a headline printed behind
 * a body of two or more paragraphs, that article is finished (the body that
 * follows is the next one's); after one printed behind a single paragraph,
 * its body goes on.
 */
import type { Unit, UnitKind } from './classify.ts';
import type { Page } from './page.ts';
import { bylineRolesNote } from './printed-lines.ts';
import { emptyArticle, type RawArticle } from './raw-article.ts';
import { endsSentence } from './text.ts';

const hasHead = (a: RawArticle) => a.headline.length > 0;
const hasByline = (a: RawArticle) => a.speakerLine !== undefined || a.reporters.length > 0 || a.correspondents.length > 0;
/** Kinds that may stand between a headline block and the body printed under it. */
const UNDER_HEAD: ReadonlySet<UnitKind> = new Set(['subtitle', 'reporters', 'speaker']);

/** The page's units as articles, each with the notes of what to check. */
export function assemble(units: readonly Unit[], page: Page): RawArticle[] {
  const assembly = new Assembly(units, page);
  units.forEach((u, index) => assembly.add(u, index));
  return assembly.finish();
}

/** One pass over a page's units, with the article being read as its state. */
class Assembly {
  readonly #units: readonly Unit[];
  readonly #page: Page;
  readonly #articles: RawArticle[] = [];
  #column: string | undefined;
  #current: RawArticle;
  /** The current article takes no more body text (a source, a date or a headline after the body ended it). */
  #ended = false;

  constructor(units: readonly Unit[], page: Page) {
    this.#units = units;
    this.#page = page;
    const first = units[0];
    this.#current = emptyArticle(first ? (first.kind === 'headline' ? first.lines[0]!.n : first.line.n) : 1);
  }

  add(u: Unit, index: number): void {
    const a = this.#current;
    switch (u.kind) {
      case 'column':
        // A column heading ends the article before it; the articles after it are in that column.
        this.#open(u.line.n);
        this.#column = u.text;
        break;
      case 'kicker':
        if (hasHead(a) || a.kicker !== undefined) this.#openForHead(index, u.line.n);
        this.#current.kicker = u.text;
        break;
      case 'headline':
        this.#headline(u, index);
        break;
      case 'subtitle':
        if (a.subtitle !== undefined || (!hasHead(a) && a.body.length > 0 && this.#ended)) this.#open(u.line.n);
        this.#current.subtitle = u.text;
        break;
      case 'reporters':
        this.#reporters(u, index);
        break;
      case 'speaker':
        this.#speaker(u);
        break;
      case 'source':
        a.source = u.text;
        this.#ended = true;
        break;
      case 'signatories':
        a.signatories.push(...u.names);
        a.dateText = u.date;
        this.#ended = true;
        break;
      case 'date':
        if (a.body.length > 0) {
          a.dateText = u.text;
          this.#ended = true;
        } else a.body.push({ text: u.text, blankBefore: u.line.blankBefore, line: u.line.n });
        break;
      case 'body':
        if (this.#ended) this.#open(u.line.n);
        if (this.#current.body.length === 0 && !hasHead(this.#current) && !hasByline(this.#current) && this.#current.kicker === undefined) this.#current.firstLine = u.line.n;
        this.#current.body.push({ text: u.line.text, blankBefore: u.line.blankBefore || u.line.indent, line: u.line.n });
        break;
    }
  }

  /** The articles, with a note on those without a headline or a body. */
  finish(): RawArticle[] {
    this.#open(0);
    for (const a of this.#articles) {
      if (a.headline.length === 0) a.notes.push('没有找到标题：请补上 title');
      if (a.body.length === 0) a.notes.push('没有找到正文');
    }
    return this.#articles;
  }

  #headline(u: Extract<Unit, { kind: 'headline' }>, index: number): void {
    const first = u.lines[0]!;
    const text = u.lines.map((x) => x.text).join('');
    // A headline printed after its body, on a page whose article above printed its own first:
    // the body after the page number or footer between them is this one's.
    if (hasHead(this.#current)) this.#openForHead(index, first.n);
    // A top-level `#` headline begins a new part of the page: the column above no longer applies.
    if (first.level === 1) this.#column = undefined;
    const a = this.#current;
    if (a.body.length > 0) a.notes.push(`第 ${first.n} 行“${text}”当作标题（${u.why}），它印在正文后面，按版面归给了第 ${a.body[0]!.line} 行起的正文：请核对`);
    else if (u.why !== '有 # 号') a.notes.push(`第 ${first.n} 行“${text}”当作标题（${u.why}）：请核对`);
    a.headline.push(...u.lines.map((x) => x.text));
    // After a headline block went to an article with body: its body ends there when it has two paragraphs or more.
    if (a.body.length > 0 && this.#paragraphsIn(a) >= 2) this.#ended = true;
  }

  #reporters(u: Extract<Unit, { kind: 'reporters' }>, index: number): void {
    const a = this.#current;
    // A byline under a headline printed after its body, with no body after it, is that article's.
    const under = ['headline', 'subtitle'].includes(this.#units[index - 1]?.kind ?? '') && !hasByline(a) && !this.#bodyFollows(index);
    if (!under && (a.body.length > 0 || a.reporters.length + a.correspondents.length > 0)) this.#open(u.line.n);
    this.#current.reporters.push(...u.reporters);
    this.#current.correspondents.push(...u.correspondents);
    if (u.roles) this.#current.notes.push(bylineRolesNote(u.line.text, u.roles));
  }

  #speaker(u: Extract<Unit, { kind: 'speaker' }>): void {
    const a = this.#current;
    // ——role name after a headline belongs to it; a role line without a dash begins an article.
    const joinsHead = u.dash && a.speakerLine === undefined && (hasHead(a) || a.body.length === 0);
    if (!joinsHead && (a.body.length > 0 || hasByline(a) || (this.#ended && hasHead(a)))) this.#open(u.line.n);
    this.#current.speakerLine = u.text;
    if (u.lines > 1) this.#current.notes.push(`署名“${u.text}”由第 ${u.line.n} 行起的 ${u.lines} 行拼成：请核对职务和姓名`);
  }

  /** Keep the article being read (when it has anything) and begin another at line n. */
  #open(n: number): void {
    const a = this.#current;
    if (a.body.length > 0 || hasHead(a) || a.speakerLine || a.reporters.length || a.correspondents.length || a.kicker) {
      a.columnHeading ??= this.#column;
      this.#articles.push(a);
    }
    this.#current = emptyArticle(n);
    this.#ended = false;
  }

  /** Begin the article of the headline block at unit i, taking the body printed before it from the article above. */
  #openForHead(i: number, n: number): void {
    const cut = this.#bodyFollows(i) ? undefined : this.#bodyCut(this.#current);
    const moved = cut === undefined ? [] : this.#current.body.splice(cut);
    this.#open(n);
    if (moved.length > 0) {
      this.#current.body.push(...moved);
      this.#current.firstLine = moved[0]!.line;
      this.#current.notes.push(`第 ${moved[0]!.line} 行起的正文归给了印在它后面的标题（前面的文章标题在前，两段正文之间隔着页码、页眉页脚或“本报讯”）：请核对两篇的分界`);
    }
  }

  /** Paragraphs in an article's body: sentence ends before a blank line, a short line or an indented line. */
  #paragraphsIn(a: RawArticle): number {
    let n = 0;
    a.body.forEach((b, i) => {
      const next = a.body[i + 1];
      if (!endsSentence(b.text)) return;
      if (!next || next.blankBefore || !this.#page.full(this.#page.line(b.line)) || this.#page.line(next.line).indent) n += 1;
    });
    return n;
  }

  /**
   * Where the body of the article being read holds the body of the next one:
   * the last paragraph start after a page number or footer taken out (or
   * opening with 本报讯), the line before it ending a sentence.
   */
  #bodyCut(a: RawArticle): number | undefined {
    for (let k = a.body.length - 1; k > 0; k -= 1) {
      const line = this.#page.line(a.body[k]!.line);
      if ((line.gap || /^本报讯/u.test(line.text)) && endsSentence(a.body[k - 1]!.text)) return k;
    }
    return undefined;
  }

  /** Whether body text follows the headline block that starts at unit i (the headline is printed before its body). */
  #bodyFollows(i: number): boolean {
    for (let k = i + 1; k < this.#units.length; k += 1) {
      const kind = this.#units[k]!.kind;
      if (kind === 'body') return true;
      const kickerHead = kind === 'headline' && k === i + 1 && this.#units[i]!.kind === 'kicker';
      if (!UNDER_HEAD.has(kind) && !kickerHead) return false;
    }
    return false;
  }
}
