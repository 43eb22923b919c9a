/**
 * A synthetic corpus for benchmarks: N realistic Chinese articles
 * (1,500–3,000 characters each) made of the real articles' sentences,
 * recombined by a seeded random generator, with departments, topics and
 * columns from the real data files, dates spread over several years and
 * about 5% English translations. Written as a content folder the site
 * builds from (`SHIZHONG_CONTENT_DIR=<dir> npm run build`):
 *
 *   <dir>/articles/<year>/synthetic-00001.md …, departments.yaml, topics.yaml, columns.yaml
 *
 * Usage: npm run bench:corpus -- [--articles 2000] [--out .bench/corpus-2000] [--seed 1]
 * Also a module: `writeSyntheticCorpus({ articles, out, seed })`, used by the search benchmark.
 * Never writes into content/.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { BENCH_DIR, CONTENT } from '../shared/paths.ts';
import { hasHan } from '../../../src/lib/cjk.ts';
import { unbalancedPairs } from '../lint/text-rules.ts';

const TYPES = ['interview', 'report', 'reflection', 'letter', 'news'] as const;
const YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025];
const DATA_FILES = ['departments.yaml', 'topics.yaml', 'columns.yaml', 'companies.yaml'];

export interface CorpusOptions {
  /** How many Chinese articles. */
  articles: number;
  /** The content folder to write (emptied first). Must be outside content/. */
  out: string;
  /** Seed of the random generator: the same seed gives the same corpus. */
  seed?: number;
}

export interface CorpusSummary {
  out: string;
  zh: number;
  en: number;
  characters: number;
}

/** Mulberry32: a small, fast, seeded generator (benchmarks must be repeatable). */
function randomGenerator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? markdownFiles(path) : name.endsWith('.md') ? [path] : [];
  });
}

