/**
 * The frontmatter and data-file rules, in one place, for the build and the
 * content linter alike.
 *
 * Nothing here imports Astro's virtual modules: the parts that only Astro
 * can provide (`reference()` for ids of other collections, `image()` for a
 * cover) are passed in. `src/content.config.ts` passes Astro's own; the
 * linter (scripts/lint-content.ts) passes plain strings and checks that the
 * ids exist itself, with line numbers.
 */
import { z } from 'astro/zod';
import { ARTICLE_TYPES } from './article-types.ts';
import { COMPANY_KINDS } from './company-kinds.ts';
import { DEPARTMENT_KINDS } from './department-kinds.ts';
import { zhCN } from '../i18n/zh-CN.ts';
import { calendarDateFromValue } from './calendar-date.ts';

/** The pattern of every id that appears in a URL: ASCII kebab-case. */
export const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** ASCII kebab-case, used for every id that appears in a URL. */
export const kebabId = z
  .string({ error: '必须是文字（id）' })
  .regex(KEBAB_ID, '只能用小写英文字母、数字和连字符（kebab-case），如 yongan-town');

/** A name in both languages. The Chinese name is required; English is required too (lint warns where it is a placeholder). */
export const bilingualName = z.object({
  /** Chinese display name, e.g. 永安镇 */
  zh: z.string({ error: '中文名称 zh 是必填项' }).min(1, '中文名称不能为空'),
  /** English display name, e.g. Yong'an Town */
  en: z.string({ error: '英文名称 en 是必填项' }).min(1, '英文名称不能为空'),
});

/**
 * A calendar date written YYYY-MM-DD (src/lib/calendar-date.ts): the day
 * written is the day shown, in any time zone; 2023/05/26 or 2023-02-30
 * is refused with what to write instead.
 */
export function calendarDate(field: string) {
  return z.union([z.date(), z.string(), z.number()], { error: `${field} 必须是日期，格式 YYYY-MM-DD，如 2023-05-26` }).transform((value, ctx) => {
    const result = calendarDateFromValue(value);
    if (result.ok) return result.date;
    ctx.addIssue({ code: 'custom', message: `${field}：${result.message}` });
    return z.NEVER;
  });
}

/** One entry of content/departments.yaml. */
export const departmentSchema = z.object({
  id: kebabId,
  /** What kind of body this is; decides the group it is listed under on /departments/. */
  kind: z.enum(DEPARTMENT_KINDS, { error: `kind 必须是以下之一：${DEPARTMENT_KINDS.join('、')}` }),
  name: bilingualName,
  /** Other names the printed paper uses (简称), e.g. 区住建局. Used to match text to a department. */
  aliases: z.array(z.string()).default([]),
  /** Sort order inside its kind (smaller first). */
  order: z.number({ error: 'order 必须是整数' }).int('order 必须是整数').default(1000),
});

/** One entry of content/topics.yaml. */
export const topicSchema = z.object({
  id: kebabId,
  name: bilingualName,
  /** One sentence on what the topic covers, in both languages. */
  description: bilingualName.partial().default({}),
  order: z.number({ error: 'order 必须是整数' }).int('order 必须是整数').default(1000),
});

/** One entry of content/columns.yaml. */
export const columnSchema = topicSchema;

/**
 * What the schema needs from its host: how to check an id of another
 * collection, and how to check a cover image. Astro passes
 * `reference('departments')` … and `image()`; the linter passes `kebabId`
 * and `z.string()`.
 */
export interface ArticleSchemaParts<D extends z.ZodType, T extends z.ZodType, C extends z.ZodType, A extends z.ZodType, I extends z.ZodType> {
  department: D;
  topic: T;
  column: C;
  article: A;
  image: I;
}

/**
 * The article frontmatter schema, built from the host's reference and image checks.
 * Long because it is the table of every frontmatter field, one documented
 * field a few lines; split, the fields would no longer read as one list.
 */
