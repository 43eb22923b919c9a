/**
 * The 14 Chinese articles are faithful to the two pages of the district paper
 * they come from (tests/fixtures/seeds/): every sentence of the source is on
 * the site, no sentence is added, OCR line wraps are joined, and layout debris
 * is dropped only where it is listed below.
 *
 * The test reads the content files directly (node:fs + yaml), like an editor
 * would, so it needs no build.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { CONTENT, readSeed, ROOT, SEED_FILES } from '../support/fixtures';

const SEEDS = SEED_FILES.map(readSeed);

/**
 * Layout debris: printed pieces of the page that are not text of any article.
 * Each entry is one whole line of a seed (whitespace and markdown markers
 * removed) and the part of it that is dropped. Nothing else may be dropped.
 */
const DEBRIS: ReadonlyArray<{ line: string; drop: string; why: string }> = [
  // 000: the colon after a town/subdistrict heading; the name is the article's kicker.
  { line: '永安镇：', drop: '：', why: 'colon after the kicker heading' },
  { line: '矿区街道：', drop: '：', why: 'colon after the kicker heading' },
  { line: '龙山路街道：', drop: '：', why: 'colon after the kicker heading' },
  // 004: the department label printed after a headline; it is the article's `departments`.
  { line: '把牢项目“主引擎”（区商促局）', drop: '（区商促局）', why: 'department label after the headline' },
  { line: '（中建材光子科技有限公司）', drop: '（中建材光子科技有限公司）', why: 'department label after the headline' },
  { line: '（山东魔意科技创新有限公司）', drop: '（山东魔意科技创新有限公司）', why: 'department label after the headline' },
  { line: '落脚实干硬招赶超（西王庄镇）', drop: '（西王庄镇）', why: 'department label after the headline' },
  // 004: the byline dash before 潘超's name and role; the page prints the byline from `speaker`.
  {
    line: '——枣庄经济开发区管委会副主任，区发改局党组书记、局长潘超',
    drop: '——',
    why: 'byline dash; the byline is rendered from speaker',
  },
];

/**
 * Spaces between two Han characters that the paper prints on purpose
 * (a two-part slogan), not OCR spacing. Kept as printed.
 */
const PRINTED_SPACES: readonly string[] = ['向前一步走 满意在龙山'];

// ---------------------------------------------------------------- helpers

const HAN = '\\p{Script=Han}';
/** Han characters and CJK/full-width punctuation, including curly quotes. */
const CJK = `[${HAN}\\u3000-\\u303F\\uFF00-\\uFFEF\\u2014\\u2026\\u201C\\u201D\\u2018\\u2019]`;

/** Whitespace and markdown markers removed: the text a reader sees, without layout. */
function squash(s: string): string {
  return s
    .split('\n')
    .map((line) => line.replace(/^\s*#{1,6}\s*/, ''))
    .join('\n')
    .replace(/\*\*/g, '')
    .replace(/\s+/gu, '');
}

/** Sentences: split after 。！？； (the punctuation stays with its sentence). */
function sentences(s: string): string[] {
  return s
    .split(/(?<=[。！？；])/u)
    .map((x) => x.trim())
    .filter((x) => x !== '');
}

type Frontmatter = Record<string, unknown> & {
  title: string;
  kicker?: string;
  subtitle?: string;
  column?: string;
  type: string;
  date: string;
  dateSource?: string;
  datePrecision?: string;
  reporters?: string[];
  correspondents?: string[];
  speaker?: { name: string; role: string; department?: string };
  departments: string[];
  topics?: string[];
  source?: string;
  signatories?: string[];
  lang?: string;
  translationOf?: string;
  editorNote?: string;
};

interface Article {
  id: string;
  file: string;
  data: Frontmatter;
  body: string;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.md') ? [p] : [];
  });
}

function readArticle(file: string): Article {
  const text = readFileSync(file, 'utf8');
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!m) throw new Error(`${relative(ROOT, file)}: no frontmatter`);
  return {
    id: file.split('/').pop()!.replace(/\.md$/, ''),
    file: relative(ROOT, file),
    data: parse(m[1]!) as Frontmatter,
    body: m[2]!,
  };
}

const readYaml = (name: string) =>
  parse(readFileSync(join(CONTENT, name), 'utf8')) as Array<{ id: string; name: { zh: string; en: string }; aliases?: string[] }>;

