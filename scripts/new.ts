/**
 * npm run new — start a new article (or an English translation) with
 * well-formed frontmatter, at content/articles/<year>/<slug>.md.
 *
 * Asks for what is missing when run in a terminal; with flags it runs
 * without questions (CI, scripts):
 *
 *   npm run new -- --title "走千家访万户 听民声办实事" --type report \
 *     --date 2023-05-26 --departments wenhualu-subdistrict --topics public-services
 *   npm run new -- --translate yongan-town-li-feng --title "English title"
 *   npm run new -- --list
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { choicesFrom, formatChoices, resolveChoice, resolveList, TYPE_CHOICES, type Choice } from './lib/shared/catalog.ts';
import { contentDirFromEnv, displayPath, readContent, type Content } from './lib/shared/content.ts';
import { siteToday } from '../src/lib/calendar-date.ts';
import { planNewArticle, takenSlugs } from './lib/new/article.ts';
import type { NewArticleInput } from './lib/new/plan.ts';
import { isCalendarDate } from '../src/lib/calendar-date.ts';
import { isSlug, suggestSlug, uniqueSlug } from '../src/lib/content-files/slug.ts';
import { readCommandLine } from './lib/shared/cli.ts';

const HELP = `用法：npm run new [-- 选项]

新建一篇文章，生成 content/articles/<年份>/<文件名>.md，文章信息（frontmatter）已按规范写好。
在终端里直接运行会逐项提问；给出选项则不提问（适合脚本、CI）。

选项（带 * 的必填，没给时会提问；加 --yes 则不提问、直接报错）：
  --title 标题 *          文章标题
  --type 类型 *           interview 访谈、report 报道、reflection 心得体会、letter 公开信、news 消息（可写中文）
  --departments 部门 *    部门 id（或中文名称），多个用逗号分开，如 yongan-town,kuangqu-subdistrict
  --date YYYY-MM-DD       日期，默认今天
  --column 栏目           栏目 id 或中文名称
  --topics 主题           主题 id 或中文名称，多个用逗号分开
  --slug 文件名           文件名（也是网址），小写英文、数字、连字符；默认按部门和人名/标题拼音生成
  --kicker 引题  --subtitle 副题  --source 来源（来源于…）
  --reporters 记者  --correspondents 通讯员（多个用逗号分开）
  --speaker 姓名 --speaker-role 职务 [--speaker-department 部门]   受访者/作者
  --draft                 写成草稿（draft: true，不发布）
  --translate 原文文件名  为这篇文章新建英文译文（<原文>.en.md），需要 --title 给英文标题；
                          原文的类型、日期、栏目、部门、主题、落款、署名等都会带过去（见编辑指南“翻译成英文”）
  --list                  列出所有栏目、类型、部门、主题的 id 和中文名称
  --yes, -y               不提问：缺什么就报错退出
  --help, -h              显示本说明`;

const OPTIONS = {
  title: { type: 'string' },
  column: { type: 'string' },
  type: { type: 'string' },
  date: { type: 'string' },
  departments: { type: 'string' },
  topics: { type: 'string' },
  slug: { type: 'string' },
  kicker: { type: 'string' },
  subtitle: { type: 'string' },
  reporters: { type: 'string' },
  correspondents: { type: 'string' },
  speaker: { type: 'string' },
  'speaker-role': { type: 'string' },
  'speaker-department': { type: 'string' },
  source: { type: 'string' },
  draft: { type: 'boolean' },
  translate: { type: 'string' },
  list: { type: 'boolean' },
  yes: { type: 'boolean', short: 'y' },
  help: { type: 'boolean', short: 'h' },
} as const;

function listAll(content: Content): string {
  return [
    '栏目（--column）：',
    formatChoices(choicesFrom(content.columns.entries)),
    '',
    '类型（--type）：',
    formatChoices(TYPE_CHOICES),
    '',
    '部门（--departments）：',
    formatChoices(choicesFrom(content.departments.entries, true)),
    '',
    '主题（--topics）：',
    formatChoices(choicesFrom(content.topics.entries)),
  ].join('\n');
}

type Ask = (question: string) => Promise<string>;

/** Ask until the answer is accepted (or empty when optional). */
async function askUntil(ask: Ask, question: string, accept: (answer: string) => string | undefined, optional = false): Promise<string> {
  for (;;) {
    const answer = (await ask(question)).trim();
    if (answer === '' && optional) return '';
    const problem = answer === '' ? '这一项必填。' : accept(answer);
    if (problem === undefined) return answer;
    console.log(`  ✗ ${problem}`);
  }
}

function numberedIds(answer: string, choices: readonly Choice[], what: string, single: boolean): { value?: string; problem?: string } {
  if (single) {
    const r = resolveChoice(answer, choices, what, true);
    return r.ok ? { value: r.id } : { problem: r.message };
  }
  const r = resolveList(answer, choices, what, true);
  return r.ok ? { value: r.ids.join(',') } : { problem: r.message };
}