export function articleSchema<D extends z.ZodType, T extends z.ZodType, C extends z.ZodType, A extends z.ZodType, I extends z.ZodType>(
  parts: ArticleSchemaParts<D, T, C, A, I>,
) {
  const speaker = z.object(
    {
      /** The person interviewed or writing, e.g. 李锋 */
      name: z.string({ error: 'speaker.name（姓名）是必填项' }).min(1, 'speaker.name（姓名）不能为空'),
      /** Their role as printed before the name, body included, e.g. 永安镇党委书记 or 区住建局党组成员、副局长 */
      role: z.string({ error: 'speaker.role（职务）是必填项' }).min(1, 'speaker.role（职务）不能为空'),
      /** The department they speak for (id from departments.yaml). */
      department: parts.department.optional(),
    },
    { error: 'speaker 要写成 name、role、department 三项（见编辑指南）' },
  );
  const names = (field: string) => z.array(z.string({ error: `${field} 的每一项都必须是文字` }), { error: `${field} 必须是列表，如 [张三, 李四]` });

  return z
    .object({
      /** Headline (标题). */
      title: z.string({ error: 'title（标题）是必填项' }).min(1, 'title（标题）不能为空'),
      /** Kicker (引题), printed above the headline. */
      kicker: z.string({ error: 'kicker（引题）必须是文字' }).optional(),
      /** Subtitle (副题), printed below the headline, e.g. ——访永安镇党委书记李锋 */
      subtitle: z.string({ error: 'subtitle（副题）必须是文字' }).optional(),
      /** Column or series (栏目), id from columns.yaml. */
      column: parts.column.optional(),
      /** Kind of article. */
      type: z.enum(ARTICLE_TYPES, { error: `type 必须是以下之一：${ARTICLE_TYPES.join('、')}` }),
      /** Publication date, YYYY-MM-DD. */
      date: calendarDate('date（日期）'),
      /** Date of the last substantive correction, YYYY-MM-DD (feeds and search engines show it). */
      updated: calendarDate('updated（更新日期）').optional(),
      /**
       * Scheduled (定时发布): the date is in the future on purpose. The article
       * is left out of every build before that day (China time) and published
       * by the first build on or after it. Without it a future date is an error.
       */
      scheduled: z.boolean({ error: 'scheduled 只能是 true 或 false' }).default(false),
      /** How exact the date is: a day, or only the month. */
      datePrecision: z.enum(['day', 'month'], { error: 'datePrecision 只能是 day 或 month' }).default('day'),
      /**
       * Where the date comes from: the article's own date (article), the date of
       * the newspaper issue it was printed in (issue), or inferred from the text (inferred).
       */
      dateSource: z.enum(['article', 'issue', 'inferred'], { error: 'dateSource 只能是 article、issue 或 inferred' }).default('article'),
      /** Why the date is what it is, when it is not the article's own (shown to readers). */
      dateNote: z.string({ error: 'dateNote 必须是文字' }).optional(),
      /** Reporters (记者). */
      reporters: names('reporters（记者）').default([]),
      /** Correspondents (通讯员). */
      correspondents: names('correspondents（通讯员）').default([]),
      /** The person interviewed (访谈) or writing (心得体会). */
      speaker: speaker.optional(),
      /** Departments the article is about, ids from departments.yaml. At least one. */
      departments: z
        .array(parts.department, { error: 'departments（部门）是必填项，写成列表，如 [yongan-town]' })
        .min(1, 'departments 至少要有一个部门 id'),
      /** Topics (主题), ids from topics.yaml. */
      topics: z.array(parts.topic, { error: 'topics（主题）必须是列表，如 [investment-promotion]' }).default([]),
      /** Where the text came from, e.g. 区创建“满意市中”工作专班 (printed as 来源于…). */
      source: z.string({ error: 'source（来源）必须是文字' }).optional(),
      /** Signatories of a letter, as printed, one per line. */
      signatories: names('signatories（落款）').default([]),
      /** Language of the article: zh-CN (default) or en. */
      lang: z.enum(['zh-CN', 'en'], { error: 'lang 只能是 zh-CN（中文，默认）或 en（英文）' }).default('zh-CN'),
      /** For a translation: the id of the article it translates. */
      translationOf: parts.article.optional(),
      /** One or two sentences for lists, feeds and share cards. */
      summary: z.string({ error: 'summary（摘要）必须是文字' }).optional(),
      /** Cover image, a path relative to the markdown file, under content/media/. */
      cover: parts.image.optional(),
      /** Alt text of the cover image. */
      coverAlt: z.string({ error: 'coverAlt（图片说明）必须是文字' }).optional(),
      /** A draft is not published. */
      draft: z.boolean({ error: 'draft 只能是 true 或 false' }).default(false),
      /** Editor's note (编者按), shown in a box on the page. */
      editorNote: z.string({ error: 'editorNote（编者按）必须是文字' }).optional(),
      /** The responsible editor (责任编辑), shown at the end of the article. Only when known: the source papers name none. */
      editor: z.string({ error: 'editor（责任编辑）必须是文字，如 editor: 张三' }).min(1, 'editor（责任编辑）不能为空；没有就删掉这一行').optional(),
    })
    .superRefine((data, ctx) => {
      if (data.cover && !data.coverAlt) {
        ctx.addIssue({ code: 'custom', path: ['coverAlt'], message: '有 cover（封面图）时必须写 coverAlt（图片说明文字）' });
      }
    });
}

