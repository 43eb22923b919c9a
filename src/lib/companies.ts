/**
 * Where each company, park and project is mentioned: found once per build
 * from every article's rendered text (./mentions.ts), shared by the
 * article pages (what an article names), the company pages (every article
 * that names it) and the index page.
 */
import type { Locale } from '../i18n/locales';
import { COMPANY_KINDS, type CompanyKind } from './company-kinds';
import { htmlParagraphs } from './article-text';
import { allArticles, allCompanies, articlesForLocale, type Article, type Company } from './collections';
import { findMentions, type Mention, type MentionTarget } from './mentions';

/** The names an article in `lang` is searched for: the Chinese name and aliases, or the English name. */
export function mentionTargets(companies: readonly Company[], lang: Article['lang']): MentionTarget[] {
  return companies.map((c) => ({ id: c.id, names: lang === 'en' ? [c.name.en] : [c.name.zh, ...c.aliases] }));
}

let byArticle: Promise<Map<string, Mention[]>> | undefined;

/** Every article's mentions, by article id, found once per build. */
export function mentionsByArticle(): Promise<Map<string, Mention[]>> {
  byArticle ??= Promise.all([allArticles(), allCompanies()]).then(([articles, companies]) => {
    const targets = { 'zh-CN': mentionTargets(companies, 'zh-CN'), en: mentionTargets(companies, 'en') };
    return new Map(
      articles.map((a) => [a.id, findMentions(htmlParagraphs(a.entry.rendered?.html ?? ''), targets[a.lang], a.lang)] as const),
    );
  });
  return byArticle;
}

/** The companies an article names, in the order it first names them, each with the sentence. */
export async function companiesInArticle(article: Article): Promise<{ company: Company; mention: Mention }[]> {
  const [mentions, companies] = await Promise.all([mentionsByArticle(), allCompanies()]);
  const byId = new Map(companies.map((c) => [c.id, c]));
  return (mentions.get(article.id) ?? []).flatMap((mention) => {
    const company = byId.get(mention.id);
    return company ? [{ company, mention }] : [];
  });
}

export interface CompanyMention {
  article: Article;
  mention: Mention;
}

const perLocale = new Map<Locale, Promise<Map<string, CompanyMention[]>>>();

/**
 * For each company, the articles of a locale's lists that mention it,
 * newest first (the lists' order), with the sentence of each mention.
 * On the English side that includes Chinese articles without a
 * translation, with their Chinese sentence.
 */
export function mentionsByCompany(locale: Locale): Promise<Map<string, CompanyMention[]>> {
  let index = perLocale.get(locale);
  if (!index) {
    index = Promise.all([articlesForLocale(locale), mentionsByArticle()]).then(([articles, mentions]) => {
      const out = new Map<string, CompanyMention[]>();
      for (const article of articles) {
        for (const mention of mentions.get(article.id) ?? []) {
          let list = out.get(mention.id);
          if (!list) out.set(mention.id, (list = []));
          list.push({ article, mention });
        }
      }
      return out;
    });
    perLocale.set(locale, index);
  }
  return index;
}

/**
 * Companies grouped by kind, kinds in the order of COMPANY_KINDS, names in
 * the locale's collation (pinyin order in Chinese); empty kinds left out.
 */
export async function companiesByKind(locale: Locale): Promise<{ kind: CompanyKind; companies: Company[] }[]> {
  const collator = new Intl.Collator(locale);
  const name = (c: Company) => (locale === 'en' ? c.name.en : c.name.zh);
  const companies = [...(await allCompanies())].sort((a, b) => collator.compare(name(a), name(b)));
  return COMPANY_KINDS.map((kind) => ({ kind, companies: companies.filter((c) => c.kind === kind) })).filter((g) => g.companies.length > 0);
}
