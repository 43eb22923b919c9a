/**
 * How close the importer's drafts are to articles an editor made by hand
 * from the same text: per article, the share of the curated sentences that
 * are in the draft body, the agreement of paragraph boundaries, and which
 * frontmatter fields came out the same.
 *
 * It also scores pages made from the curated articles in other layouts
 * (layouts.ts) and from invented articles: articles found, body characters
 * recalled and added, and the headline, kicker, subtitle and byline fields.
 *
 *   npm run import:closeness              prints the figures for the two seed texts and every layout
 *   npm run import:closeness -- --sweep   also counts, over 1,080 layouts (every width 12–40 in
 *                                         steps of 2 × headline place × blank lines × indent,
 *                                         for each article set), those that meet the targets
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diffChars } from 'diff';
import { readContent, type Content } from '../shared/content.ts';
import { CONTENT, SEEDS_DIR } from '../shared/paths.ts';
import type { Draft } from '../import/draft.ts';
import { importText } from '../import/index.ts';
import type { CuratedArticle } from './curated.ts';
import { INVENTED } from './invented.ts';
import { framedPages, LAYOUTS, renderPage, type Layout } from './layouts.ts';
import { sentences, squash } from '../import/text.ts';

export interface ArticleCloseness {
  curated: string;
  draft: string | undefined;
  /** Share of the curated body's sentences found (exactly, whitespace aside) in the draft body. */
  sentenceRecall: number;
  /** Share of the draft body's sentences found in the curated body. */
  sentencePrecision: number;
  /** F1 of paragraph ends (the sentence each paragraph ends with). */
  paragraphF1: number;
  /** Curated paragraphs that the draft has exactly, of all curated paragraphs. */
  paragraphsExact: number;
  paragraphsCurated: number;
  /** Frontmatter fields compared, and those that agree. */
  fields: Record<string, boolean>;
  /** Topics: precision and recall against the curated topics. */
  topics: { precision: number; recall: number };
  /** Body characters (whitespace and ** aside): the curated body's, those of them in the draft, and the draft's that are not in the curated body. */
  chars: { curated: number; recalled: number; added: number };
}

/** The fields of a title block: headline, kicker, subtitle, and the byline (reporters, correspondents, speaker's name and role together). */
export const HEAD_FIELDS = ['title', 'kicker', 'subtitle', 'byline'] as const;

/** Characters of `curated` found in `draft` in order, and characters of `draft` that are not (a character diff). */
export function charCloseness(curated: string, draft: string): { curated: number; recalled: number; added: number } {
  const a = squash(curated);
  const b = squash(draft);
  let recalled = 0;
  let added = 0;
  for (const part of diffChars(a, b)) {
    if (part.added) added += part.count ?? part.value.length;
    else if (!part.removed) recalled += part.count ?? part.value.length;
  }
  return { curated: a.length, recalled, added };
}

const paragraphsOf = (body: string) =>
  body
    .trim()
    .split(/\n\s*\n/)
    .map(squash)
    .filter(Boolean);

/** The sentences that end paragraphs, numbered by occurrence, as a set. */
function paragraphEnds(paragraphs: readonly string[]): Set<string> {
  const ends = new Set<string>();
  const seen = new Map<string, number>();
  let position = 0;
  for (const p of paragraphs) {
    const s = sentences(p);
    position += s.length;
    const last = s.at(-1) ?? p;
    const n = (seen.get(last) ?? 0) + 1;
    seen.set(last, n);
    ends.add(`${last}#${n}`);
  }
  void position;
  return ends;
}

function f1(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let both = 0;
  for (const x of a) if (b.has(x)) both += 1;
  if (a.size + b.size === 0) return 1;
  return (2 * both) / (a.size + b.size);
}

const same = (x: unknown, y: unknown) => JSON.stringify(x ?? null) === JSON.stringify(y ?? null);