/**
 * The article schema for a host that makes a new image check for every
 * entry, as Astro does: it calls a collection's `schema({ image })` once
 * per entry, and building the whole schema costs ~0.9 ms (10,000 articles:
 * ~9 s of content sync), where parsing with it costs ~0.015 ms. Every
 * field is built once here; per entry, only `cover` takes the entry's
 * image check (`safeExtend` keeps the refinements, the messages and the
 * field order: the same results as `articleSchema`, see
 * tests/unit/lib/schema-per-entry.test.ts).
 */
export function articleSchemaPerEntry<D extends z.ZodType, T extends z.ZodType, C extends z.ZodType, A extends z.ZodType>(
  parts: Omit<ArticleSchemaParts<D, T, C, A, z.ZodType>, 'image'>,
) {
  const fields = articleSchema({ ...parts, image: z.unknown() });
  // The same schema as articleSchema({ ...parts, image }) gives, so typed as it; safeExtend's
  // own type cannot see that a generic image check narrows `unknown`.
  return <I extends z.ZodType>(image: I) =>
    fields.safeExtend({ cover: image.optional() as z.ZodType as z.ZodOptional<z.ZodUnknown> }) as unknown as ReturnType<typeof articleSchema<D, T, C, A, I>>;
}

/** The frontmatter fields an article may have, in the order `npm run new` writes them. */
export const ARTICLE_FIELDS = [
  'title',
  'kicker',
  'subtitle',
  'column',
  'type',
  'date',
  'updated',
  'scheduled',
  'datePrecision',
  'dateSource',
  'dateNote',
  'reporters',
  'correspondents',
  'speaker',
  'departments',
  'topics',
  'source',
  'signatories',
  'lang',
  'translationOf',
  'summary',
  'cover',
  'coverAlt',
  'draft',
  'editorNote',
  'editor',
] as const;

/** Chinese names of the fields, for messages to editors. */
export const FIELD_LABELS: Readonly<Record<string, string>> = {
  title: '标题',
  kicker: '引题',
  subtitle: '副题',
  column: '栏目',
  type: '类型',
  date: '日期',
  updated: '更新日期',
  scheduled: '定时发布',
  datePrecision: '日期精度',
  dateSource: '日期来源',
  dateNote: '日期说明',
  reporters: '记者',
  correspondents: '通讯员',
  speaker: '受访者/作者',
  departments: '部门',
  topics: '主题',
  source: '来源',
  signatories: '落款',
  lang: '语言',
  translationOf: '译自',
  summary: '摘要',
  cover: '封面图',
  coverAlt: '封面图说明',
  draft: '草稿',
  editorNote: '编者按',
  editor: '责任编辑',
  id: 'id',
  kind: '类别',
  name: '名称',
  aliases: '别名',
  order: '排序',
  description: '说明',
  department: '对应部门',
};

