/**
 * `npm run new -- --translate SLUG`: an English translation beside its
 * original that shares every field the two have in common.
 *
 * TRANSLATION_FIELDS says, for every frontmatter field, what happens to it;
 * the same table drives the linter's translation-mismatch check and the
 * editor guide's list (npm run guide:tables). Names are put into English
 * from the data files (departments.yaml, glossary.yaml) or into pinyin
 * (李锋 → Li Feng); what the tool cannot put into English is kept in
 * Chinese with a `# 待译：…` line at the top of the file, which
 * `npm run lint:content` reports until the translator deletes it.
 */
import { join } from 'node:path';
import { pinyin } from 'pinyin-pro';
import type { Content } from '../shared/content.ts';
import { readGlossary, normalizeZh } from '../shared/glossary.ts';
import { articleText, type ArticleFrontmatter } from '../../../src/lib/content-files/write-article.ts';
import { hasHan, isHan } from '../../../src/lib/cjk.ts';
import { FIELD_LABELS, type ARTICLE_FIELDS } from '../../../src/lib/schema.ts';
import { BODY_PLACEHOLDER_EN, type NewArticleInput, type NewArticlePlan } from './plan.ts';
import { isCalendarDate } from '../../../src/lib/calendar-date.ts';

type Field = (typeof ARTICLE_FIELDS)[number];

/**
 * copy: the same value as the original · names: people and bodies, put
 * into English (pinyin, data files) · translate: kept in Chinese for the
 * translator, with a 待译 line · own: the translation's own value.
 */
export type Treatment = 'copy' | 'names' | 'translate' | 'own';

/** What `--translate` does with each field, and what the guide says about it. */
export const TRANSLATION_FIELDS: Readonly<Record<Field, { how: Treatment; what: string }>> = {
  title: { how: 'own', what: '写 --title 给出的英文标题' },
  kicker: { how: 'translate', what: '是部门名称时写成它的英文名（departments.yaml），否则留中文，待译' },
  subtitle: { how: 'translate', what: '留中文，待译' },
  column: { how: 'copy', what: '照抄原文' },
  type: { how: 'copy', what: '照抄原文' },
  date: { how: 'copy', what: '照抄原文' },
  updated: { how: 'copy', what: '照抄原文' },
  datePrecision: { how: 'copy', what: '照抄原文' },
  dateSource: { how: 'copy', what: '照抄原文' },
  dateNote: { how: 'translate', what: '留中文，待译' },
  reporters: { how: 'names', what: '写成拼音，姓在前（李森 → Li Sen），待核对' },
  correspondents: { how: 'names', what: '写成拼音，姓在前，待核对' },
  speaker: { how: 'names', what: '姓名写成拼音；职务是“部门 + 译名表里的职务”（永安镇党委书记）时译好，否则留中文，待译；department 照抄原文' },
  departments: { how: 'copy', what: '照抄原文' },
  topics: { how: 'copy', what: '照抄原文' },
  source: { how: 'translate', what: '是部门名称时写成它的英文名（departments.yaml），否则留中文，待译' },
  signatories: { how: 'names', what: '逐个按 departments.yaml 写成英文名；找不到的留中文，待译' },
  lang: { how: 'own', what: '写 en' },
  translationOf: { how: 'own', what: '写原文的文件名（不带 .md）' },
  summary: { how: 'translate', what: '留中文，待译' },
  cover: { how: 'copy', what: '照抄原文（译文和原文在同一个文件夹，路径不变）' },
  coverAlt: { how: 'translate', what: '留中文，待译' },
  draft: { how: 'copy', what: '原文是草稿或加了 --draft 时写 draft: true' },
  scheduled: { how: 'copy', what: '原文定时发布时照抄，和原文同一天发布' },
  editorNote: { how: 'translate', what: '留中文，待译' },
  editor: { how: 'names', what: '写成拼音，姓在前，待核对' },
};

const SUB_LABELS: Readonly<Record<string, string>> = { 'speaker.name': '受访者/作者姓名', 'speaker.role': '受访者/作者职务' };

