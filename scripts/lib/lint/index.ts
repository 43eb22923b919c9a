/**
 * Every content check, on a whole content folder.
 */
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bodyH1Findings } from './heading-rules.ts';
import { companyBodyFacts, companyContext, companyFindings, type CompanyBodyFacts, type CompanyContext } from './company-rules.ts';
import { missingAltFindings } from './image-rules.ts';
import { readContent, type ArticleFile, type Content } from '../shared/content.ts';
import { sortFindings, type Finding } from './findings.ts';
import { lineOf } from '../../../src/lib/content-files/frontmatter.ts';
import { textBlocks } from '../shared/markdown-blocks.ts';
import { checkArticle, duplicateSlugFindings, namesToIds, referenceFindings, translationFindings, type CheckedArticle } from './article-rules.ts';
import { dataFindings, yamlTagFindings } from './data-rules.ts';
import { duplicateFindings, duplicateText, type DuplicateInput, type DuplicateText } from './duplicates.ts';
import { FileCache } from '../shared/file-cache.ts';
import { controlCharacterFindings, deepNestingFindings, textRules } from './text-rules.ts';
import { glossaryFindings } from './glossary-rules.ts';
import { sharedFieldFindings, translationTodoFindings } from './translation-rules.ts';
import { readGlossary } from '../shared/glossary.ts';
import { assertDocumented } from './rules.ts';
import { bodyHtmlFindings } from './html-rules.ts';
import { displayPath } from '../shared/content.ts';
import { siteToday } from '../../../src/lib/calendar-date.ts';

export interface LintOptions {
  /** Today as YYYY-MM-DD (default: this machine's date). */
  today?: string;
  /**
   * A file to keep each article's own findings in between runs
   * (../shared/file-cache.ts): the build passes one in Astro's cache folder.
   * Without it every file is checked.
   */
  cacheFile?: string | undefined;
}

export interface LintResult {
  content: Content;
  findings: Finding[];
  /** With a cache: how many article files came from it and how many were checked. */
  cache?: { hits: number; misses: number } | undefined;
}

/** Frontmatter text fields that readers see, checked like the body. */
const TEXT_FIELDS = ['title', 'kicker', 'subtitle', 'summary', 'editorNote', 'dateNote', 'source', 'coverAlt'] as const;

/**
 * What one article file gives on its own: the findings of every rule that
 * reads that file alone, and what the checks across files need of its
 * body. A rule on one file goes here (and so into the cache by itself).
 */
interface FileFacts {
  findings: Finding[];
  duplicate: DuplicateText;
  companies?: CompanyBodyFacts | undefined;
}

function fileFacts(a: ArticleFile, display: string, companies: CompanyContext | undefined): FileFacts {
  const findings: Finding[] = [];
  const blocks = textBlocks(a.fm.body, a.fm.bodyStartLine);
  const fieldBlocks = TEXT_FIELDS.flatMap((field) => {
    const value = a.fm.data?.[field];
    if (typeof value !== 'string') return [];
    const line = lineOf(a.fm, [field]);
    return [{ type: 'paragraph' as const, text: value.replace(/\n/g, ' '), lines: [...value].flatMap((ch) => (ch.length === 2 ? [line, line] : [line])), line }];
  });
  for (const f of textRules([...fieldBlocks.map((b) => ({ ...b, type: 'heading' as const })), ...blocks])) findings.push({ file: display, ...f });
  for (const f of missingAltFindings(a.fm.body, a.fm.bodyStartLine)) findings.push({ file: display, ...f });
  for (const f of bodyH1Findings(a.fm.body, a.fm.bodyStartLine)) findings.push({ file: display, ...f });
  for (const f of bodyHtmlFindings(a.fm.body, a.fm.bodyStartLine)) findings.push({ file: display, ...f });
  if (blocks.length === 0) {
    findings.push({ file: display, line: a.fm.bodyStartLine, severity: 'warning', rule: 'empty-body', message: '正文是空的。请在第二个 --- 下面写正文。' });
  }
  return {
    findings,
    duplicate: duplicateText(blocks),
    companies: companies && a.fm.data?.lang !== 'en' ? companyBodyFacts(companies, display, blocks) : undefined,
  };
}

/** The data files the checks of one file read (their names, the companies' names, the glossary), as one value for the cache. */
function dataFilesHash(contentDir: string): string[] {
  if (!existsSync(contentDir)) return [];
  return readdirSync(contentDir)
    .filter((name) => /\.ya?ml$/i.test(name))
    .sort()
    .map((name) => `${name}:${createHash('sha256').update(readFileSync(join(contentDir, name))).digest('base64')}`);
}

