/**
 * The closeness table: the importer on pages made from the two seed texts'
 * curated articles and from invented ones, in layouts it was not written
 * from (wrap widths 12–40, headlines before the body, after the byline,
 * after the first paragraph and after the body, with and without `#` marks
 * and blank lines, pages concatenated), and on a .docx and a WeChat page
 * made here. Targets on every row: every article found, ≥ 99% of the body
 * characters, none added, ≥ 90% of headline/kicker/subtitle/byline fields.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../../scripts/lib/shared/content.ts';
import { articleSets, compareAll, formatVariants, scoreVariant, variantPages, HEAD_FIELDS, type VariantScore } from '../../../scripts/lib/import-closeness/closeness.ts';
import type { CuratedArticle } from '../../../scripts/lib/import-closeness/curated.ts';
import { readSource } from '../../../scripts/lib/import/formats.ts';
import { importText } from '../../../scripts/lib/import/index.ts';
import { BYLINE_FORMS } from '../../../scripts/lib/import-closeness/layouts.ts';
import { importDocx } from '../../../scripts/lib/import/docx.ts';
import { importWechat } from '../../../scripts/lib/import/wechat.ts';
import type { Draft } from '../../../scripts/lib/import/draft.ts';
import { BUREAU, OCR_PAGE, WECHAT_CREDITS } from '../../fixtures/import/expected.ts';
import { DOCX_TEXT, docxFromArticle, makeDocx, makeWechatPage, WECHAT_TEXT, wechatFromArticle } from './import-fixtures.ts';
import { ROOT } from './support.ts';

const content = readContent(join(ROOT, 'content'));
const opts = { today: '2099-12-31', date: '2024-03-01' };

/** A row for drafts against the articles an editor would make of them (images aside: their paths depend on the slug). */
function rows(name: string, curated: readonly CuratedArticle[], drafts: readonly Draft[]): VariantScore {
  const noImages = (b: string) => b.replace(/^!\[[^\]]*\]\([^)]*\)$/gmu, '');
  const results = compareAll(
    curated.map((c) => ({ ...c, body: noImages(c.body) })),
    drafts.map((d) => ({ ...d, body: noImages(d.body) })),
  );
  const wrong = results.flatMap((r) => HEAD_FIELDS.filter((f) => !r.fields[f]).map((f) => `${r.curated}:${f}`));
  const sum = (f: (r: (typeof results)[number]) => number) => results.reduce((t, r) => t + f(r), 0);
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
const row = (name: string, curated: CuratedArticle, draft: Draft) => rows(name, [curated], [draft]);

describe('closeness of the drafts to the curated articles, in every layout', async () => {
  const scores = variantPages(content).map((v) => scoreVariant(v.name, v.page, v.curated, content));

  const t = DOCX_TEXT;
  const [docx] = await importDocx(await makeDocx(), content, opts);
  scores.push(
    row(
      'Word 文件（测试自制 .docx）',
      {
        id: 'docx',
        data: { title: t.title, kicker: '张庄镇', subtitle: t.subtitle, reporters: ['赵一'], correspondents: ['钱二'], speaker: { name: '王小明', role: '张庄镇党委副书记' } },
        body: [...t.paragraphs, `**${t.boldLead}**${t.boldRest}`, t.list.map((x) => `- ${x}`).join('\n'), '| 项目 | 人次 |\n| --- | --- |\n| 上门随访 | 3000 |', t.caption, t.last].join('\n\n'),
      },
      docx!.draft,
    ),
  );
  const w = WECHAT_TEXT;
  const { page } = await makeWechatPage();
  const [wechat] = importWechat(readFileSync(page, 'utf8'), page, content, opts);
  scores.push(
    row(
      '微信文章（测试自制网页）',
      { id: 'wechat', data: { title: w.title, reporters: ['赵一'], correspondents: ['钱二'] }, body: [...w.paragraphs, `**${w.boldLead}**${w.boldRest}`, w.caption, w.last].join('\n\n') },
      wechat!.draft,
    ),
  );

  // What departments really send: files made the way they make them (tests/fixtures/import/, made by make-fixtures.ts).
  const fixture = (name: string) => join(ROOT, 'tests/fixtures/import', name);
  const [bureau] = await importDocx(readFileSync(fixture('bureau-letterhead.docx')), content, opts);
  scores.push(row('Word（LibreOffice 存的 .docx：红头、引题、主题、副题、署名、批注和修订）', BUREAU, bureau!.draft));
  for (const name of ['wechat-credits.mhtml', 'wechat-credits.html']) {
    const source = readSource(fixture(name));
    if (source.kind !== 'wechat') throw new Error(`${name} read as ${source.kind}`);
    const [item] = importWechat(source.html, source.path, content, opts, source.resources);
    scores.push(row(name.endsWith('.mhtml') ? '微信（Chromium 存成单个文件 .mhtml：文字/图片署名、结尾署名、二维码、视频）' : '微信（只存了 HTML，没有图片文件夹）', WECHAT_CREDITS, item!.draft));
  }
  scores.push(rows('OCR（另一种版面：页眉、篇间页码、页脚，第二篇标题和署名在正文后）', OCR_PAGE, importText(readFileSync(fixture('another-layout.txt'), 'utf8'), content, { today: opts.today })));

  // Every curated and invented article as a department's Word file and as a saved WeChat page, in varied forms.
  const departmentName = (id: string) => content.departments.entries.find((e) => e.id === id)?.name.zh;
  for (const set of articleSets(content)) {
    const docxDrafts = [];
    const wechatDrafts = [];
    for (const [n, a] of set.articles.entries()) {
      const [d] = await importDocx(await docxFromArticle(a, n, departmentName, BYLINE_FORMS), content, opts);
      docxDrafts.push(d!.draft);
      const page = join(mkdtempSync(join(tmpdir(), 'shizhong-closeness-')), 'page.html');
      writeFileSync(page, wechatFromArticle(a, n, departmentName(String((a.data.departments as string[] | undefined)?.[0])) ?? '市中发布', BYLINE_FORMS));
      const [w] = importWechat(readFileSync(page, 'utf8'), page, content, opts);
      wechatDrafts.push(w!.draft);
    }
    scores.push(rows(`${set.label} 每篇一个 Word 文件（红头、不带冒号的引题、各种署名、批注、修订）`, set.articles, docxDrafts));
    scores.push(rows(`${set.label} 每篇一个微信网页（署名在开头或结尾、二维码、视频、装饰图）`, set.articles, wechatDrafts));
  }

  it('prints the table', () => {
    console.log(formatVariants(scores));
    expect(scores.length).toBeGreaterThanOrEqual(3 * 6 + 3 * 4 + 2 + 2 + 4 + 3 * 2);
  });

  it.each(scores.map((s) => [s.name, s] as const))('%s: every article found, ≥ 99%% of body characters, none added, ≥ 90%% of head fields right', (_name, s) => {
    expect(s.found, 'articles found').toBe(s.articles);
    expect(s.bodyRecall, 'body characters recalled').toBeGreaterThanOrEqual(0.99);
    expect(s.added, 'body characters added').toBe(0);
    expect(s.headRight / s.headTotal, `head fields wrong: ${s.wrong.join(', ')}`).toBeGreaterThanOrEqual(0.9);
  });
});