/** Surnames of two characters, read as one word (欧阳修 → Ouyang Xiu). */
const COMPOUND_SURNAMES = new Set(['欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '尉迟', '公孙', '令狐', '慕容', '长孙', '宇文', '司徒', '夏侯', '轩辕', '端木', '南宫', '西门', '独孤', '呼延', '闻人', '澹台', '申屠', '太史', '万俟']);

const cap = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

/** Syllables as one word, with an apostrophe before a syllable that starts with a, o or e (Yong'an). */
function joinSyllables(syllables: readonly string[]): string {
  return syllables.map((s, i) => (i > 0 && /^[aoeāáǎàōóǒòēéěè]/.test(s) ? `'${s}` : s)).join('');
}

/**
 * A Chinese person's name in pinyin, surname first as in Chinese: 李锋 →
 * Li Feng, 欧阳修 → Ouyang Xiu. Anything not all Han is returned as it is.
 */
export function nameInPinyin(name: string): string {
  const n = name.trim();
  if (n === '' || ![...n].every((c) => isHan(c))) return n;
  const syllables = pinyin(n, { toneType: 'none', type: 'array', surname: 'head' }).map((s) => s.toLowerCase());
  const surnameLength = n.length > 2 && COMPOUND_SURNAMES.has(n.slice(0, 2)) ? 2 : 1;
  const surname = joinSyllables(syllables.slice(0, surnameLength));
  const given = joinSyllables(syllables.slice(surnameLength));
  return [cap(surname), cap(given)].filter(Boolean).join(' ');
}

/** Chinese names of departments (names and aliases) → English, from departments.yaml. */
function departmentEnglish(content: Content): Map<string, string> {
  const map = new Map<string, string>();
  for (const d of content.departments.entries) for (const n of [d.name.zh, ...d.aliases]) if (n.trim() && d.name.en.trim() && !hasHan(d.name.en)) map.set(normalizeZh(n), d.name.en);
  return map;
}

/** 永安镇党委书记 → Party Secretary of Yong'an Town, when the role is one department and one glossary title. */
function roleInEnglish(role: string, departments: ReadonlyMap<string, string>, titles: ReadonlyMap<string, string>): string | undefined {
  const r = normalizeZh(role);
  for (const [zh, en] of departments) {
    if (!r.startsWith(zh)) continue;
    const title = titles.get(r.slice(zh.length));
    if (title) return `${title} of ${en}`;
  }
  return undefined;
}

/** The original's fields in the translation, and the 待译 lines for what is still Chinese. */
export function translatedFields(data: Readonly<Record<string, unknown>>, content: Content): { fields: Partial<ArticleFrontmatter>; todo: string[] } {
  const departments = departmentEnglish(content);
  const titles = new Map(
    readGlossary(content.dir)
      .items.flatMap((i) => (i.entry?.kind === 'title' ? [[normalizeZh(i.entry.zh), i.entry.en] as const, ...i.entry.variants.map((v) => [normalizeZh(v), i.entry!.en] as const)] : [])),
  );
  const todo: string[] = [];
  const label = (f: string) => `${f}（${SUB_LABELS[f] ?? FIELD_LABELS[f] ?? f}）`;
  const str = (v: unknown) => (typeof v === 'string' ? v : v instanceof Date ? v.toISOString().slice(0, 10) : undefined);
  const list = (v: unknown) => (Array.isArray(v) ? v.map(String) : undefined);
  const keepChinese = (field: string, value: string | undefined) => {
    if (value !== undefined && hasHan(value)) todo.push(`待译：${label(field)}还是中文“${value}”，请译成英文`);
    return value;
  };
  const nameOrChinese = (field: string, value: string | undefined) => {
    if (value === undefined) return undefined;
    const en = departments.get(normalizeZh(value));
    return en ?? keepChinese(field, value);
  };
  const people = (field: string, names: string[] | undefined) => {
    if (!names || names.length === 0) return names;
    const out = names.map(nameInPinyin);
    if (names.some(hasHan)) todo.push(`待译：${label(field)}是按拼音自动写的（${names.map((n, i) => `${n} → ${out[i]}`).join('，')}），请核对读音`);
    return out;
  };

  const fields: Partial<ArticleFrontmatter> = {};
  const f = fields as Record<string, unknown>;
  for (const [field, { how }] of Object.entries(TRANSLATION_FIELDS) as [Field, { how: Treatment }][]) {
    const value = data[field];
    if (value === undefined || value === null || how === 'own') continue;
    if (how === 'copy') f[field] = field === 'draft' ? value === true || undefined : value instanceof Date ? str(value) : value;
    else if (how === 'translate') f[field] = field === 'kicker' || field === 'source' ? nameOrChinese(field, str(value)) : keepChinese(field, str(value));
    else if (field === 'signatories') {
      const names = list(value) ?? [];
      const missing = names.filter((n) => !departments.has(normalizeZh(n)));
      f[field] = names.map((n) => departments.get(normalizeZh(n)) ?? n);
      if (missing.length > 0) todo.push(`待译：${label(field)}里 ${missing.map((n) => `“${n}”`).join('、')} 在 departments.yaml 里找不到，还是中文，请译成英文`);
    } else if (field === 'speaker' && typeof value === 'object') {
      const s = value as Record<string, unknown>;
      const name = str(s.name) ?? '';
      const [pinyinName] = people('speaker.name', [name]) ?? [name];
      const role = str(s.role) ?? '';
      const roleEn = roleInEnglish(role, departments, titles);
      f[field] = { name: pinyinName ?? name, role: roleEn ?? keepChinese('speaker.role', role) ?? role, department: str(s.department) };
    } else if (field === 'editor') f[field] = people(field, [str(value) ?? ''])?.[0];
    else f[field] = people(field, list(value));
  }
  return { fields, todo };
}

/** The plan for `--translate`: the file `<slug>.en.md` beside the original, or the problems. */
export function planTranslation(input: NewArticleInput, content: Content): { ok: true; plan: NewArticlePlan } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  const slug = input.translate?.trim() ?? '';
  const original = content.articles.find((a) => a.id === slug);
  const title = input.title?.trim() ?? '';
  if (!original) {
    const zh = content.articles.filter((a) => !a.id.endsWith('.en')).map((a) => a.id);
    return { ok: false, problems: [`找不到要翻译的文章“${slug}”。--translate 后面写原文的文件名（不带 .md），如：${zh.slice(0, 5).join('、')}`] };
  }
  if (content.articles.some((a) => a.id === `${slug}.en`)) problems.push(`${slug} 已经有英文译文 ${slug}.en.md 了：请直接修改那个文件`);
  if (!title) problems.push('缺少英文标题：请用 --title "English title" 给出');
  const data = original.fm.data ?? {};
  const date = data.date instanceof Date ? data.date.toISOString().slice(0, 10) : String(data.date ?? '');
  if (!isCalendarDate(date)) problems.push(`原文 ${slug} 的日期不对，请先运行 npm run lint:content 改好原文`);
  if (typeof data.type !== 'string') problems.push(`原文 ${slug} 没有写 type（类型），请先运行 npm run lint:content 改好原文`);
  if (problems.length > 0) return { ok: false, problems };
  const { fields, todo } = translatedFields(data, content);
  const frontmatter: ArticleFrontmatter = {
    ...fields,
    title,
    type: String(data.type),
    date,
    departments: fields.departments ?? [],
    lang: 'en',
    translationOf: slug,
    draft: fields.draft || input.draft || undefined,
  };
  const year = original.relPath.includes('/') ? original.relPath.split('/')[0]! : date.slice(0, 4);
  const path = join(content.dir, 'articles', year, `${slug}.en.md`);
  return { ok: true, plan: { slug: `${slug}.en`, path, frontmatter, text: articleText(frontmatter, BODY_PLACEHOLDER_EN, todo) } };
}
