/**
 * npm run import -- FILE — turn raw newspaper text (OCR or pasted), a Word
 * file (.docx) or a saved WeChat article (.html) into draft articles: lines joined, paragraphs rebuilt, one file per article,
 * frontmatter filled with what the text tells, and a list of what to check.
 *
 * Drafts are written with `draft: true` into content/articles/<year>/, so
 * that `npm run dev` shows them for checking while the published site does
 * not; what the importer was unsure of is written at the top of each file
 * as `# 待核对：…` lines, which `npm run lint:content` keeps reporting until
 * the editor has checked them and deleted the lines.
 *
 *   npm run import -- 报纸.txt
 *   npm run import -- 报纸.txt --date 2024-02-01 --out /tmp/drafts
 *   npm run import -- 报纸.txt --dry-run
 *   npm run import -- 稿件.docx
 *   npm run import -- 微信文章.html        (or the folder it was saved in)
 *   npm run import -- 微信文章.mhtml       (a page saved as one file by Chrome, Edge or a phone)
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { contentDirFromEnv, displayPath, readContent } from './lib/shared/content.ts';
import { draftFileText, importPage, type Draft } from './lib/import/index.ts';
import { repeatChecker } from './lib/import/already.ts';
import { siteToday } from '../src/lib/calendar-date.ts';
import { isCalendarDate } from '../src/lib/calendar-date.ts';
import { importDocx } from './lib/import/docx.ts';
import { readSource } from './lib/import/formats.ts';
import { checkMedia, placeMedia, type MediaDraft } from './lib/import/media.ts';
import { importWechat } from './lib/import/wechat.ts';
import { readCommandLine } from './lib/shared/cli.ts';

const HELP = `用法：npm run import -- 文件 [选项]

把报纸的原始文字（OCR 识别结果或复制的文字，.txt）、Word 文件（.docx）
或保存下来的微信公众号文章（.html 或保存它的文件夹；.mhtml 单个文件网页）整理成文章草稿：
接好被硬换行拆开的行，重建段落，一篇文章一个文件，尽量填好标题、署名、部门、主题等文章信息，
并列出需要编辑核对的地方（也写在每个文件开头的“# 待核对：”行里）。

Word 和微信文章里的图片存进 content/media/<年份>/，正文里引用。
草稿默认写进 content/articles/<年份>/，带 draft: true（不发布）。用 npm run dev 预览核对，
改好后删去“# 待核对”行和 draft: true，再运行 npm run lint:content。

选项：
  --date YYYY-MM-DD   见报日期（原文没印日期的文章用它）
  --out 文件夹        草稿不放进 content，写到别的文件夹，结构和 content 一样：
                      草稿在 文件夹/articles/<年份>/，图片在 文件夹/media/<年份>/；
                      核对后把这两个文件夹里的文件原样挪进 content/articles/ 和 content/media/
  --dry-run           只显示结果，不写文件
  --help, -h          显示本说明`;

/**
 * The command: arguments, then each input read, recognised and turned into
 * drafts, with the report. Long because it is the CLI's whole story told in
 * order, every step a call into scripts/lib/import/.
 */
