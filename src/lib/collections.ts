/**
 * Reads Astro's content collections and turns entries into the plain data
 * the pure queries in ./articles.ts work on. Every page of the site
 * fetches through here; only the web editor's page
 * (src/pages/admin/index.astro) reads raw entries, for the names and
 * slugs its forms offer.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales';
import { DEPARTMENT_KINDS, type DepartmentKind } from './department-kinds';
import { articleSlug } from './article-id';
import { linkArticles, sortByDateDesc, type ArticleLinks, type ArticleMeta } from './articles';
import { contentDir } from './env';
import { siteToday } from './calendar-date';
import { findUnknownCompanyDepartments, findUnknownReferences } from './references';
import type { CompanyKind } from './company-kinds';
import { deriveSummary } from './summary';

export type ArticleEntry = CollectionEntry<'articles'>;
export type Department = CollectionEntry<'departments'>['data'];
export type Topic = CollectionEntry<'topics'>['data'];
export type Column = CollectionEntry<'columns'>['data'];

/** An article's metadata with the entry it came from (for rendering the body). */
export interface Article extends ArticleMeta {
  entry: ArticleEntry;
}

function toArticle(entry: ArticleEntry): Article {
  const d = entry.data;
  return {
    id: entry.id,
    slug: articleSlug(entry.id),
    lang: d.lang,
    title: d.title,
    kicker: d.kicker,
    subtitle: d.subtitle,
    date: d.date,
    datePrecision: d.datePrecision,
    type: d.type,
    column: d.column?.id,
    departments: d.departments.map((r) => r.id),
    topics: d.topics.map((r) => r.id),
    summary: d.summary ?? deriveSummary(entry.body ?? ''),
    translationOf: d.translationOf?.id,
    entry,
  };
}

/** A scheduled article (`scheduled: true`) whose day has not come yet (in China, or SHIZHONG_TODAY). */
function notYetDue(e: ArticleEntry): boolean {
  return e.data.scheduled && e.data.date.toISOString().slice(0, 10) > siteToday();
}

let cache: Promise<Article[]> | undefined;

/**
 * Every published article in every language, newest first. Drafts are
 * shown only by `npm run dev`. An id in any article that names nothing
 * stops the build here, with the file and the field.
 */
export function allArticles(): Promise<Article[]> {
  cache ??= loadArticles();
  return cache;
}

async function loadArticles(): Promise<Article[]> {
  const [entries, all, data] = await Promise.all([
    getCollection('articles', (e) => import.meta.env.DEV || (!e.data.draft && !notYetDue(e))),
    getCollection('articles'),
    lookups(),
  ]);
  const problems = findUnknownReferences(
    all.map((e) => ({
      file: e.filePath ?? e.id,
      departments: e.data.departments.map((r) => r.id),
      topics: e.data.topics.map((r) => r.id),
      column: e.data.column?.id,
      speakerDepartment: e.data.speaker?.department?.id,
      translationOf: e.data.translationOf?.id,
    })),
    {
      departments: new Set(data.departments.keys()),
      topics: new Set(data.topics.keys()),
      columns: new Set(data.columns.keys()),
      articles: new Set(all.map((e) => e.id)),
    },
    contentDir,
  );
  if (problems.length > 0) {
    throw new Error(`内容有误，构建已停止（content error, build stopped）：\n${problems.join('\n')}`);
  }
  return sortByDateDesc(entries.map(toArticle));
}

const perLocale = new Map<Locale, Promise<Article[]>>();

/**
 * The articles a locale's lists show: its own articles, and on the English
 * side also the Chinese ones that have no English translation (shown with
 * a 中文 badge, never passed off as English). Worked out once per build and
 * shared by every page: callers must not change the array.
 */
export function articlesForLocale(locale: Locale): Promise<Article[]> {
  let listed = perLocale.get(locale);
  if (!listed) {
    listed = allArticles().then((all) => {
      if (locale === 'zh-CN') return all.filter((a) => a.lang === 'zh-CN');
      const translated = new Set(all.filter((a) => a.lang === 'en' && a.translationOf).map((a) => a.translationOf));
      return all.filter((a) => a.lang === 'en' || (a.lang === 'zh-CN' && !translated.has(a.id)));
    });
    perLocale.set(locale, listed);
  }
  return listed;
}

