/**
 * Cutting a page into articles and filling in the frontmatter, on pages of
 * the kinds the paper produces (made up here, not the seed texts).
 */
import { describe, expect, it } from 'vitest';
import { readContent } from '../../../scripts/lib/shared/content.ts';
import { importText } from '../../../scripts/lib/import/index.ts';
import { parseReporterLine, parseRoleLine } from '../../../scripts/lib/import/printed-lines.ts';
import { splitArticles } from '../../../scripts/lib/import/split.ts';
import { IMPORT_DEPARTMENTS, makeContent } from './support.ts';

const COLUMNS = `- id: minsheng-shishi
  name: { zh: 民生实事 惠民利民, en: People's Livelihood }
- id: ganbu-tan-tihui
  name: { zh: 干部谈体会, en: Officials on Lessons Learnt }
`;
const TOPICS = `- id: public-health
  name: { zh: 医疗卫生, en: Public Health }
  description: { zh: 家庭医生签约、基层医疗服务和疾病预防。, en: x }
- id: education
  name: { zh: 教育, en: Education }
  description: { zh: 学校建设、课后服务和教师队伍。, en: x }
`;

const content = readContent(makeContent({}, { departments: IMPORT_DEPARTMENTS, columns: COLUMNS, topics: TOPICS }));
const opts = { today: '2025-01-01' };

/** A markdown-ish page: a column with two interviews/reports, then a notice with signatories and a date. */
const MARKDOWN_PAGE = `
# 民生实事 惠民利民

## 张庄镇：

### 家庭医生上门 健康服务到家

#### ——访张庄镇党委副书记王小明

记者 赵一 通讯员 钱二 孙三

张庄镇把家庭医生签约服务作为民生实事来抓，组建签约团队12支，覆盖全镇28个村。

今年以来，全镇累计上门服务老年人3000余人次，群众满意度不断提升。镇卫生院计划年底前

新增远程诊疗点5个，让群众在家门口看上好医生。

## 课后服务暖人心

青檀街道联合辖区学校开展课后服务，开设书法、围棋等课程20门。

街道将继续整合资源，满足家长多样化需求。

来源于区教体局

# 致全区广大家长的一封信

全区广大家长朋友们：

暑期将至，请大家注意孩子的安全，做好防溺水教育。

祝大家假期愉快！

区教育和体育局  
区卫生健康局  
2024年6月28日
`;

/** An OCR page: bodies first, each followed by its headline; bylines before the body or after the headline. */
const OCR_PAGE = `今年以来，区卫健局坚持以群众
需求为导向，推动医疗卫生资源下
沉，基层诊疗量同比增长 15%。

一是完善家庭医生签约服务，组
建签约团队 50 支。
二是推进远程医疗，建成远程
诊疗点 30 个。
三是加强公共卫生服务，开展
健康讲座 200 余场。

下一步，我们将继续努力，让群众
看病更方便。

健康服务进万家
——区卫生健康局党组书记、局长周大海

区文化和旅游局副局长
吴晓丽
这次学习让我们看到了差距，
也明确了方向。我们将把学到的经
验转化为推动文旅发展的实际行动，

打造一批特色文旅项目，力争全年接
待游客增长10%以上。

干部谈体会（区文旅局）
`;

describe('recognising printed lines', () => {
  it('a role line ending with a person’s name', () => {
    expect(parseRoleLine('区卫生健康局党组书记、局长周大海')).toEqual({ role: '区卫生健康局党组书记、局长', name: '周大海' });
    expect(parseRoleLine('——访张庄镇党委副书记王小明')).toEqual({ role: '张庄镇党委副书记', name: '王小明' });
    expect(parseRoleLine('某某科技有限公司总经理李四')).toEqual({ role: '某某科技有限公司总经理', name: '李四' });
    expect(parseRoleLine('全力推进项目建设。书记李四')).toBeUndefined();
  });

  it('a byline of reporters and correspondents', () => {
    expect(parseReporterLine('记者 赵一 通讯员 钱二 孙三')).toEqual({ reporters: ['赵一'], correspondents: ['钱二', '孙三'] });
    expect(parseReporterLine('本报记者 赵一')).toEqual({ reporters: ['赵一'], correspondents: [] });
    expect(parseReporterLine('记者来到了现场，看到工人们正在施工。')).toBeUndefined();
  });
});