async function main(): Promise<number> {
  const cli = readCommandLine({ date: { type: 'string' }, out: { type: 'string' }, 'dry-run': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, HELP, true);
  if (typeof cli === 'number') return cli;
  const { values, positionals } = cli;
  if (positionals.length === 0) {
    console.error(`请给出要导入的文件，如：npm run import -- 报纸.txt 或 npm run import -- 稿件.docx\n\n${HELP}`);
    return 2;
  }
  const today = siteToday();
  if (values.date !== undefined && (!isCalendarDate(values.date) || values.date > today)) {
    console.error(`--date 要写成 YYYY-MM-DD 且不能晚于今天，如 2024-02-01（收到的是“${values.date}”）`);
    return 2;
  }
  const contentDir = contentDirFromEnv();
  const content = readContent(contentDir);
  // --out mirrors content/'s layout, so that drafts and images move into content/ as they are (image paths stay right).
  const outBase = values.out !== undefined ? join(resolve(values.out), 'articles') : join(contentDir, 'articles');
  const mediaBase = values.out !== undefined ? join(resolve(values.out), 'media') : join(contentDir, 'media');
  let failed = false;
  const repeatedArticle = repeatChecker(content);
  /** Drafts of this run, for the check that a file's article was not imported already. */
  const written: Array<{ draft: Draft; display: string }> = [];
  for (const file of positionals) {
    let items: MediaDraft[];
    let inputNotes: string[] = [];
    /** What the report says about the file as a whole (an OCR page's header and footer), not about each draft. */
    let fileNotes: string[] = [];
    let fromText = true;
    if (!existsSync(file)) {
      console.error(`找不到文件 ${file}：请检查文件名和所在文件夹（文件名里有空格时，前后加英文引号）`);
      failed = true;
      continue;
    }
    try {
      const source = readSource(file);
      fromText = source.kind === 'text';
      const options = { date: values.date, today };
      if (source.kind === 'text') {
        inputNotes = source.notes;
        const page = importPage(source.text, content, options);
        fileNotes = page.notes;
        items = page.drafts.map((draft) => ({ draft, media: [] }));
      } else if (source.kind === 'docx') items = await importDocx(source.bytes, content, options);
      else {
        inputNotes = source.notes;
        fileNotes = source.report ?? [];
        items = importWechat(source.html, source.path, content, options, source.resources);
      }
    } catch (e) {
      console.error(`${file}：${(e as Error).message}`);
      failed = true;
      continue;
    }
    for (const n of [...inputNotes, ...fileNotes]) console.log(`${file}：${n}`);
    if (items.length === 0) {
      console.error(`${file}：没有找到文章（文件里没有可以整理成文章的文字）`);
      failed = true;
      continue;
    }
    console.log(`${file}：找到 ${items.length} 篇文章。\n`);
    for (const item of items) {
      const d = item.draft;
      d.notes.push(...inputNotes);
      const path = join(outBase, d.frontmatter.date.slice(0, 4), `${d.slug}.md`);
      const shown = displayPath(path);
      if (!values['dry-run'] && existsSync(path)) {
        console.error(`  ✗ ${shown} 已经存在，没有覆盖。`);
        failed = true;
        continue;
      }
      const repeats = repeatedArticle(d, shown, written);
      if (repeats) {
        // Not an error: the article is there already (a second draft would stop the build as a duplicate body).
        console.log(`  － 跳过《${d.frontmatter.title}》：正文与 ${repeats.display}（《${repeats.title}》）相同或大部分相同，已经导入过，没有再写。若确是两篇文章，请核对原文后手工处理。\n`);
        continue;
      }
      let images: string[];
      try {
        await checkMedia(item);
        images = placeMedia(item, path, mediaBase, !values['dry-run']);
      } catch (e) {
        console.error(`  ✗ ${shown}：${(e as Error).message}`);
        failed = true;
        continue;
      }
      if (!values['dry-run']) {
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, draftFileText(d), { flag: 'wx' });
      }
      written.push({ draft: d, display: shown });
      console.log(`  ${values['dry-run'] ? '（未写入）' : '✓'} ${shown}  《${d.frontmatter.title}》（${fromText ? `原文第 ${d.sourceLine} 行起，` : ''}${d.paragraphs.length} 段）`);
      for (const img of images) console.log(`      图片：${displayPath(img)}`);
      for (const n of d.notes) console.log(`      待核对：${n}`);
      if (values['dry-run']) console.log(`\n${draftFileText(d).replace(/^/gm, '      | ')}`);
      console.log('');
    }
  }
  if (!values['dry-run'] && written.length > 0) {
    console.log(`已写入 ${written.length} 篇草稿（draft: true，不会发布）。下一步：
  1. 运行 npm run dev，打开 http://localhost:4321 逐篇对照原报核对（草稿在预览里能看到）。
  2. 按“待核对”逐条改好，删去文件开头的“# 待核对”行；确认可以发布时删去 draft: true。
  3. 运行 npm run lint:content，没有错误再提交。`);
  }
  return failed ? 1 : 0;
}

process.exitCode = await main();