const links = new Map<Locale, Promise<ArticleLinks<Article>>>();

/** Related articles and column neighbours among a locale's listed articles, indexed once per build. */
export function articleLinks(locale: Locale): Promise<ArticleLinks<Article>> {
  let indexed = links.get(locale);
  if (!indexed) {
    indexed = articlesForLocale(locale).then(linkArticles);
    links.set(locale, indexed);
  }
  return indexed;
}

let works: Promise<{ byId: Map<string, Article>; translationOf: Map<string, Article> }> | undefined;

/** The other-language version of an article: its original, or its translation; none when there is neither. */
export async function counterpartOf(article: Article): Promise<{ original?: Article | undefined; translation?: Article | undefined }> {
  works ??= allArticles().then((all) => ({
    byId: new Map(all.map((a) => [a.id, a])),
    translationOf: new Map(all.filter((a) => a.translationOf).map((a) => [a.translationOf!, a])),
  }));
  const { byId, translationOf } = await works;
  return {
    original: article.translationOf ? byId.get(article.translationOf) : undefined,
    translation: translationOf.get(article.id),
  };
}

/** The articles that have their own page in a locale (lists may show more, linking across). */
export async function articlePagesForLocale(locale: Locale): Promise<Article[]> {
  return (await allArticles()).filter((a) => a.lang === locale);
}

async function sortedData<T extends { order: number; id: string }>(name: 'departments' | 'topics' | 'columns'): Promise<T[]> {
  const entries = (await getCollection(name)) as unknown as { data: T }[];
  return entries.map((e) => e.data).sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

export const allDepartments = (): Promise<Department[]> => sortedData<Department>('departments');
export const allTopics = (): Promise<Topic[]> => sortedData<Topic>('topics');
export const allColumns = (): Promise<Column[]> => sortedData<Column>('columns');

/** Departments grouped by kind, kinds in the order of DEPARTMENT_KINDS; empty kinds left out. */
export async function departmentsByKind(): Promise<{ kind: DepartmentKind; departments: Department[] }[]> {
  const departments = await allDepartments();
  return DEPARTMENT_KINDS.map((kind) => ({ kind, departments: departments.filter((d) => d.kind === kind) })).filter(
    (g) => g.departments.length > 0,
  );
}

/** Look-up tables by id, for rendering names of referenced data. */
export async function lookups(): Promise<{
  departments: Map<string, Department>;
  topics: Map<string, Topic>;
  columns: Map<string, Column>;
}> {
  const [departments, topics, columns] = await Promise.all([allDepartments(), allTopics(), allColumns()]);
  return {
    departments: new Map(departments.map((d) => [d.id, d])),
    topics: new Map(topics.map((t) => [t.id, t])),
    columns: new Map(columns.map((c) => [c.id, c])),
  };
}

// ── Companies, parks and key projects (content/companies.yaml) ──

/** An entry of companies.yaml, its department as a plain id (undefined when it has none). */
export interface Company {
  id: string;
  kind: CompanyKind;
  name: { zh: string; en: string };
  aliases: string[];
  department?: string | undefined;
}

let companies: Promise<Company[]> | undefined;

/**
 * Every entry of companies.yaml (in id order). A `department` that
 * names no department stops the build here, with the entry and the ids that exist.
 */
export function allCompanies(): Promise<Company[]> {
  companies ??= Promise.all([getCollection('companies'), allDepartments()]).then(([entries, departments]) => {
    const list = entries.map(({ data: c }) => ({ id: c.id, kind: c.kind, name: c.name, aliases: c.aliases, department: c.department?.id }));
    const problems = findUnknownCompanyDepartments(list, new Set(departments.map((d) => d.id)), contentDir);
    if (problems.length > 0) throw new Error(`内容有误，构建已停止（content error, build stopped）：\n${problems.join('\n')}`);
    return list;
  });
  return companies;
}
