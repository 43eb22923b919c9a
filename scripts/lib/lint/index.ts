/**
 * Every content check, on a whole content folder.
 */
import { bodyH1Findings } from './heading-rules.ts';
import { companyFindings } from './company-rules.ts';
import { missingAltFindings } from './image-rules.ts';
import { readContent, type Content } from '../shared/content.ts';
import { sortFindings, type Finding } from '../shared/findings.ts';
import { lineOf } from '../shared/frontmatter.ts';
import { textBlocks } from '../shared/markdown-blocks.ts';
import { checkArticle, duplicateSlugFindings, localToday, namesToIds, referenceFindings, translationFindings, type CheckedArticle } from './article-rules.ts';
import { dataFindings } from './data-rules.ts';
import { duplicateFindings, type DuplicateInput } from './duplicates.ts';
import { textRules } from './text-rules.ts';
import { glossaryFindings } from './glossary-rules.ts';
import { sharedFieldFindings, translationTodoFindings } from './translation-rules.ts';
import { readGlossary } from '../shared/glossary.ts';
import { assertDocumented } from './rules.ts';

export interface LintOptions {
  /** Today as YYYY-MM-DD (default: this machine's date). */
  today?: string;
}

export interface LintResult {
  content: Content;
  findings: Finding[];
}

/** Frontmatter text fields that readers see, checked like the body. */
const TEXT_FIELDS = ['title', 'kicker', 'subtitle', 'summary', 'editorNote', 'dateNote', 'source', 'coverAlt'] as const;

export function lintContent(contentDir: string, options: LintOptions = {}): LintResult {
  const today = options.today ?? localToday();
  const content = readContent(contentDir);
  const findings: Finding[] = [];
  for (const file of [content.departments, content.topics, content.columns]) findings.push(...dataFindings(file));

  const names = namesToIds(content);
  const checked: CheckedArticle[] = [];
  const duplicateInputs: DuplicateInput[] = [];
  for (const a of content.articles) {
    const { findings: own, checked: c } = checkArticle(a, today, names);
    findings.push(...own);
    checked.push(c);
    if (!a.fm.present || a.fm.errors.length > 0) continue;

    const blocks = textBlocks(a.fm.body, a.fm.bodyStartLine);
    const fieldBlocks = TEXT_FIELDS.flatMap((field) => {
      const value = a.fm.data?.[field];
      if (typeof value !== 'string') return [];
      const line = lineOf(a.fm, [field]);
      return [{ type: 'paragraph' as const, text: value.replace(/\n/g, ' '), lines: [...value].flatMap((ch) => (ch.length === 2 ? [line, line] : [line])), line }];
    });
    for (const f of textRules([...fieldBlocks.map((b) => ({ ...b, type: 'heading' as const })), ...blocks])) findings.push({ file: c.display, ...f });
    for (const f of missingAltFindings(a.fm.body, a.fm.bodyStartLine)) findings.push({ file: c.display, ...f });
    for (const f of bodyH1Findings(a.fm.body, a.fm.bodyStartLine)) findings.push({ file: c.display, ...f });
    if (blocks.length === 0) {
      findings.push({ file: c.display, line: a.fm.bodyStartLine, severity: 'warning', rule: 'empty-body', message: '正文是空的。请在第二个 --- 下面写正文。' });
    }
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
        blocks,
      });
    }
  }
  findings.push(...companyFindings(content));
  findings.push(...referenceFindings(checked, content), ...duplicateSlugFindings(checked), ...translationFindings(checked), ...duplicateFindings(duplicateInputs));
  findings.push(...translationTodoFindings(checked), ...sharedFieldFindings(checked), ...glossaryFindings(checked, content, readGlossary(contentDir)));
  for (const f of findings) assertDocumented(f);
  return { content, findings: sortFindings(findings) };
}
