/**
 * Every rule of `npm run lint:content`: its key, how bad it can be, what
 * it means and how to fix it, in the words of the editor guide. The
 * guide's rule table is made from this list (npm run guide:tables), a
 * finding's rule must be one of these keys (Finding['rule'] is RuleId), and
 * lintContent() refuses a finding whose severity the list does not give,
 * so the list cannot fall behind the checks.
 */
/** How bad a finding is: an error stops the build, a warning and a note do not. */
export type Severity = 'error' | 'warning' | 'info';

export interface RuleDoc {
  /** The severities the rule reports, most severe first. */
  severity: readonly Severity[];
  /** What is wrong, in Chinese. */
  meaning: string;
  /** What to do, in Chinese. */
  fix: string;
}

export const RULES = {
  'no-frontmatter': { severity: ['error'], meaning: '文件开头没有文章信息（两行 `---` 之间的部分）', fix: '第一行写 `---`，接着写 title、type、date、departments，再写一行 `---`；或用 `npm run new` 生成' },
  'yaml-syntax': { severity: ['error'], meaning: '文章信息或数据文件的格式写错了', fix: '看提示的行：冒号后加空格、引号成对、缩进用空格' },
  schema: { severity: ['error'], meaning: '必填项没写，或值不对（如类型、日期格式）', fix: '按提示补上或改正' },
  'unknown-field': { severity: ['error'], meaning: '字段名写错了（网站会忽略它）', fix: '按“是不是……”改成正确的字段名' },
  'unknown-reference': { severity: ['error'], meaning: '部门、主题、栏目的 id 不存在', fix: '按“是不是……”改正，或先在数据文件里添加' },
  'bad-slug': { severity: ['error'], meaning: '文件名不合规（文件名就是网址）', fix: '只用小写英文字母、数字和连字符，改文件名' },
  'duplicate-slug': { severity: ['error'], meaning: '两篇文章文件名相同（哪怕在不同年份的文件夹里）', fix: '给其中一篇换个文件名' },
  'duplicate-id': { severity: ['error'], meaning: '数据文件里两个部门（主题、栏目）用了同一个 id', fix: '改掉其中一个 id' },
  'bad-date': { severity: ['error'], meaning: '日期写法不对，或是不存在的日期（如 2 月 30 日）', fix: '按提示写成 `YYYY-MM-DD`，核对原文' },
  'future-date': { severity: ['error'], meaning: '日期晚于今天（北京时间）', fix: '改成见报或发布日期；确要定时发布的加 `scheduled: true`' },
  scheduled: { severity: ['info'], meaning: '定时发布的文章还没到日子，或已经发布', fix: '不用改' },
  encoding: { severity: ['error'], meaning: '文件不是 UTF-8 编码，网站上会成乱码', fix: '按提示另存为 UTF-8（见第三节“文件要存成 UTF-8”）' },
  'not-an-article-file': { severity: ['error'], meaning: '`articles/` 里有网站不读的文件（`.markdown`、`.MD`、`.md.txt`、图片……）', fix: '文章改名为 `文件名.md`；图片移到 `content/media/`' },
  'hidden-file': { severity: ['warning'], meaning: '`articles/` 里有以点开头的隐藏文件或文件夹（如 `.notice.md`、`.drafts/`），网站不会发布', fix: '要发布就改名去掉开头的点；暂不发布的文章写 `draft: true`；不要的删掉' },
  symlink: { severity: ['error'], meaning: '`articles/` 里有符号链接（快捷方式），网站不读', fix: '放文件本身，删掉链接' },
  'unclosed-html': { severity: ['error'], meaning: '正文里的 HTML 标签或注释 `<!--` 开了没关，后面的文字会被吞掉', fix: '在该结束的地方补上结束标签，或删掉标签' },
  'dropped-html': { severity: ['error'], meaning: '正文里用了网站不显示的 HTML 元素（`<textarea>`、`<select>`、`<noscript>`、`<template>` 等），里面的文字会被删掉', fix: '去掉这些标签，把文字直接写成正文' },
  embed: { severity: ['error'], meaning: '正文里嵌入了 `<iframe>`、`<video>`、`<script>` 等', fix: '删掉；视频、网页写成链接' },
  'external-media': { severity: ['error'], meaning: '用了别的网站上的图片', fix: '把图片放进 `content/media/`，用 `![说明](../../media/文件名.jpg)`' },
  'raw-img': { severity: ['error'], meaning: '用 `<img src="…">` 插本站图片（网站不会处理和复制它）', fix: '改成 `![说明](路径)`' },
  'wrong-folder': { severity: ['warning'], meaning: '文件不在日期对应的年份文件夹里', fix: '移到正确的文件夹' },
  'missing-image': { severity: ['error'], meaning: '封面图或正文里的图片文件找不到', fix: '核对文件名和路径，图片放在 `content/media/`' },
  'bad-image': { severity: ['error'], meaning: '图片打不开（损坏、不完整、不是图片、SVG 或其他网站不支持的格式）', fix: '重新导出为 JPEG 或 PNG' },
  'image-path': { severity: ['error'], meaning: '图片路径不能用：绝对路径、在 `content/` 外面、符号链接，或文件名里有 `%`', fix: '把图片文件放进 `content/media/`，用 `../../media/文件名.jpg` 插入；文件名里不要有 `%`' },
  'image-too-large': { severity: ['error'], meaning: '图片超过 6000 像素或 20 MB', fix: '缩小后替换' },
  'image-alt': { severity: ['error'], meaning: '图片没有说明文字', fix: '在 `![ ]` 的方括号里（或 `alt="…"` 里）写明图片内容' },
  'body-h1': { severity: ['error'], meaning: '正文里用了一级标题 `# `', fix: '改成两个井号 `## `' },
  'empty-body': { severity: ['warning'], meaning: '正文是空的', fix: '写上正文' },
  'half-width-punctuation': { severity: ['error'], meaning: '中文句子里用了英文标点', fix: '换成提示的中文标点' },
  'ascii-quotes': { severity: ['error'], meaning: '中文里用了英文直引号 `"`', fix: '换成中文引号“”（提示会说是前引号还是后引号）' },
  'unbalanced-pairs': { severity: ['error'], meaning: '引号、书名号、括号不成对', fix: '补上或删去多余的' },
  'control-character': { severity: ['error'], meaning: '文件里有看不见的控制字符（如 Word 的手动换行符 U+000B、空字符 NUL），订阅文件会因此读不了', fix: '删掉它：需要换行就另起一段；从 Word 粘贴时先粘贴到记事本再复制' },
  'deep-nesting': { severity: ['error'], meaning: '引用（`>`）或列表嵌套太深，网站处理不了，整篇文章会是空白', fix: '删去多余的 `>` 或缩进' },
  'hard-wrap': { severity: ['warning'], meaning: '段落中间有换行', fix: '把下一行接上来' },
  'leftover-asterisks': { severity: ['error'], meaning: '粗体的星号不成对', fix: '补齐或删去星号' },
  'duplicate-body': { severity: ['error', 'info'], meaning: '两篇文章正文相同或大部分相同（已用编者按说明的只作提示）', fix: '核对是否贴错；若原报如此、照登，见下文“重复正文与编者按”' },
  'near-duplicate-paragraph': { severity: ['warning', 'info'], meaning: '两篇文章有一段几乎相同', fix: '核对是否重复粘贴' },
  'import-check': { severity: ['warning'], meaning: '导入工具留下的 `# 待核对` 还没处理', fix: '对照原报核对后删去那一行' },
  'missing-english-name': { severity: ['warning'], meaning: '部门、主题、栏目还没有正式英文名', fix: '在数据文件里补上 `name.en`' },
  translation: { severity: ['error'], meaning: '译文的文件名、`lang`、`translationOf` 对不上', fix: '译文文件名是“原文文件名.en.md”，写 `lang: en` 和 `translationOf: 原文文件名`' },
  'missing-original': { severity: ['error'], meaning: '英文译文找不到中文原文', fix: '改正 `translationOf` 或文件名' },
  'translation-mismatch': { severity: ['warning'], meaning: '译文的日期、部门、落款、署名等和原文不一致，或缺了原文有的项', fix: '改成和原文一致，缺的补上（英文）' },
  'translation-todo': { severity: ['warning'], meaning: '新建译文时工具留下的 `# 待译` 还没处理', fix: '把那一项译成英文（或核对拼音），删去那一行' },
  glossary: { severity: ['info'], meaning: '原文有译名表（或部门、栏目）里的词，译文没用它规定的英文', fix: '照 `content/glossary.yaml`、`departments.yaml`、`columns.yaml` 的英文改；确实不该这样译时改译名表' },
  'glossary-avoid': { severity: ['info'], meaning: '用了译名表说不要用的英文译法', fix: '换成提示的译法' },
  'glossary-consistency': { severity: ['info'], meaning: '译名表和数据文件对同一个词给了两种英文', fix: '让两处一致（栏目、部门的英文以数据文件为准）' },
  'bad-alias': { severity: ['error', 'warning'], meaning: '`companies.yaml` 里的别名只有一个字（错误），或在文章里只出现在别的词中间（警告，如“市”在“城市”里），企业页会列出无关的文章', fix: '换成至少两个字、只指这家企业或项目的简称，或删掉这个别名' },
  'unused-alias': { severity: ['info'], meaning: '`companies.yaml` 里的一个别名在任何文章正文里都找不到', fix: '照文章的写法改正别名（一字不差），不需要就删掉' },
  'unknown-company': {
    severity: ['info'],
    meaning: '文章里有个像企业或项目的名称（……有限公司、……集团、“总投资……的……项目”），但 `companies.yaml` 里没有',
    fix: '确实是企业、园区或项目的，在 `companies.yaml` 里加一项（见“企业与项目”一节）；不是的，不用管',
  },
} as const satisfies Readonly<Record<string, RuleDoc>>;

export type RuleId = keyof typeof RULES;

/** Throws when a check reports a rule or a severity that RULES does not list (a programming error, caught by the tests). */
export function assertDocumented(f: { rule: string; severity: Severity }): void {
  const doc = (RULES as Readonly<Record<string, RuleDoc>>)[f.rule];
  if (!doc) throw new Error(`lint rule "${f.rule}" is not in scripts/lib/lint/rules.ts; add it there (the editor guide's table is made from it)`);
  if (!doc.severity.includes(f.severity)) throw new Error(`lint rule "${f.rule}" reported severity "${f.severity}", which scripts/lib/lint/rules.ts does not list for it`);
}
