/**
 * What `npm run new` writes, decided from the editor's answers: checked
 * against the data files, with a unique slug and the right path.
 */
import { join } from 'node:path';
import type { Content } from '../shared/content.ts';
import { choicesFrom, resolveChoice, resolveList, TYPE_CHOICES } from '../shared/catalog.ts';
import { isSlug, suggestSlug, uniqueSlug } from '../../../src/lib/content-files/slug.ts';
import { articleText, type ArticleFrontmatter } from '../../../src/lib/content-files/write-article.ts';
import { planTranslation } from './translation.ts';
import { BODY_PLACEHOLDER_ZH, type NewArticleInput, type NewArticlePlan } from './plan.ts';
import { isCalendarDate } from '../../../src/lib/calendar-date.ts';



const names = (s: string | undefined) =>
  (s ?? '')
    .split(/[,，、;；\s]+/u)
    .map((x) => x.trim())
    .filter(Boolean);

/** Every slug in use (zh and en files share one), so a new one does not collide. */
export function takenSlugs(content: Content): Set<string> {
  return new Set(content.articles.map((a) => a.slug));
}

/**
 * Check the input and decide the file. Returns the problems (one message
 * each, in Chinese) when something is missing or unknown. Long because it
 * checks every flag in the order `npm run new -- --help` lists them and
 * collects all problems at once, so the editor fixes them in one go.
 */
export function planNewArticle(input: NewArticleInput, content: Content, today: string): { ok: true; plan: NewArticlePlan } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  const departmentChoices = choicesFrom(content.departments.entries, true);
  const topicChoices = choicesFrom(content.topics.entries);
  const columnChoices = choicesFrom(content.columns.entries);
  const taken = takenSlugs(content);

  if (input.translate !== undefined) return planTranslation(input, content);

  const title = input.title?.trim() ?? '';
  if (!title) problems.push('缺少标题：请用 --title "标题" 给出');

  let type: string | undefined;
  if (!input.type?.trim()) problems.push(`缺少类型：请用 --type 给出，可用：${TYPE_CHOICES.map((t) => `${t.id}（${t.zh}）`).join('、')}`);
  else {
    const r = resolveChoice(input.type, TYPE_CHOICES, '类型');
    if (r.ok) type = r.id;
    else problems.push(r.message);
  }

  let column: string | undefined;
  if (input.column?.trim()) {
    const r = resolveChoice(input.column, columnChoices, '栏目');
    if (r.ok) column = r.id;
    else problems.push(r.message);
  }

  const date = input.date?.trim() || today;
  if (!isCalendarDate(date)) problems.push(`日期“${date}”不对：要写成 YYYY-MM-DD，如 2024-03-01`);
  else if (date > today) problems.push(`日期 ${date} 还没到（今天是 ${today}）：请填写见报或发布的日期`);

  let departments: string[] = [];
  if (!input.departments?.trim()) problems.push('缺少部门：请用 --departments 给出至少一个部门 id，多个用逗号分开（可先运行 npm run new -- --list 查看）');
  else {
    const r = resolveList(input.departments, departmentChoices, '部门');
    if (r.ok) departments = r.ids;
    else problems.push(r.message);
    if (r.ok && r.ids.length === 0) problems.push('至少要有一个部门');
  }

  let topics: string[] = [];
  if (input.topics?.trim()) {
    const r = resolveList(input.topics, topicChoices, '主题');
    if (r.ok) topics = r.ids;
    else problems.push(r.message);
  }

  let speaker: ArticleFrontmatter['speaker'];
  if (input.speaker?.trim() || input.speakerRole?.trim()) {
    if (!input.speaker?.trim() || !input.speakerRole?.trim()) problems.push('受访者/作者要同时给出 --speaker（姓名）和 --speaker-role（职务）');
    let department: string | undefined;
    if (input.speakerDepartment?.trim()) {
      const r = resolveChoice(input.speakerDepartment, departmentChoices, '部门');
      if (r.ok) department = r.id;
      else problems.push(r.message);
    } else department = departments[0];
    speaker = { name: input.speaker?.trim() ?? '', role: input.speakerRole?.trim() ?? '', department };
  }

  let slug = input.slug?.trim() ?? '';
  if (slug) {
    if (!isSlug(slug)) problems.push(`文件名“${slug}”不合规：只能用小写英文字母、数字和连字符，如 yongan-town-li-feng`);
    else if (taken.has(slug)) problems.push(`文件名“${slug}”已经有文章在用了，请换一个（如 ${uniqueSlug(slug, taken)}）`);
  } else {
    slug = uniqueSlug(suggestSlug({ departments, speakerName: speaker?.name, title }), taken);
  }

  if (problems.length > 0 || !type) return { ok: false, problems };

  const frontmatter: ArticleFrontmatter = {
    title,
    kicker: input.kicker?.trim() || undefined,
    subtitle: input.subtitle?.trim() || undefined,
    column,
    type,
    date,
    reporters: names(input.reporters),
    correspondents: names(input.correspondents),
    speaker,
    departments,
    topics,
    source: input.source?.trim() || undefined,
    draft: input.draft || undefined,
  };
  const path = join(content.dir, 'articles', date.slice(0, 4), `${slug}.md`);
  return { ok: true, plan: { slug, path, frontmatter, text: articleText(frontmatter, BODY_PLACEHOLDER_ZH) } };
}