describe('a markdown-ish page with headings before the text', () => {
  const raws = splitArticles(MARKDOWN_PAGE, ['民生实事 惠民利民']);
  const drafts = importText(MARKDOWN_PAGE, content, opts);

  it('finds the three articles', () => {
    expect(raws.map((r) => r.headline.join(''))).toEqual(['家庭医生上门 健康服务到家', '课后服务暖人心', '致全区广大家长的一封信']);
    expect(drafts).toHaveLength(3);
  });

  it('fills the interview: kicker, subtitle, byline, speaker, department, column, type', () => {
    const fm = drafts[0]!.frontmatter;
    expect(fm).toMatchObject({
      title: '家庭医生上门 健康服务到家',
      kicker: '张庄镇',
      subtitle: '——访张庄镇党委副书记王小明',
      column: 'minsheng-shishi',
      type: 'interview',
      reporters: ['赵一'],
      correspondents: ['钱二', '孙三'],
      speaker: { name: '王小明', role: '张庄镇党委副书记', department: 'zhangzhuang-town' },
      departments: ['zhangzhuang-town'],
      draft: true,
    });
    expect(drafts[0]!.slug).toBe('zhangzhuang-town-wang-xiao-ming');
  });

  it('joins the paragraph that a page break cut, and keeps the others apart', () => {
    expect(drafts[0]!.paragraphs).toEqual([
      '张庄镇把家庭医生签约服务作为民生实事来抓，组建签约团队12支，覆盖全镇28个村。',
      '今年以来，全镇累计上门服务老年人3000余人次，群众满意度不断提升。镇卫生院计划年底前新增远程诊疗点5个，让群众在家门口看上好医生。',
    ]);
  });

  it('takes the source line as the source and ends the article there; departments from the text are flagged', () => {
    const d = drafts[1]!;
    expect(d.frontmatter.source).toBe('区教体局');
    expect(d.frontmatter.type).toBe('report');
    expect(d.frontmatter.departments).toEqual(['qingtan-subdistrict']);
    expect(d.notes.join('\n')).toContain('从标题和第一段里找到');
    expect(d.paragraphs).toHaveLength(2);
  });

  it('reads a letter: salutation kept, signatories and date taken out, departments from the signatories', () => {
    const d = drafts[2]!;
    expect(d.frontmatter).toMatchObject({
      title: '致全区广大家长的一封信',
      type: 'letter',
      date: '2024-06-28',
      dateSource: 'article',
      signatories: ['区教育和体育局', '区卫生健康局'],
      departments: ['education-bureau', 'health-bureau'],
    });
    expect(d.frontmatter.column).toBeUndefined();
    expect(d.paragraphs[0]).toBe('全区广大家长朋友们：');
    expect(d.body).not.toContain('2024年6月28日');
  });

  it('dates the other articles of the page by the letter, saying so', () => {
    expect(drafts[0]!.frontmatter).toMatchObject({ date: '2024-06-28', dateSource: 'issue' });
    expect(drafts[0]!.frontmatter.dateNote).toContain('致全区广大家长的一封信');
  });
});

describe('an OCR page with each headline after its body', () => {
  const drafts = importText(OCR_PAGE, content, opts);

  it('finds two articles and gives each its own headline and byline', () => {
    expect(drafts.map((d) => d.frontmatter.title)).toEqual(['健康服务进万家', '干部谈体会（区文旅局）']);
    expect(drafts[0]!.frontmatter.speaker).toEqual({ name: '周大海', role: '区卫生健康局党组书记、局长', department: 'health-bureau' });
    expect(drafts[1]!.frontmatter.speaker).toEqual({ name: '吴晓丽', role: '区文化和旅游局副局长', department: 'culture-bureau' });
  });

  it('rebuilds the paragraphs: wraps joined, the 一是/二是/三是 items as paragraphs, the page break joined', () => {
    expect(drafts[0]!.paragraphs).toEqual([
      '今年以来，区卫健局坚持以群众需求为导向，推动医疗卫生资源下沉，基层诊疗量同比增长15%。',
      '一是完善家庭医生签约服务，组建签约团队50支。',
      '二是推进远程医疗，建成远程诊疗点30个。',
      '三是加强公共卫生服务，开展健康讲座200余场。',
      '下一步，我们将继续努力，让群众看病更方便。',
    ]);
    expect(drafts[1]!.paragraphs).toEqual(['这次学习让我们看到了差距，也明确了方向。我们将把学到的经验转化为推动文旅发展的实际行动，打造一批特色文旅项目，力争全年接待游客增长10%以上。']);
  });

  it('reads a headline that is the column name with a department label as the title and the column', () => {
    expect(drafts[1]!.frontmatter.column).toBe('ganbu-tan-tihui');
    expect(drafts[1]!.frontmatter.type).toBe('reflection');
    // the first article gets the page's column, flagged for checking
    expect(drafts[0]!.frontmatter.column).toBe('ganbu-tan-tihui');
    expect(drafts[0]!.notes.join('\n')).toContain('按同一页其他文章推测');
  });

  it('without any date, uses today and says to check it; with --date, the issue date', () => {
    expect(drafts[0]!.frontmatter).toMatchObject({ date: '2025-01-01', dateSource: 'inferred' });
    expect(drafts[0]!.notes.join('\n')).toContain('原文没有日期');
    expect(importText(OCR_PAGE, content, { ...opts, date: '2024-05-01' })[0]!.frontmatter).toMatchObject({ date: '2024-05-01', dateSource: 'issue' });
  });

  it('guesses topics from the words of the text, for the editor to check', () => {
    expect(drafts[0]!.frontmatter.topics).toEqual(['public-health']);
  });
});

describe('the same body printed twice on one page', () => {
  it('is reported for the editor', () => {
    const body = '这一段正文被报纸印了两次，内容完全一样，需要编辑核对原报。';
    const page = `# 第一篇\n\n${body}\n\n# 第二篇\n\n${body}\n`;
    const drafts = importText(page, content, opts);
    expect(drafts).toHaveLength(2);
    expect(drafts[1]!.notes.join('\n')).toContain('正文与同页《第一篇》完全相同');
  });
});
