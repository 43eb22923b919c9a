/**
 * What the web editor (/admin/) says about each field: a hint under the
 * Chinese label, in the editor guide's words (docs/编辑指南.md, section 四).
 * Labels themselves are FIELD_LABELS in src/lib/schema.ts.
 *
 * The form is generated from the schema (src/admin/fields.ts); a test
 * fails when a schema field has no hint here, or a hint names no field.
 */
import { zhCN } from '../i18n/zh-CN.ts';

/** Hints of the article fields. */
export const ARTICLE_HINTS = {
  title: '标题。文字里的中文引号“”照常写。',
  kicker: '引题：标题上方的小字，如“永安镇”。没有就不填。',
  subtitle: '副题：标题下方，如“——访永安镇党委书记李锋”。没有就不填。',
  column: '栏目（强工兴产 转型突围、我为群众办实事……）。不属于栏目就不选。',
  type: '类型：访谈、报道、心得体会、公开信、消息。',
  date: '日期：见报或发布日期，年-月-日，不能晚于今天。文章日期的年份决定文件放在哪个年份的文件夹。',
  updated: '最后一次实质性更正的日期。没有更正就不填。',
  datePrecision: '日期只知道到月份时选“只到月份”；不选就是“精确到日”。',
  dateSource: '日期从哪来：文章自己的日期（默认）、所在报纸那期的日期、推断的。',
  dateNote: '日期不是文章自己的日期时，向读者说明（网页上显示在文末）。',
  reporters: '记者，每人一项。署名不写进正文。',
  correspondents: '通讯员，每人一项。',
  speaker: '访谈的受访者或心得体会的作者。其他类型不填。',
  'speaker.name': '姓名，如“李锋”。',
  'speaker.role': '职务，照报上印的写，如“永安镇党委书记”。',
  'speaker.department': '受访者或作者所代表的部门。',
  departments: '文章涉及的部门（至少一个）。输入中文名称或简称搜索，可以选多个。第一个部门决定文件名。',
  topics: '主题，可以选多个。输入中文名称搜索。',
  source: '来源，网页上显示为“来源于……”，如“区创建“满意市中”工作专班”。',
  signatories: '公开信的落款单位，照印的顺序，每个一项。日期不写在这里，写在“日期”里。',
  lang: '语言。',
  translationOf: '这篇译文对应的中文文章。',
  summary: '摘要，一两句话，用在列表和分享卡片上；不写则自动取第一段。',
  cover: '封面图，只用真实的新闻图片。',
  coverAlt: '封面图的文字说明：写清图片拍的是什么（读屏软件会念给视障读者听）。有封面图时必填。',
  draft: '草稿：打开就不发布（本地预览里能看到）。',
  scheduled: '定时发布：日期晚于今天的文章打开这一项，到了那一天的第一次构建才发布；日期不晚于今天的不用打开。',
  editorNote: '编者按，在文章页上以方框显示。',
  editor: '责任编辑（可选）：这篇稿件的责任编辑姓名，显示在文章末尾。原报没有写的不要补。',
  body: '正文：一段写成一行，段与段之间空一行。粗体两边各加两个星号：**锚定“强工业”。**健全……。小标题一行开头写“## ”。从 Word 或微信粘贴时，段落和粗体会保留，其他格式和外来图片会去掉。',
} as const satisfies Record<string, string>;

/** Hints of the data-file fields (departments, topics, columns). */
export const DATA_HINTS = {
  id: 'id：小写英文字母、数字和连字符，用在网址里，如 yongan-town。定了就不要改，否则旧网址会失效。',
  kind: '类别：决定在“部门”页上排在哪一组。',
  name: '名称，中英文都要写。',
  'name.zh': '中文名称，如“永安镇”。',
  'name.en': "英文名称，如“Yong'an Town”。",
  aliases: '报纸上用过的其他叫法、简称，如“区住建局”，每个一项。导入报纸文字和搜索部门时会用到。',
  order: '同类中的排序，数字小的在前。',
  description: '一句话说明，中英文。',
  'description.zh': '中文说明。',
  'description.en': '英文说明。',
} as const satisfies Record<string, string>;

/** Chinese labels of nested fields, where the field's own name would mislead (speaker.name is 姓名, not 名称). */
export const NESTED_LABELS: Readonly<Record<string, string>> = {
  'speaker.name': '姓名',
  'speaker.role': '职务',
  'speaker.department': '所代表的部门',
  'name.zh': '中文名称',
  'name.en': '英文名称',
  'description.zh': '中文说明',
  'description.en': '英文说明',
};

/** Chinese names of the choices of the enum fields. */
export const OPTION_LABELS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  type: zhCN.articleTypes,
  datePrecision: { day: '精确到日', month: '只到月份' },
  dateSource: { article: '文章自己的日期', issue: '所在报纸那期的日期', inferred: '推断的日期' },
  lang: { 'zh-CN': '中文', en: '英文' },
  kind: zhCN.departmentKinds,
};