/** Fill in what the flags did not give by asking. */
async function interview(input: NewArticleInput, content: Content, today: string, ask: Ask): Promise<NewArticleInput> {
  const out = { ...input };
  console.log('新建文章：逐项回答，直接回车表示跳过（可跳过的项会注明）。\n');
  if (out.translate === undefined) {
    out.title ??= await askUntil(ask, '标题：', () => undefined);
    if (out.column === undefined) {
      const columns = choicesFrom(content.columns.entries);
      console.log(`\n栏目（可跳过）：\n${formatChoices(columns)}`);
      const a = await askUntil(ask, '栏目编号或 id：', (s) => numberedIds(s, columns, '栏目', true).problem, true);
      out.column = a ? numberedIds(a, columns, '栏目', true).value : undefined;
    }
    if (out.type === undefined) {
      console.log(`\n类型：\n${formatChoices(TYPE_CHOICES)}`);
      const a = await askUntil(ask, '类型编号或 id：', (s) => numberedIds(s, TYPE_CHOICES, '类型', true).problem);
      out.type = numberedIds(a, TYPE_CHOICES, '类型', true).value;
    }
    if (out.date === undefined) {
      const a = await askUntil(ask, `\n日期 YYYY-MM-DD（回车 = 今天 ${today}）：`, (s) => (isCalendarDate(s) ? (s > today ? `${s} 还没到` : undefined) : '要写成 YYYY-MM-DD，如 2024-03-01'), true);
      out.date = a || today;
    }
    if (out.departments === undefined) {
      const departments = choicesFrom(content.departments.entries, true);
      console.log(`\n部门（至少一个）：\n${formatChoices(departments)}`);
      const a = await askUntil(ask, '部门编号或 id，多个用逗号分开：', (s) => numberedIds(s, departments, '部门', false).problem);
      out.departments = numberedIds(a, departments, '部门', false).value;
    }
    if (out.topics === undefined) {
      const topics = choicesFrom(content.topics.entries);
      console.log(`\n主题（可跳过）：\n${formatChoices(topics)}`);
      const a = await askUntil(ask, '主题编号或 id，多个用逗号分开：', (s) => numberedIds(s, topics, '主题', false).problem, true);
      out.topics = a ? numberedIds(a, topics, '主题', false).value : undefined;
    }
    if (out.slug === undefined) {
      const departments = resolveList(out.departments ?? '', choicesFrom(content.departments.entries), '部门');
      const suggested = uniqueSlug(suggestSlug({ departments: departments.ok ? departments.ids : [], speakerName: out.speaker, title: out.title ?? '' }), takenSlugs(content));
      const taken = takenSlugs(content);
      const a = await askUntil(
        ask,
        `\n文件名（也是网址，小写英文、数字、连字符；回车 = ${suggested}）：`,
        (s) => (!isSlug(s) ? '只能用小写英文字母、数字和连字符，如 yongan-town-li-feng' : taken.has(s) ? '这个文件名已经有文章在用了' : undefined),
        true,
      );
      out.slug = a || suggested;
    }
  } else {
    out.title ??= await askUntil(ask, '英文标题（English title）：', () => undefined);
  }
  return out;
}

async function main(): Promise<number> {
  const cli = readCommandLine(OPTIONS, HELP);
  if (typeof cli === 'number') return cli;
  const { values } = cli;
  const content = readContent(contentDirFromEnv());
  if (values.list) {
    console.log(listAll(content));
    return 0;
  }
  const today = siteToday();
  let input: NewArticleInput = {
    title: values.title,
    column: values.column,
    type: values.type,
    date: values.date,
    departments: values.departments,
    topics: values.topics,
    slug: values.slug,
    kicker: values.kicker,
    subtitle: values.subtitle,
    reporters: values.reporters,
    correspondents: values.correspondents,
    speaker: values.speaker,
    speakerRole: values['speaker-role'],
    speakerDepartment: values['speaker-department'],
    source: values.source,
    draft: values.draft,
    translate: values.translate,
  };
  const interactive = !values.yes && process.stdin.isTTY === true;
  if (interactive) {
    const rl = createInterface({ input: process.stdin, output: process.stdout });
    try {
      input = await interview(input, content, today, (q) => rl.question(q));
    } finally {
      rl.close();
    }
  }
  const result = planNewArticle(input, content, today);
  if (!result.ok) {
    console.error(`没有新建文章，因为：\n${result.problems.map((p) => `  ✗ ${p}`).join('\n')}\n\n运行 npm run new -- --help 查看用法，npm run new -- --list 查看所有 id。`);
    return 1;
  }
  const { plan } = result;
  if (existsSync(plan.path)) {
    console.error(`没有新建文章：${displayPath(plan.path)} 已经存在。`);
    return 1;
  }
  mkdirSync(dirname(plan.path), { recursive: true });
  writeFileSync(plan.path, plan.text, { flag: 'wx' });
  const file = displayPath(plan.path);
  console.log(`\n已新建 ${file}
网址：/articles/${plan.slug.replace(/\.en$/, '')}/${plan.frontmatter.lang === 'en' ? '（英文版在 /en/ 下）' : ''}

下一步：
  1. 打开 ${file}，在第二个 --- 下面写${plan.frontmatter.lang === 'en' ? '英文译文' : '正文'}（每段一行，段与段之间空一行），删去提示行。
  2. 运行 npm run dev，在浏览器打开 http://localhost:4321 预览。
  3. 运行 npm run lint:content 检查，没有错误再提交。`);
  return 0;
}

process.exitCode = await main();
