/**
 * The editor guide's tables of frontmatter fields (§4) and of what
 * `npm run new -- --translate` does with each (§8), made from the schema
 * (src/lib/schema.ts: which fields exist, which are required) and from
 * TRANSLATION_FIELDS, with the meaning and an example of each field here.
 * A field added to the schema without a line here fails the type check.
 */
import { TRANSLATION_FIELDS } from '../new/translation.ts';
import { lintArticleSchema } from '../lint/article-rules.ts';
import { ARTICLE_FIELDS, FIELD_LABELS, TYPE_LABELS } from '../../../src/lib/schema.ts';
import { ARTICLE_TYPES } from '../../../src/lib/article-types.ts';

type Field = (typeof ARTICLE_FIELDS)[number];

/** What each field means and an example, as the guide shows them (markdown). */
export const FIELD_DOCS: Readonly<Record<Field, { meaning: string; example: string }>> = {
  title: { meaning: '标题', example: '`title: "奏响强工兴产“主旋律” 凝聚工业倍增“新合力”"`' },
  kicker: { meaning: '引题（标题上方的小字）', example: '`kicker: "永安镇"`' },
  subtitle: { meaning: '副题（标题下方）', example: '`subtitle: "——访永安镇党委书记李锋"`' },
  column: { meaning: '栏目 id', example: '`column: qianggong-xingchan`' },
  type: { meaning: `类型：${ARTICLE_TYPES.map((t) => `\`${t}\` ${TYPE_LABELS[t]}`).join('、')}`, example: '`type: interview`' },
  date: { meaning: '日期（见报或发布日期），不能晚于今天', example: '`date: 2023-05-26`' },
  updated: { meaning: '最后一次实质性更正的日期', example: '`updated: 2024-03-05`' },
  datePrecision: { meaning: '日期只知道到月份时写 `month`（默认 `day`）', example: '`datePrecision: month`' },
  dateSource: { meaning: '日期从哪来：`article` 文章自己的日期（默认）、`issue` 所在报纸那期的日期、`inferred` 推断的', example: '`dateSource: issue`' },
  dateNote: { meaning: '日期不是文章自己的日期时，向读者说明', example: '`dateNote: "原文未注明日期……"`' },
  reporters: { meaning: '记者（列表）', example: '`reporters: [李森]`' },
  correspondents: { meaning: '通讯员（列表）', example: '`correspondents: [刘畅, 许鑫]`' },
  speaker: { meaning: '受访者或作者：`name` 姓名、`role` 职务（照报上印的写）、`department` 所代表的部门 id', example: '见下面的例子' },
  departments: { meaning: '文章涉及的部门 id（至少一个）', example: '`departments: [yongan-town]`' },
  topics: { meaning: '主题 id', example: '`topics: [investment-promotion, project-construction]`' },
  source: { meaning: '来源（网页显示为“来源于……”）', example: '`source: "区创建“满意市中”工作专班"`' },
  signatories: { meaning: '公开信的落款单位，照印的顺序，每个一项', example: '见公开信的例子' },
  lang: { meaning: '语言：中文不用写；英文译文写 `en`', example: '`lang: en`' },
  translationOf: { meaning: '英文译文对应的中文文章文件名（不带 `.md`）', example: '`translationOf: yongan-town-li-feng`' },
  summary: { meaning: '摘要，一两句话，用在列表和分享卡片上；不写则自动取第一段', example: '`summary: "……"`' },
  cover: { meaning: '封面图，图片放在 `content/media/`，写相对于本文件的路径', example: '`cover: ../../media/xxx.jpg`' },
  coverAlt: { meaning: '封面图的文字说明（有封面图时必填）', example: '`coverAlt: "永安镇企服中心"`' },
  draft: { meaning: '草稿：写 `draft: true` 就不发布（预览里能看到）', example: '`draft: true`' },
  scheduled: { meaning: '定时发布：日期晚于今天的文章写 `scheduled: true`，到了那一天的第一次构建才发布（见下文“定时发布”）', example: '`scheduled: true`' },
  editorNote: { meaning: '编者按，在文章页上以方框显示', example: '`editorNote: "本文正文与同版《……》相同……"`' },
  editor: { meaning: '责任编辑，显示在文末（“责任编辑：……”）。只在确实知道时写；报纸原文没有印的，不要补', example: '`editor: 张三`' },
};

/** Whether the schema refuses an article without this field. */
export function isRequired(field: Field): boolean {
  const shape = lintArticleSchema.shape as Readonly<Record<string, { safeParse(v: unknown): { success: boolean } }>>;
  return !shape[field]!.safeParse(undefined).success;
}

const cell = (s: string) => s.replace(/\|/g, '\\|');

/** §4: every field, ★ where the schema requires it. */
export function fieldTable(): string {
  const rows = ARTICLE_FIELDS.map((f) => `| \`${f}\`${isRequired(f) ? ' ★' : ''} | ${cell(FIELD_DOCS[f].meaning)} | ${cell(FIELD_DOCS[f].example)} |`);
  return ['带 ★ 的必须填写。', '', '| 字段 | 含义 | 例子 |', '| --- | --- | --- |', ...rows].join('\n');
}

/** §8: what `npm run new -- --translate` writes for each field. */
export function translationTable(): string {
  const rows = ARTICLE_FIELDS.map((f) => `| \`${f}\`（${FIELD_LABELS[f]}） | ${cell(TRANSLATION_FIELDS[f].what)} |`);
  return ['| 字段 | 新建的译文里写什么 |', '| --- | --- |', ...rows].join('\n');
}