export function lintContent(contentDir: string, options: LintOptions = {}): LintResult {
  const today = options.today ?? siteToday();
  const content = readContent(contentDir);
  const findings: Finding[] = [];
  for (const file of [content.departments, content.topics, content.columns]) findings.push(...dataFindings(file));
  for (const name of ['departments', 'topics', 'columns', 'companies', 'glossary']) {
    const path = join(contentDir, `${name}.yaml`);
    if (!existsSync(path)) continue;
    const text = readFileSync(path, 'utf8');
    for (const f of [...controlCharacterFindings(text), ...yamlTagFindings(text, 1)]) findings.push({ file: displayPath(path), ...f });
  }

  const names = namesToIds(content);
  const companies = companyContext(content);
  const cache = options.cacheFile ? new FileCache<FileFacts>(options.cacheFile, [today, process.cwd(), dataFilesHash(contentDir)]) : undefined;
  const checked: CheckedArticle[] = [];
  const duplicateInputs: DuplicateInput[] = [];
  const companyFacts = new Map<string, CompanyBodyFacts>();
  for (const path of content.strays) findings.push(strayFinding(path));
  findings.push(...oddEntryFindings(content.odd));
  for (const a of content.articles) {
    if (a.encoding) {
      // Nothing else in a file that is not UTF-8 can be read right.
      findings.push({ file: displayPath(a.path), line: a.encoding.line, severity: 'error', rule: 'encoding', message: a.encoding.message });
      checked.push({ file: a, display: displayPath(a.path), data: undefined });
      continue;
    }
    const { findings: own, checked: c } = checkArticle(a, today, names);
    findings.push(...own);
    for (const f of [...controlCharacterFindings(a.text), ...yamlTagFindings(a.fm.yamlText, a.fm.yamlStartLine)]) findings.push({ file: c.display, ...f });
    checked.push(c);
    if (!a.fm.present || a.fm.errors.length > 0) continue;
    const deep = deepNestingFindings(a.fm.body, a.fm.bodyStartLine);
    if (deep.length > 0) {
      for (const f of deep) findings.push({ file: c.display, ...f });
      // No markdown parser may read this body (the later checks, the image checks): it is refused as it is.
      a.fm.body = '';
      continue;
    }

    const facts = cache ? cache.get(a.path, a.text, () => fileFacts(a, c.display, companies)) : fileFacts(a, c.display, companies);
    findings.push(...facts.findings);
    if (facts.companies) companyFacts.set(a.path, facts.companies);
    if (c.data) {
      duplicateInputs.push({
        display: c.display,
        id: a.id,
        title: c.data.title,
        lang: c.data.lang,
        date: c.data.date.toISOString().slice(0, 10),
        editorNote: c.data.editorNote,
        noteLine: lineOf(a.fm, ['editorNote']),
        bodyLine: a.fm.bodyStartLine,
        text: facts.duplicate,
      });
    }
  }
  cache?.save();
  findings.push(...companyFindings(content, companies, (a) => companyFacts.get(a.path) ?? { aliases: [], findings: [] }));
  findings.push(...referenceFindings(checked, content), ...duplicateSlugFindings(checked), ...translationFindings(checked), ...duplicateFindings(duplicateInputs));
  findings.push(...translationTodoFindings(checked), ...sharedFieldFindings(checked), ...glossaryFindings(checked, content, readGlossary(contentDir)));
  for (const f of findings) assertDocumented(f);
  return { content, findings: dataFileErrorsFirst(content, sortFindings(findings)), cache: cache && { hits: cache.hits, misses: cache.misses } };
}

/**
 * A data file that cannot be read (a YAML syntax error, not UTF-8) makes
 * every article that names one of its ids look wrong too. Report only what
 * is wrong with the data files (and with files that are not UTF-8), first,
 * so the editor sees the one line to fix rather than dozens of follow-ons.
 */
function dataFileErrorsFirst(content: Content, findings: Finding[]): Finding[] {
  const broken = [content.departments, content.topics, content.columns].filter((f) => f.errors.length > 0).map((f) => displayPath(f.path));
  if (broken.length === 0) return findings;
  const first = findings.filter((f) => broken.includes(f.file));
  const encoding = findings.filter((f) => f.rule === 'encoding' && !broken.includes(f.file));
  return [...first, ...encoding];
}

/** Hidden files and folders, and symbolic links, under articles/: never skipped or followed silently. */
function oddEntryFindings(odd: Content['odd']): Finding[] {
  const out: Finding[] = [];
  for (const path of odd.hidden) {
    const name = path.split(/[\\/]/).pop() ?? path;
    const folder = lstatSync(path).isDirectory();
    out.push({
      file: displayPath(path),
      line: 1,
      severity: 'warning',
      rule: 'hidden-file',
      message: `“${name}”以点开头，是隐藏的${folder ? '文件夹，里面的文章' : '文件'}不会发布，很多电脑上也看不到。要发布请改名，去掉开头的点（如 ${name.slice(1)}）；还不想发布的文章请在文章信息里写 draft: true；不要的请删掉。`,
    });
  }
  for (const path of odd.links) {
    out.push({
      file: displayPath(path),
      line: 1,
      severity: 'error',
      rule: 'symlink',
      message: `“${path.split(/[\\/]/).pop()}”是符号链接（快捷方式），不是文件本身：它可能指向 content/ 以外的文件或文件夹，网站不读它。请把文章文件本身放在这里，删掉这个链接。`,
    });
  }
  return out;
}

/** A file under articles/ that the build would skip: never silently. */
function strayFinding(path: string): Finding {
  const name = path.split(/[\\/]/).pop() ?? path;
  const stem = name.replace(/(?:\.md)?(?:\.txt|\.markdown|\.mdown|\.mkd|\.md)$/i, '');
  const looksMarkdown = /\.(?:markdown|mdown|mkd|md)(?:\.txt)?$/i.test(name) || /\.txt$/i.test(name);
  const message = looksMarkdown
    ? `文件名“${name}”的扩展名不对：网站只读以 .md（小写）结尾的文章，这个文件不会发布。请把文件改名为 ${stem}.md。`
    : `articles/ 下只放文章（.md 文件），“${name}”不会发布。图片请放到 content/media/；不要的文件请删掉。`;
  return { file: displayPath(path), line: 1, severity: 'error', rule: 'not-an-article-file', message };
}
