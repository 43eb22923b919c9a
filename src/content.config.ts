/**
 * Content collections: what an editor may write, and how it is checked.
 *
 * Every field below is what an editor types into a markdown file's
 * frontmatter or into one of the YAML data files under `content/`.
 * A value that does not fit fails the build with the file, the field
 * and what was expected (Astro names the entry and the field; the
 * messages here say what to write instead).
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { contentDir } from './lib/content-dir';
import { ARTICLE_TYPES } from './lib/article-types';
import { DEPARTMENT_KINDS } from './lib/department-kinds';
import { articleIdFromPath } from './lib/article-id';

/** ASCII kebab-case, used for every id that appears in a URL. */
const kebabId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, '只能用小写英文字母、数字和连字符（kebab-case），如 yongan-town');

/** A name in both languages. The Chinese name is required; English is required too (lint warns where it is a placeholder). */
const bilingualName = z.object({
  /** Chinese display name, e.g. 永安镇 */
  zh: z.string().min(1, '中文名称不能为空'),
  /** English display name, e.g. Yong'an Town */
  en: z.string().min(1, '英文名称不能为空'),
});

const departments = defineCollection({
  loader: file(`${contentDir}/departments.yaml`),
  schema: z.object({
    id: kebabId,
    /** What kind of body this is; decides the group it is listed under on /departments/. */
    kind: z.enum(DEPARTMENT_KINDS, { error: `kind 必须是以下之一：${DEPARTMENT_KINDS.join('、')}` }),
    name: bilingualName,
    /** Other names the printed paper uses (简称), e.g. 区住建局. Used to match text to a department. */
    aliases: z.array(z.string()).default([]),
    /** Sort order inside its kind (smaller first). */
    order: z.number().int().default(1000),
  }),
});

const topics = defineCollection({
  loader: file(`${contentDir}/topics.yaml`),
  schema: z.object({
    id: kebabId,
    name: bilingualName,
    /** One sentence on what the topic covers, in both languages. */
    description: bilingualName.partial().default({}),
    order: z.number().int().default(1000),
  }),
});

const columns = defineCollection({
  loader: file(`${contentDir}/columns.yaml`),
  schema: z.object({
    id: kebabId,
    name: bilingualName,
    description: bilingualName.partial().default({}),
    order: z.number().int().default(1000),
  }),
});

const speaker = z.object({
  /** The person interviewed or writing, e.g. 李锋 */
  name: z.string().min(1),
  /** Their role as printed before the name, body included, e.g. 永安镇党委书记 or 区住建局党组成员、副局长 */
  role: z.string().min(1),
  /** The department they speak for (id from departments.yaml). */
  department: reference('departments').optional(),
});

const articles = defineCollection({
  loader: glob({
    pattern: '**/*.md',
    base: `${contentDir}/articles`,
    generateId: ({ entry }) => articleIdFromPath(entry),
  }),
  schema: ({ image }) =>
    z
      .object({
        /** Headline (标题). */
        title: z.string({ error: 'title（标题）是必填项' }).min(1, 'title（标题）不能为空'),
        /** Kicker (引题), printed above the headline. */
        kicker: z.string().optional(),
        /** Subtitle (副题), printed below the headline, e.g. ——访永安镇党委书记李锋 */
        subtitle: z.string().optional(),
        /** Column or series (栏目), id from columns.yaml. */
        column: reference('columns').optional(),
        /** Kind of article. */
        type: z.enum(ARTICLE_TYPES, { error: `type 必须是以下之一：${ARTICLE_TYPES.join('、')}` }),
        /** Publication date, YYYY-MM-DD. */
        date: z.coerce.date({ error: 'date 必须是日期，格式 YYYY-MM-DD，如 2023-05-26' }),
        /** Date of the last substantive correction, YYYY-MM-DD (feeds and search engines show it). */
        updated: z.coerce.date({ error: 'updated 必须是日期，格式 YYYY-MM-DD' }).optional(),
        /** How exact the date is: a day, or only the month. */
        datePrecision: z.enum(['day', 'month']).default('day'),
        /**
         * Where the date comes from: the article's own date (article), the date of
         * the newspaper issue it was printed in (issue), or inferred from the text (inferred).
         */
        dateSource: z.enum(['article', 'issue', 'inferred']).default('article'),
        /** Why the date is what it is, when it is not the article's own (shown to readers). */
        dateNote: z.string().optional(),
        /** Reporters (记者). */
        reporters: z.array(z.string()).default([]),
        /** Correspondents (通讯员). */
        correspondents: z.array(z.string()).default([]),
        /** The person interviewed (访谈) or writing (心得体会). */
        speaker: speaker.optional(),
        /** Departments the article is about, ids from departments.yaml. At least one. */
        departments: z.array(reference('departments')).min(1, 'departments 至少要有一个部门 id'),
        /** Topics (主题), ids from topics.yaml. */
        topics: z.array(reference('topics')).default([]),
        /** Where the text came from, e.g. 区创建“满意市中”工作专班 (printed as 来源于…). */
        source: z.string().optional(),
        /** Signatories of a letter, as printed, one per line. */
        signatories: z.array(z.string()).default([]),
        /** Language of the article: zh-CN (default) or en. */
        lang: z.enum(['zh-CN', 'en']).default('zh-CN'),
        /** For a translation: the id of the article it translates. */
        translationOf: reference('articles').optional(),
        /** One or two sentences for lists, feeds and share cards. */
        summary: z.string().optional(),
        /** Cover image, a path relative to the markdown file, under content/media/. */
        cover: image().optional(),
        /** Alt text of the cover image. */
        coverAlt: z.string().optional(),
        /** A draft is not published. */
        draft: z.boolean().default(false),
        /** Editor's note (编者按), shown in a box on the page. */
        editorNote: z.string().optional(),
      })
      .superRefine((data, ctx) => {
        if (data.cover && !data.coverAlt) {
          ctx.addIssue({ code: 'custom', path: ['coverAlt'], message: '有 cover（封面图）时必须写 coverAlt（图片说明文字）' });
        }
      }),
});

export const collections = { articles, departments, topics, columns };