/** The body of a markdown file without frontmatter, markup and headings. */
function plainBody(file: string): string {
  const text = readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
  return text
    .split(/\n\s*\n/)
    .filter((p) => !/^\s*(#|>|\||<|!\[)/.test(p))
    .join('\n')
    .replace(/\*\*|__|`/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
}

/** Sentences of the real articles, for the synthetic ones to be made of. */
function sentencePools(): { zh: string[]; en: string[] } {
  const files = markdownFiles(join(CONTENT, 'articles'));
  const zh = files
    .filter((f) => !f.endsWith('.en.md'))
    .flatMap((f) => plainBody(f).match(/[^。！？\n]+[。！？]/g) ?? [])
    .map((s) => s.trim())
    .filter((s) => s.length >= 12 && hasHan(s));
  const en = files
    .filter((f) => f.endsWith('.en.md'))
    .flatMap((f) => plainBody(f).replace(/\n/g, ' ').match(/[^.!?]+[.!?]/g) ?? [])
    .map((s) => s.trim())
    .filter((s) => s.length >= 30);
  // A sentence cut out of a quotation has half of its quotes: the content check (run by every build) would refuse it.
  const paired = (s: string) => unbalancedPairs([{ type: 'paragraph', text: s, lines: [], line: 1 }]).length === 0;
  return { zh: [...new Set(zh.filter(paired))], en: [...new Set(en.filter(paired))] };
}

function ids(file: string): string[] {
  const list = parseYaml(readFileSync(join(CONTENT, file), 'utf8')) as { id: string }[];
  return list.map((x) => x.id);
}

const yamlString = (s: string): string => JSON.stringify(s);

/**
 * Write the corpus. Long because one seeded random stream makes every
 * article's fields in a fixed order (the same seed must give the same
 * corpus); splitting it would pass the generator through every piece.
 */
export function writeSyntheticCorpus(options: CorpusOptions): CorpusSummary {
  const out = resolve(options.out);
  const rel = relative(CONTENT, out);
  if (rel === '' || (!rel.startsWith('..') && !rel.startsWith('/'))) {
    throw new Error(`The synthetic corpus must not be written into content/ (got ${out}).`);
  }
  const random = randomGenerator(options.seed ?? 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const pickSome = <T>(list: readonly T[], min: number, max: number): T[] => {
    const n = min + Math.floor(random() * (max - min + 1));
    const copy = [...list];
    const chosen: T[] = [];
    while (chosen.length < n && copy.length > 0) chosen.push(copy.splice(Math.floor(random() * copy.length), 1)[0] as T);
    return chosen;
  };

  const pools = sentencePools();
  if (pools.zh.length < 50) throw new Error('Too few sentences in content/articles to make a corpus from.');
  const departments = ids('departments.yaml');
  const topics = ids('topics.yaml');
  const columns = ids('columns.yaml');

  if (existsSync(out)) rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'articles'), { recursive: true });
  for (const file of DATA_FILES) copyFileSync(join(CONTENT, file), join(out, file));

  let characters = 0;
  let en = 0;
  for (let n = 1; n <= options.articles; n++) {
    const target = 1500 + Math.floor(random() * 1501);
    const paragraphs: string[] = [];
    let length = 0;
    while (length < target) {
      const sentences = Array.from({ length: 2 + Math.floor(random() * 4) }, () => pick(pools.zh));
      const paragraph = sentences.join('');
      paragraphs.push(paragraph);
      length += [...paragraph].length;
    }
    characters += length;
    const year = pick(YEARS);
    const date = `${year}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
    // Cut from a sentence, a title may keep one half of a quote pair: drop the pairs' marks (the build's content check refuses unbalanced ones).
    const title = (pick(pools.zh).split(/[，、；：。！？]/)[0] ?? '').slice(0, 28).replace(/[“”‘’《》（）]/g, '') || `综合报道（${n}）`;
    const slug = `synthetic-${String(n).padStart(5, '0')}`;
    const type = pick(TYPES);
    const column = random() < 0.6 ? pick(columns) : undefined;
    const articleDepartments = pickSome(departments, 1, 2);
    const articleTopics = pickSome(topics, 1, 3);
    const frontmatter = [
      '---',
      `title: ${yamlString(title)}`,
      ...(column ? [`column: ${column}`] : []),
      `type: ${type}`,
      `date: ${date}`,
      `reporters:\n  - ${yamlString('本报记者')}`,
      `departments:\n${articleDepartments.map((d) => `  - ${d}`).join('\n')}`,
      `topics:\n${articleTopics.map((t) => `  - ${t}`).join('\n')}`,
      '---',
      '',
    ].join('\n');
    const dir = join(out, 'articles', String(year));
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${slug}.md`), `${frontmatter}${paragraphs.join('\n\n')}\n`);

    if (pools.en.length > 0 && random() < 0.05) {
      en++;
      const body = Array.from({ length: 6 + Math.floor(random() * 6) }, () =>
        Array.from({ length: 3 + Math.floor(random() * 3) }, () => pick(pools.en)).join(' '),
      );
      // Cut at a comma or 80 characters, so without its quotes (they could be left unpaired).
      const enTitle = (pick(pools.en).split(/[,;:]/)[0] ?? '').replace(/[“”‘’"]/g, '').slice(0, 80);
      const enFront = [
        '---',
        `title: ${yamlString(enTitle || `Report ${n}`)}`,
        ...(column ? [`column: ${column}`] : []),
        `type: ${type}`,
        `date: ${date}`,
        `departments:\n${articleDepartments.map((d) => `  - ${d}`).join('\n')}`,
        `topics:\n${articleTopics.map((t) => `  - ${t}`).join('\n')}`,
        'lang: en',
        `translationOf: ${slug}`,
        '---',
        '',
      ].join('\n');
      writeFileSync(join(dir, `${slug}.en.md`), `${enFront}${body.join('\n\n')}\n`);
    }
  }
  return { out, zh: options.articles, en, characters };
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '2000' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
    },
  });
  const articles = Number(values.articles);
  if (!Number.isInteger(articles) || articles < 1) throw new Error(`--articles must be a positive whole number, got ${values.articles}`);
  const summary = writeSyntheticCorpus({ articles, out: values.out ?? join(BENCH_DIR, `corpus-${articles}`), seed: Number(values.seed) });
  console.log(
    `Wrote ${summary.zh} Chinese and ${summary.en} English articles (${summary.characters.toLocaleString('en')} Chinese characters) to ${relative(process.cwd(), summary.out) || summary.out}`,
  );
}