const departments = readYaml('departments.yaml');
const topics = readYaml('topics.yaml');
const columns = readYaml('columns.yaml');
const deptById = new Map(departments.map((d) => [d.id, d]));
const columnById = new Map(columns.map((c) => [c.id, c]));

const articles = walk(join(CONTENT, 'articles')).map(readArticle);
const chinese = articles.filter((a) => (a.data.lang ?? 'zh-CN') === 'zh-CN');
const byId = new Map(articles.map((a) => [a.id, a]));

/** A date line as the paper prints it: 2023年5月26日. */
function dateLine(date: unknown): string {
  const iso = date instanceof Date ? date.toISOString().slice(0, 10) : String(date);
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** The printed lines that come from an article's frontmatter, whitespace removed. */
function metaLines(a: Article): string[] {
  const d = a.data;
  const out: string[] = [d.title];
  if (d.kicker) out.push(d.kicker);
  if (d.subtitle) out.push(d.subtitle);
  if (d.speaker) {
    out.push(d.speaker.role + d.speaker.name);
    const dept = d.speaker.department ? deptById.get(d.speaker.department) : undefined;
    if (dept) out.push(dept.name.zh + d.speaker.role + d.speaker.name);
  }
  const byline =
    (d.reporters?.length ? `记者${d.reporters.join('')}` : '') +
    (d.correspondents?.length ? `通讯员${d.correspondents.join('')}` : '');
  if (byline) out.push(byline);
  if (d.source) out.push(`来源于${d.source}`);
  for (const s of d.signatories ?? []) out.push(s);
  if (d.dateSource === 'article') out.push(dateLine(d.date));
  if (d.column) {
    const col = columnById.get(d.column);
    if (col) out.push(col.name.zh);
  }
  return out.map(squash);
}

/** Everything a reader sees of the Chinese articles, whitespace removed, one article per segment. */
const siteText = chinese.map((a) => [...metaLines(a), squash(a.body)].join('\u0000')).join('\u0001');
const metaSet = new Set(chinese.flatMap(metaLines));

/**
 * A seed cut into units: headline/byline/speaker lines (which may wrap over
 * up to three lines) are units of their own; the text between them is joined
 * (OCR wraps and column breaks removed) and cut into sentences.
 */
function seedUnits(seed: string): string[] {
  const lines = seed.split('\n').map((raw) => {
    let line = squash(raw);
    const debris = DEBRIS.find((x) => x.line === line);
    if (debris) line = line.replace(debris.drop, '');
    return line;
  });
  const units: string[] = [];
  let buffer = '';
  const flush = () => {
    units.push(...sentences(buffer));
    buffer = '';
  };
  for (let i = 0; i < lines.length; ) {
    if (lines[i] === '') {
      i += 1;
      continue;
    }
    let matched = 0;
    for (const k of [3, 2, 1]) {
      const window = lines.slice(i, i + k);
      if (window.length === k && window.every((l) => l !== '') && metaSet.has(window.join(''))) {
        matched = k;
        break;
      }
    }
    if (matched) {
      flush();
      units.push(lines.slice(i, i + matched).join(''));
      i += matched;
    } else {
      buffer += lines[i];
      i += 1;
    }
  }
  flush();
  return units;
}

const seedText = SEEDS.map(squash).join('\u0001');

// ---------------------------------------------------------------- tests

describe('the Chinese articles are the 14 of the two seed pages', () => {
  it('has exactly 14 Chinese articles', () => {
    expect(chinese.map((a) => a.id).sort()).toHaveLength(14);
  });

  it('every department, topic and column id exists in the data files', () => {
    const topicIds = new Set(topics.map((t) => t.id));
    for (const a of articles) {
      for (const d of a.data.departments) expect(deptById.has(d), `${a.file}: departments ${d}`).toBe(true);
      for (const t of a.data.topics ?? []) expect(topicIds.has(t), `${a.file}: topics ${t}`).toBe(true);
      if (a.data.column) expect(columnById.has(a.data.column), `${a.file}: column ${a.data.column}`).toBe(true);
      if (a.data.speaker?.department)
        expect(deptById.has(a.data.speaker.department), `${a.file}: speaker.department`).toBe(true);
    }
  });
});

describe('every sentence of the source is on the site', () => {
  it('the layout debris list only names lines that are in a seed', () => {
    const seedLines = new Set(SEEDS.flatMap((s) => s.split('\n').map(squash)));
    for (const d of DEBRIS) {
      expect(seedLines.has(d.line), `debris line not found: ${d.line}`).toBe(true);
      expect(d.line.includes(d.drop)).toBe(true);
    }
  });

  SEEDS.forEach((seed, n) => {
    it(`seed ${n}: each sentence, headline and byline is found in an article`, () => {
      const units = seedUnits(seed);
      expect(units.length).toBeGreaterThan(50);
      const missing = units.filter((u) => !siteText.includes(u));
      expect(missing).toEqual([]);
    });
  });
});

describe('nothing is added', () => {
  for (const a of chinese) {
    it(`${a.file}: every body sentence is in a seed`, () => {
      const paragraphs = a.body.split(/\n\s*\n/).map(squash).filter(Boolean);
      const added = paragraphs.flatMap(sentences).filter((s) => !seedText.includes(s));
      expect(added).toEqual([]);
    });

    it(`${a.file}: title, kicker, subtitle, speaker, byline, source, signatories are printed in a seed`, () => {
      const d = a.data;
      const printed = [
        d.title,
        d.kicker,
        d.subtitle,
        d.speaker && d.speaker.role + d.speaker.name,
        d.source && `来源于${d.source}`,
        ...(d.signatories ?? []),
        ...(d.reporters ?? []),
        ...(d.correspondents ?? []),
      ].filter((x): x is string => !!x);
      const notPrinted = printed.map(squash).filter((s) => !seedText.includes(s));
      expect(notPrinted).toEqual([]);
    });
  }
});

describe('OCR layout is undone', () => {
  for (const a of chinese) {
    it(`${a.file}: each paragraph is one line`, () => {
      const paragraphs = a.body.trim().split(/\n\s*\n/);
      const broken = paragraphs.filter((p) => p.trim().includes('\n'));
      expect(broken).toEqual([]);
      expect(a.body).not.toMatch(new RegExp(`${CJK}\\n${CJK}`, 'u'));
    });

    it(`${a.file}: no paragraph is cut mid-sentence (page-layout cuts are joined)`, () => {
      const paragraphs = a.body.trim().split(/\n\s*\n/).map(squash);
      // A paragraph ends a sentence (。！？), or is a salutation (：), possibly inside a closing quote.
      const cut = paragraphs.filter((p) => !/[。！？：][”’）」]?$/u.test(p));
      expect(cut).toEqual([]);
    });

    it(`${a.file}: no OCR spaces next to Han characters`, () => {
      let body = a.body;
      for (const s of PRINTED_SPACES) body = body.replaceAll(s, s.replace(/ /g, ''));
      const hits = [
        ...body.matchAll(new RegExp(`${CJK}[ \\t\\u3000]+[${HAN}0-9A-Za-z%]`, 'gu')),
        ...body.matchAll(new RegExp(`[0-9A-Za-z%][ \\t\\u3000]+${CJK}`, 'gu')),
      ].map((m) => m[0]);
      expect(hits).toEqual([]);
    });
  }
});

describe('the paper’s own error under 任金雷 is published as printed, with a note', () => {
  const ren = byId.get('study-trip-ren-jinlei');
  const huang = byId.get('study-trip-huang-yongmin');

  it('the 任金雷 body equals the 黄永民 (区住建局) body', () => {
    expect(ren && huang).toBeTruthy();
    expect(ren!.body.trim()).toBe(huang!.body.trim());
  });

  it('the 任金雷 article carries an editor’s note', () => {
    expect(typeof ren!.data.editorNote).toBe('string');
    expect(ren!.data.editorNote!.length).toBeGreaterThan(10);
  });
});

describe('translations match their originals', () => {
  const translations = articles.filter((a) => a.data.lang === 'en');
  if (translations.length === 0) it.skip('no translations yet', () => {});
  for (const t of translations) {
    it(`${t.file}: same column, type, date and departments as the original`, () => {
      const original = byId.get(String(t.data.translationOf));
      expect(original, `${t.file}: translationOf ${t.data.translationOf}`).toBeTruthy();
      for (const key of ['column', 'type', 'date', 'dateSource', 'datePrecision', 'departments', 'topics'] as const) {
        expect(t.data[key], `${t.file}: ${key}`).toEqual(original!.data[key]);
      }
      const paragraphs = (s: string) => s.trim().split(/\n\s*\n/).length;
      expect(paragraphs(t.body), `${t.file}: paragraph count`).toBe(paragraphs(original!.body));
    });
  }
});
