/**
 * The closeness table: the importer on pages made from the two seed texts'
 * curated articles and from invented ones, in layouts it was not written
 * from (wrap widths 12–40, headlines before the body, after the byline,
 * after the first paragraph and after the body, with and without `#` marks
 * and blank lines, pages concatenated), and on a .docx and a WeChat page
 * made here. Targets on every row: every article found, ≥ 99% of the body
 * characters, none added, ≥ 90% of headline/kicker/subtitle/byline fields.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../../scripts/lib/shared/content.ts';
import { compareAll, formatVariants, scoreVariant, variantPages, HEAD_FIELDS, type CuratedArticle, type VariantScore } from '../../../scripts/lib/import/closeness.ts';
import { importDocx } from '../../../scripts/lib/import/docx.ts';
import { importWechat } from '../../../scripts/lib/import/wechat.ts';
import type { Draft } from '../../../scripts/lib/import/draft.ts';
import { DOCX_TEXT, makeDocx, makeWechatPage, WECHAT_TEXT } from './import-fixtures.ts';
import { ROOT } from './support.ts';

const content = readContent(join(ROOT, 'content'));
const opts = { today: '2099-12-31', date: '2024-03-01' };

/** A row for one draft against the article an editor would make of it (images aside: their paths depend on the slug). */
function row(name: string, curated: CuratedArticle, draft: Draft): VariantScore {
  const noImages = (b: string) => b.replace(/^!\[[^\]]*\]\([^)]*\)$/gmu, '');
  const [r] = compareAll([{ ...curated, body: noImages(curated.body) }], [{ ...draft, body: noImages(draft.body) }]);
  const wrong = HEAD_FIELDS.filter((f) => !r!.fields[f]).map((f) => `${curated.id}:${f}`);
  return { name, articles: 1, found: r!.draft ? 1 : 0, bodyRecall: r!.chars.recalled / r!.chars.curated, added: r!.chars.added, headRight: 4 - wrong.length, headTotal: 4, paragraphF1: r!.paragraphF1, wrong };
}

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

  it('prints the table', () => {
    console.log(formatVariants(scores));
    expect(scores.length).toBeGreaterThanOrEqual(3 * 6 + 2 + 2);
  });

  it.each(scores.map((s) => [s.name, s] as const))('%s: every article found, ≥ 99%% of body characters, none added, ≥ 90%% of head fields right', (_name, s) => {
    expect(s.found, 'articles found').toBe(s.articles);
    expect(s.bodyRecall, 'body characters recalled').toBeGreaterThanOrEqual(0.99);
    expect(s.added, 'body characters added').toBe(0);
    expect(s.headRight / s.headTotal, `head fields wrong: ${s.wrong.join(', ')}`).toBeGreaterThanOrEqual(0.9);
  });
});