/** Article types with their Chinese names. */
export const TYPE_LABELS: Readonly<Record<(typeof ARTICLE_TYPES)[number], string>> = zhCN.articleTypes;

/** The kinds of content/companies.yaml with their Chinese names, for messages. */
const COMPANY_KIND_LABELS = zhCN.companyKinds;

/**
 * One entry of content/companies.yaml: a company, industrial park or key
 * project that articles name. Mentions are found in article text by the
 * name and the aliases, so every alias must be written as articles print it.
 * The host passes its check of a department id (Astro's
 * `reference('departments')`, or `kebabId` in the linter).
 */
export function companySchema<D extends z.ZodType>(parts: { department: D }) {
  return z.object({
    id: kebabId,
    /** 企业 (enterprise), 园区 (park) or 重点项目 (project); decides the group on /companies/. */
    kind: z.enum(COMPANY_KINDS, {
      error: `kind 必须是以下之一：${COMPANY_KINDS.map((k) => `${k}（${COMPANY_KIND_LABELS[k]}）`).join('、')}`,
    }),
    /** The name as articles print it (zh) and as English translations write it (en). */
    name: bilingualName,
    /** Other ways articles write it, each exactly as printed, e.g. 新远大实业. */
    aliases: z
      .array(z.string({ error: 'aliases 的每一项都必须是文字' }).min(1, 'aliases 里不能有空的别名'), {
        error: 'aliases（别名）必须是列表，如 [新远大实业]；没有就写 []',
      })
      .default([]),
    /** The departments.yaml entry this company is, when it has one (link, do not duplicate); null when none. */
    department: parts.department.nullable().default(null),
  });
}

// ── Glossary (content/glossary.yaml): the English of recurring terms, for translators and `npm run lint:content`. ──

/** What a glossary entry is; a column's English must equal its name.en in columns.yaml. */
export const GLOSSARY_KINDS = ['term', 'slogan', 'column', 'title', 'place'] as const;

/** Chinese names of the glossary kinds, for messages and the editor guide. */
export const GLOSSARY_KIND_LABELS: Readonly<Record<(typeof GLOSSARY_KINDS)[number], string>> = { term: '术语', slogan: '口号', column: '栏目名', title: '职务', place: '地名' };

/** One entry of content/glossary.yaml. */
export const glossaryEntrySchema = z.strictObject(
  {
    /** The Chinese term as articles write it, e.g. 规上企业 */
    zh: z.string({ error: 'zh（中文写法）是必填项' }).min(1, 'zh（中文写法）不能为空'),
    /** Other Chinese forms of the same term, e.g. 规模以上企业 */
    variants: z.array(z.string({ error: 'variants 的每一项都必须是文字' }), { error: 'variants 必须是列表，如 [规模以上企业]' }).default([]),
    /** THE English rendering: a translation whose original contains zh or a variant must contain it (case-insensitive). */
    en: z.string({ error: 'en（英文译法）是必填项' }).min(1, 'en（英文译法）不能为空'),
    /** English renderings that must not be used. */
    avoid: z.array(z.string({ error: 'avoid 的每一项都必须是文字' }), { error: 'avoid 必须是列表，如 [hard-core]' }).default([]),
    /** A gloss for translators (and readers). */
    note: z.string({ error: 'note（说明）必须是文字' }).optional(),
    kind: z.enum(GLOSSARY_KINDS, { error: `kind 必须是以下之一：${GLOSSARY_KINDS.join('、')}` }),
  },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? `没有这个字段：${issue.keys.join('、')}。可用的字段：zh、variants、en、avoid、note、kind` : undefined) },
);