/** Compare one draft with its curated article. */
export function compareArticle(curated: CuratedArticle, draft: Draft | undefined): ArticleCloseness {
  const cParas = paragraphsOf(curated.body);
  const dParas = draft ? paragraphsOf(draft.body) : [];
  const cText = cParas.join('');
  const dText = dParas.join('');
  const cSent = cParas.flatMap(sentences);
  const dSent = dParas.flatMap(sentences);
  const recall = cSent.length === 0 ? 1 : cSent.filter((s) => dText.includes(s)).length / cSent.length;
  const precision = dSent.length === 0 ? 0 : dSent.filter((s) => cText.includes(s)).length / dSent.length;
  const dSet = new Set(dParas);
  const c = curated.data;
  const d = (draft?.frontmatter ?? {}) as unknown as Record<string, unknown>;
  const speaker = (v: unknown) => (v && typeof v === 'object' ? (v as Record<string, unknown>) : {});
  const fields: Record<string, boolean> = {
    title: same(c.title, d.title),
    kicker: same(c.kicker, d.kicker),
    subtitle: same(c.subtitle, d.subtitle),
    column: same(c.column, d.column),
    type: same(c.type, d.type),
    'speaker.name': same(speaker(c.speaker).name, speaker(d.speaker).name),
    'speaker.role': same(speaker(c.speaker).role, speaker(d.speaker).role),
    'speaker.department': same(speaker(c.speaker).department, speaker(d.speaker).department),
    departments: same(c.departments, d.departments),
    reporters: same(c.reporters ?? [], d.reporters ?? []),
    correspondents: same(c.correspondents ?? [], d.correspondents ?? []),
    source: same(c.source, d.source),
    signatories: same(c.signatories ?? [], d.signatories ?? []),
  };
  fields.byline = fields.reporters! && fields.correspondents! && fields['speaker.name']! && fields['speaker.role']!;
  const cTopics = new Set((c.topics as string[] | undefined) ?? []);
  const dTopics = (d.topics as string[] | undefined) ?? [];
  const hit = dTopics.filter((t) => cTopics.has(t)).length;
  return {
    curated: curated.id,
    draft: draft?.slug,
    sentenceRecall: recall,
    sentencePrecision: precision,
    paragraphF1: f1(paragraphEnds(cParas), paragraphEnds(dParas)),
    paragraphsExact: cParas.filter((p) => dSet.has(p)).length,
    paragraphsCurated: cParas.length,
    fields,
    topics: { precision: dTopics.length === 0 ? 0 : hit / dTopics.length, recall: cTopics.size === 0 ? 1 : hit / cTopics.size },
    chars: charCloseness(cParas.join(''), dParas.join('')),
  };
}

/**
 * Pair each curated article with the draft that shares the most of its
 * sentences and the same speaker/title (the 任金雷 body repeats 黄永民's, so
 * the body alone does not decide), then compare.
 */
export function compareAll(curated: readonly CuratedArticle[], drafts: readonly Draft[]): ArticleCloseness[] {
  const used = new Set<Draft>();
  return curated.map((c) => {
    const cSent = paragraphsOf(c.body).flatMap(sentences);
    let best: Draft | undefined;
    let bestScore = -1;
    for (const d of drafts) {
      if (used.has(d)) continue;
      const text = squash(d.body);
      let score = cSent.filter((s) => text.includes(s)).length;
      const cs = c.data.speaker as { name?: string } | undefined;
      if (cs?.name && d.frontmatter.speaker?.name === cs.name) score += 1000;
      if (c.data.title === d.frontmatter.title) score += 1000;
      if (score > bestScore) {
        best = d;
        bestScore = score;
      }
    }
    if (best) used.add(best);
    return compareArticle(c, bestScore > 0 ? best : undefined);
  });
}

/** Figures for the whole set: means, and counts of fields that agree. */
export function summarise(results: readonly ArticleCloseness[]) {
  const mean = (f: (r: ArticleCloseness) => number) => results.reduce((s, r) => s + f(r), 0) / Math.max(1, results.length);
  const fieldNames = Object.keys(results[0]?.fields ?? {});
  return {
    articles: results.length,
    matched: results.filter((r) => r.draft).length,
    sentenceRecall: mean((r) => r.sentenceRecall),
    sentencePrecision: mean((r) => r.sentencePrecision),
    paragraphF1: mean((r) => r.paragraphF1),
    paragraphsExact: results.reduce((s, r) => s + r.paragraphsExact, 0),
    paragraphsCurated: results.reduce((s, r) => s + r.paragraphsCurated, 0),
    fields: Object.fromEntries(fieldNames.map((f) => [f, results.filter((r) => r.fields[f]).length])),
    topicPrecision: mean((r) => r.topics.precision),
    topicRecall: mean((r) => r.topics.recall),
  };
}

/** Import a seed text and compare its drafts with the curated Chinese articles it became. */
export function measureSeed(seedText: string, curated: readonly CuratedArticle[], content: Content): ArticleCloseness[] {
  const drafts = importText(seedText, content, { today: '2099-12-31' });
  return compareAll(curated, drafts);
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

/** A table of the figures, for a terminal. */
export function formatCloseness(results: readonly ArticleCloseness[]): string {
  const rows = results.map((r) => {
    const wrong = Object.entries(r.fields)
      .filter(([, ok]) => !ok)
      .map(([f]) => f);
    return `  ${r.curated.padEnd(36)} 句子 ${pct(r.sentenceRecall).padStart(6)}  段落边界F1 ${pct(r.paragraphF1).padStart(6)}  整段一致 ${r.paragraphsExact}/${r.paragraphsCurated}  字段不同：${wrong.join(', ') || '无'}`;
  });
  const s = summarise(results);
  const fields = Object.entries(s.fields)
    .map(([f, n]) => `${f} ${n}/${s.articles}`)
    .join('，');
  return [
    ...rows,
    `  合计：${s.matched}/${s.articles} 篇配上；句子召回 ${pct(s.sentenceRecall)}，句子精确 ${pct(s.sentencePrecision)}，段落边界F1 ${pct(s.paragraphF1)}，整段一致 ${s.paragraphsExact}/${s.paragraphsCurated}`,
    `  字段一致：${fields}`,
    `  主题：精确 ${pct(s.topicPrecision)}，召回 ${pct(s.topicRecall)}`,
  ].join('\n');
}

/** The curated Chinese articles of a content folder, read from the files. */
export function curatedArticles(content: Content): CuratedArticle[] {
  return content.articles
    .filter((a) => !a.id.endsWith('.en') && a.fm.data)
    .map((a) => ({ id: a.id, data: a.fm.data!, body: a.fm.body }));
}

/** The seed each curated article comes from (by its date: 2023 → 000, 2024 → 004). */
export const SEEDS = ['000_89f5056c0f2df9ad.txt', '004_9eda33c280430bcd.txt'] as const;

/** Figures for one page in one layout. */
export interface VariantScore {
  name: string;
  articles: number;
  found: number;
  /** Curated body characters found in the drafts, of all. */
  bodyRecall: number;
  /** Draft body characters not in the curated bodies. */
  added: number;
  /** Headline, kicker, subtitle and byline fields right, of all (4 per article). */
  headRight: number;
  headTotal: number;
  paragraphF1: number;
  /** Fields that came out wrong, as article:field. */
  wrong: string[];
}

export function scoreVariant(name: string, page: string, curated: readonly CuratedArticle[], content: Content): VariantScore {
  const results = measureSeed(page, curated, content);
  const sum = (f: (r: ArticleCloseness) => number) => results.reduce((s, r) => s + f(r), 0);
  const wrong = results.flatMap((r) => HEAD_FIELDS.filter((f) => !r.fields[f]).map((f) => `${r.curated}:${f}`));
  return {
    name,
    articles: results.length,
    found: results.filter((r) => r.draft).length,
    bodyRecall: sum((r) => r.chars.recalled) / Math.max(1, sum((r) => r.chars.curated)),
    added: sum((r) => r.chars.added),
    headRight: results.length * HEAD_FIELDS.length - wrong.length,
    headTotal: results.length * HEAD_FIELDS.length,
    paragraphF1: sum((r) => r.paragraphF1) / Math.max(1, results.length),
    wrong,
  };
}

/** Curated articles in the order their text appears in a seed. */
export function inSeedOrder(curated: readonly CuratedArticle[], seed: string): CuratedArticle[] {
  const flat = squash(seed);
  const at = (c: CuratedArticle) => {
    const first = paragraphsOf(c.body)[0] ?? '';
    const i = flat.indexOf(first.replace(/\*\*/g, '').slice(0, 12));
    return i === -1 ? Infinity : i;
  };
  return [...curated].sort((a, b) => at(a) - at(b));
}

/** The article sets measured: each seed's curated articles in the seed's order, and the invented ones. */
export function articleSets(content: Content): Array<{ label: string; articles: CuratedArticle[]; columns: boolean }> {
  const curated = curatedArticles(content);
  const sets = SEEDS.map((seed, i) => {
    const year = i === 0 ? '2023' : '2024';
    const text = readFileSync(join(SEEDS_DIR, seed), 'utf8');
    const mine = curated.filter((c) => content.articles.find((a) => a.id === c.id)!.relPath.startsWith(year));
    return { label: seed.slice(0, 3), articles: inSeedOrder(mine, text), columns: i === 0 };
  });
  sets.push({ label: '自编', articles: INVENTED, columns: true });
  return sets;
}

/** Every page the importer is measured on: each seed's articles and the invented ones in every layout, and pages concatenated. */
export function variantPages(content: Content): Array<{ name: string; page: string; curated: CuratedArticle[] }> {
  const columnName = (id: string) => content.columns.entries.find((c) => c.id === id)?.name.zh;
  const sets = articleSets(content);
  const pages: Array<{ name: string; page: string; curated: CuratedArticle[] }> = [];
  for (const set of sets) {
    for (const layout of LAYOUTS) {
      const l: Layout = { ...layout, columns: layout.columns && set.columns };
      pages.push({ name: `${set.label} ${layout.name}`, page: renderPage(set.articles, l, columnName), curated: set.articles });
    }
  }
  // Pages with a header, footer and page number, headlines in mixed places, bylines in other forms.
  for (const set of sets) {
    for (const f of framedPages(set.articles, '2024-04-16')) pages.push({ name: `${set.label} ${f.name}`, page: f.page, curated: set.articles });
  }
  const [a, b, c] = sets;
  const cat = (x: typeof a, lx: Layout, y: typeof a, ly: Layout) => ({
    name: `${x!.label}（${lx.name}）接 ${y!.label}（${ly.name}）`,
    page: renderPage(x!.articles, { ...lx, columns: lx.columns && x!.columns }, columnName) + renderPage(y!.articles, { ...ly, columns: ly.columns && y!.columns }, columnName),
    curated: [...x!.articles, ...y!.articles],
  });
  pages.push(cat(a, LAYOUTS[1]!, b, LAYOUTS[4]!), cat(b, LAYOUTS[5]!, c, LAYOUTS[0]!));
  return pages;
}

/** The targets every layout must meet: every article found, ≥ 99% of body characters, none added, ≥ 90% of head fields right. */
export function meetsTargets(s: VariantScore): boolean {
  return s.found === s.articles && s.bodyRecall >= 0.99 && s.added === 0 && s.headRight / s.headTotal >= 0.9;
}

/** Scores over many more layouts than LAYOUTS: every width from 12 to 40 in steps of 2, every headline place, blank-line style and indent. */
export function sweep(content: Content): VariantScore[] {
  const columnName = (id: string) => content.columns.entries.find((c) => c.id === id)?.name.zh;
  const sets = articleSets(content);
  const scores: VariantScore[] = [];
  for (const set of sets)
    for (let width = 12; width <= 40; width += 2)
      for (const headline of ['first', 'afterByline', 'afterFirstParagraph', 'last'] as const)
        for (const blanks of ['all', 'articles', 'none'] as const)
          for (const indent of [false, true]) {
            const layout: Layout = { name: `${set.label} 宽${width} ${headline} ${blanks}${indent ? ' 缩进' : ''}`, width, headline, blanks, indent, columns: set.columns };
            scores.push(scoreVariant(layout.name, renderPage(set.articles, layout, columnName), set.articles, content));
          }
  return scores;
}

/** The variant table, one line per page. */
export function formatVariants(scores: readonly VariantScore[]): string {
  const rows = scores.map(
    (s) =>
      `| ${s.name} | ${s.found}/${s.articles} | ${pct(s.bodyRecall)} | ${s.added} | ${s.headRight}/${s.headTotal}（${pct(s.headRight / s.headTotal)}） | ${pct(s.paragraphF1)} |`,
  );
  return ['| 版面 | 找到文章 | 正文字符召回 | 多出的字符 | 标题/引题/副题/署名正确 | 段落边界F1 |', '| --- | --- | --- | --- | --- | --- |', ...rows].join('\n');
}

if (import.meta.main) {
  const content = readContent(CONTENT);
  const curated = curatedArticles(content);
  for (const [i, seed] of SEEDS.entries()) {
    const text = readFileSync(join(SEEDS_DIR, seed), 'utf8');
    const year = i === 0 ? '2023' : '2024';
    const mine = curated.filter((c) => content.articles.find((a) => a.id === c.id)!.relPath.startsWith(year));
    console.log(`${seed}（${mine.length} 篇）：`);
    console.log(formatCloseness(measureSeed(text, mine, content)));
  }
  const scores = variantPages(content).map((v) => scoreVariant(v.name, v.page, v.curated, content));
  console.log(`\n其他版面（layouts.ts）：\n${formatVariants(scores)}`);
  for (const s of scores) if (s.wrong.length > 0) console.log(`  ${s.name}：${s.wrong.join('，')}`);
  if (process.argv.includes('--sweep')) {
    const all = sweep(content);
    const missed = all.filter((s) => !meetsTargets(s));
    console.log(`\n${all.length - missed.length}/${all.length} 种版面达到目标。未达到的：`);
    for (const s of missed) console.log(`  ${s.name}：找到 ${s.found}/${s.articles}，字符召回 ${pct(s.bodyRecall)}，多出 ${s.added}，字段 ${s.headRight}/${s.headTotal} ${s.wrong.join(' ')}`);
  }
}
