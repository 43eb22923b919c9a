/**
 * The importers on what departments and the paper really send: a bureau's
 * Word file made in LibreOffice (letterhead, 引题/主题/副题, byline, comments,
 * tracked changes, （来源：…）), Word files made from every curated article in
 * varied forms, a WeChat article saved by Chromium as one .mhtml file and
 * as HTML only, .mhtml files as phones write them (base64, GBK), and OCR
 * pages of other layouts with headers, footers and page numbers, at several
 * widths, with the furniture in different places and bylines in several
 * forms. Each case asserts what the editor finds in the drafts and in the
 * report; the last ones run `npm run import` and `npm run lint:content`.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../../scripts/lib/shared/content.ts';
import { articleSets } from '../../../scripts/lib/import-closeness/closeness.ts';
import { docxMarkup, importDocx } from '../../../scripts/lib/import/docx.ts';
import { readSource } from '../../../scripts/lib/import/formats.ts';
import { importPage } from '../../../scripts/lib/import/index.ts';
import { BYLINE_FORMS, framedPages, renderFramedPage, renderPage, wrap } from '../../../scripts/lib/import-closeness/layouts.ts';
import { decodeMhtml } from '../../../scripts/lib/import/mhtml.ts';
import { isFurniture } from '../../../scripts/lib/import/page-furniture.ts';
import { parseReporterLine, parseSourceLine } from '../../../scripts/lib/import/printed-lines.ts';
import { importWechat, parseCredits } from '../../../scripts/lib/import/wechat.ts';
import { BUREAU, WECHAT_CREDITS } from '../../fixtures/import/expected.ts';
import { docxFromArticle, letterheadOf, mhtmlOf, pngImage, wechatFromArticle } from './import-fixtures.ts';
import { ROOT, runTool } from './support.ts';

const content = readContent(join(ROOT, 'content'));
const opts = { today: '2099-12-31', date: '2024-03-01' };
const fixture = (name: string) => join(ROOT, 'tests/fixtures/import', name);
const departmentName = (id: string) => content.departments.entries.find((e) => e.id === id)?.name.zh;

describe('headline blocks by the paper’s conventions', () => {
  it.each([
    ['记者 李森 通讯员 张修阳', ['李森'], ['张修阳']],
    ['本报记者 韩雪　通讯员 冯涛、邱月', ['韩雪'], ['冯涛', '邱月']],
    ['记者李森 通讯员张修阳 王五', ['李森'], ['张修阳', '王五']],
    ['（记者 赵一，钱二 通讯员 孙三）', ['赵一', '钱二'], ['孙三']],
    ['本报记者：赵一、钱二  通讯员：孙三', ['赵一', '钱二'], ['孙三']],
    ['文字：郝敏  图片：常乐', ['郝敏', '常乐'], []],
    ['文/图 李四', ['李四'], []],
    ['作者 欧阳明', ['欧阳明'], []],
    ['摄影｜周敏', ['周敏'], []],
  ])('a byline: %s', (line, reporters, correspondents) => {
    expect(parseReporterLine(line)).toMatchObject({ reporters, correspondents });
  });

  it.each(['记者来到了现场，看到工人们正在施工。', '图片展示了新区的面貌', '文字材料由各村报送'])('not a byline: %s', (line) => {
    expect(parseReporterLine(line)).toBeUndefined();
  });

  it.each([
    ['（来源：区发改局）', '区发改局'],
    ['(来源：区发改局)', '区发改局'],
    ['来源于区创建“满意市中”工作专班', '区创建“满意市中”工作专班'],
    ['稿件来源：区卫健局', '区卫健局'],
  ])('a source line: %s', (line, source) => {
    expect(parseSourceLine(line)).toBe(source);
  });
});

describe('WeChat closing credits', () => {
  it.each([
    ['编辑：田甜 | 审核：罗刚', [{ word: '编辑', value: '田甜' }, { word: '审核', value: '罗刚' }]],
    ['来源：文化路街道党工委', [{ word: '来源', value: '文化路街道党工委' }]],
    ['文字：郝敏  图片：常乐', [{ word: '文字', value: '郝敏' }, { word: '图片', value: '常乐' }]],
    ['责任编辑：许文 校对：王敏 监制：周强', [{ word: '责任编辑', value: '许文' }, { word: '校对', value: '王敏' }, { word: '监制', value: '周强' }]],
  ])('%s', (line, parts) => expect(parseCredits(line)).toEqual(parts));

  it.each(['图：施工现场一角，工人们正在浇筑混凝土', '编辑部的同志们深入一线采访。', '来源于群众的好点子'])('not credits: %s', (line) => expect(parseCredits(line)).toBeUndefined());
});

describe('a letterhead on the first line of an OCR text', () => {
  it.each([
    ['枣庄市市中区发展和改革局', 'development-reform-bureau', undefined],
    ['枣庄市市中区永安镇人民政府', 'yongan-town', undefined],
    ['枣庄市市中区某某服务中心', undefined, '枣庄市市中区某某服务中心'],
  ])('%s: the department (or the source), not the title', (letterhead, department, source) => {
    const body = wrap('3月4日，市中区2024年第一季度重点项目集中开工仪式举行，本次集中开工项目30个，涵盖先进制造、新能源等领域。', 20);
    const page = [letterhead, '三十个项目集中开工', '记者 韩雪', ...body].join('\n');
    const { drafts } = importPage(page, content, { today: '2099-12-31' });
    expect(drafts).toHaveLength(1);
    const fm = drafts[0]!.frontmatter;
    expect(fm.title).toBe('三十个项目集中开工');
    expect(fm.reporters).toEqual(['韩雪']);
    if (department) expect(fm.departments).toContain(department);
    expect(fm.source).toBe(source);
    expect(drafts[0]!.notes.join('\n')).toContain(`文件开头的“${letterhead}”当作发文单位`);
  });

  it.each(['走进美丽的永安镇', '区发改局'])('a headline or a short name on the first line is not a letterhead: %s', (first) => {
    const page = [first, '记者 韩雪', ...wrap('永安镇坚持把“强工兴产”作为第一要务，把“转型突围”作为工作主线，积极在市中区经济高质量发展中打头阵。', 18)].join('\n');
    const [d] = importPage(page, content, { today: '2099-12-31' }).drafts;
    expect(d!.frontmatter.title).toBe(first);
    expect(d!.notes.join('\n')).not.toContain('发文单位');
  });

  it('a short place name above a title is the kicker, not a letterhead', () => {
    const page = ['永安镇', '奏响强工兴产“主旋律” 凝聚工业倍增“新合力”', ...wrap('永安镇坚持把“强工兴产”作为第一要务，把“转型突围”作为工作主线，积极在市中区经济高质量发展中打头阵。', 18)].join('\n');
    const [d] = importPage(page, content, { today: '2099-12-31' }).drafts;
    expect(d!.frontmatter).toMatchObject({ kicker: '永安镇', title: '奏响强工兴产“主旋律” 凝聚工业倍增“新合力”' });
  });
});

describe('a bureau’s Word file made in LibreOffice', async () => {
  const bytes = readFileSync(fixture('bureau-letterhead.docx'));
  const [item] = await importDocx(bytes, content, opts);
  const d = item!.draft;
  const notes = d.notes.join('\n');

  it('reads the letterhead as the department, and 引题, 主题, 副题, byline and （来源：…） into their fields', () => {
    expect(d.frontmatter).toMatchObject({
      title: BUREAU.data.title,
      kicker: BUREAU.data.kicker,
      subtitle: BUREAU.data.subtitle,
      reporters: BUREAU.data.reporters,
      correspondents: BUREAU.data.correspondents,
      source: '区发改局',
      departments: ['development-reform-bureau'],
    });
    expect(d.body).not.toMatch(/发展和改革局\n|来源|记者/u);
    expect(notes).toMatch(/文件开头的“枣庄市市中区发展和改革局”当作发文单位（部门 development-reform-bureau）/u);
  });

  it('shows each comment with the text it is on, and says the tracked changes were accepted', () => {
    expect(notes).toContain('Word 批注（李主任）：“投资额请与发改局最新台账核对后再发”——批在“总投资48.6亿元”处');
    expect(notes).toContain('请王科长确认');
    expect(notes).toMatch(/没有接受或拒绝的修订：插入 1 处（“提前”），删除 1 处（“逐一”）。草稿用的是接受全部修订后的文字/u);
    expect(d.body).toContain('提前梳理用地');
    expect(d.body).not.toContain('逐一');
  });

  it('finds the letterhead’s red, large type in the XML', () => {
    expect(docxMarkup(bytes).firstStyled).toBe(true);
  });
});

describe('Word files made from every curated and invented article, in varied forms', async () => {
  const cases: Array<{ id: string; n: number; data: Record<string, unknown>; draft: Awaited<ReturnType<typeof importDocx>>[number]['draft'] }> = [];
  for (const set of articleSets(content)) {
    for (const [n, a] of set.articles.entries()) {
      const [item] = await importDocx(await docxFromArticle(a, n, departmentName, BYLINE_FORMS), content, opts);
      cases.push({ id: a.id, n, data: a.data, draft: item!.draft });
    }
  }

  it.each(cases.map((c) => [c.id, c] as const))('%s: the letterhead is not the title; kicker, title, byline and source are right; comments and revisions are named', (_id, c) => {
    const fm = c.draft.frontmatter;
    expect(fm.title).toBe(c.data.title);
    expect(fm.kicker).toBe(c.data.kicker);
    expect(fm.subtitle).toBe(c.data.subtitle);
    expect(fm.reporters).toEqual(c.data.reporters ?? []);
    expect(fm.correspondents).toEqual(c.data.correspondents ?? []);
    if (c.data.source) expect(fm.source).toBe(c.data.source);
    const notes = c.draft.notes.join('\n');
    const dept = (c.data.departments as string[] | undefined)?.[0];
    if (dept && c.n % 3 !== 2) {
      expect(notes).toContain(`文件开头的“${letterheadOf(departmentName(dept)!)}”当作发文单位`);
      expect(fm.departments).toContain(dept);
    }
    if (c.n % 2 === 0 && !String(c.draft.paragraphs[0]).startsWith('**')) expect(notes).toMatch(/Word 批注（办公室）：“开头这句请再核对”——批在“.{6}”处/u);
    if (c.n % 2 === 1) expect(notes).toMatch(/没有接受或拒绝的修订：插入 1 处.*删除 1 处（“删去的字”）/u);
    expect(c.draft.body).not.toContain('删去的字');
  });
});

describe('a WeChat article saved by Chromium', () => {
  const read = (name: string) => {
    const source = readSource(fixture(name));
    if (source.kind !== 'wechat') throw new Error(source.kind);
    const [item] = importWechat(source.html, source.path, content, opts, source.resources);
    return { source, item: item! };
  };

  it('as one .mhtml file: decoded, the photo taken from inside it, credits, QR code, divider and video dealt with and named', () => {
    const { source, item } = read('wechat-credits.mhtml');
    const d = item.draft;
    const notes = d.notes.join('\n');
    expect(source.kind === 'wechat' && source.report?.[0]).toMatch(/是保存成单个文件的网页（MHTML，编码 utf-8），已取出里面的网页和 4 个图片等文件/u);
    expect(source.notes).toEqual([]);
    expect(d.frontmatter).toMatchObject({ title: WECHAT_CREDITS.data.title, reporters: ['郝敏', '常乐'], source: '文化路街道', date: '2024-04-12', departments: ['wenhualu-subdistrict'] });
    expect(d.body).not.toMatch(/来源|编辑|审核|二维码|点赞|在看|关注|文字：/u);
    expect(item.media).toHaveLength(1);
    expect(item.media[0]!.bytes!.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
    expect(d.body).toContain('![图片说明待核对](@image/1)');
    expect(notes).toContain('第 1 张图片的说明只是网页自动加的“图片”');
    expect(notes).toContain('editor: 田甜');
    expect(notes).toContain('若应以“文化路街道党工委”为来源，请改 source');
    expect(notes).toMatch(/删去了公众号的固定内容：.*“编辑：田甜 审核：罗刚”.*3 张二维码、动图或装饰图片/u);
    expect(notes).toContain('原文里有 1 段视频，没有导入');
    expect(notes).toMatch(/“文字”“图片”后的名字填进了 reporters/u);
  });

  it('as HTML only: the same article, the photo named as missing', () => {
    const { item } = read('wechat-credits.html');
    expect(item.draft.frontmatter.title).toBe(WECHAT_CREDITS.data.title);
    expect(item.media[0]!.bytes).toBeUndefined();
    expect(item.media[0]!.note).toMatch(/在保存的文件夹里找不到/u);
  });

  const encodings: Array<[string, { encoding: 'quoted-printable' | 'base64'; charset?: 'utf-8' | 'gbk' }]> = [
    ['quoted-printable, UTF-8', { encoding: 'quoted-printable' }],
    ['base64, UTF-8', { encoding: 'base64' }],
    ['base64, GBK (a phone’s download)', { encoding: 'base64', charset: 'gbk' }],
  ];
  it.each(encodings)('as a phone or browser writes .mhtml (%s): the same HTML and image bytes come out', async (_name, how) => {
    const [a] = articleSets(content)[2]!.articles;
    const html = wechatFromArticle(a!, 1, '孟庄镇', BYLINE_FORMS).replace('<meta charset="utf-8">', how.charset === 'gbk' ? '<meta charset="gbk">' : '<meta charset="utf-8">');
    const photo = await pngImage(20, 10);
    const page = decodeMhtml(mhtmlOf(html, { ...how, images: { 'https://mmbiz.qpic.cn/mmbiz_png/Q1w2E3/1?wx_fmt=png': photo } }));
    expect(page.html.replace(/\r\n/gu, '\n')).toBe(html);
    expect(page.resources.get('https://mmbiz.qpic.cn/mmbiz_png/Q1w2E3/1?wx_fmt=png')).toEqual(photo);
  });
});

describe('OCR pages of other layouts: header, footer, page numbers', () => {
  it.each([
    '市中新闻　2024年4月16日　星期二　第2版·综合　责编：许文　美编：邵琳',
    '2024年4月16日 星期二 | 03版 | 要闻',
    '责任编辑：许文　校对：王敏',
    '05版　综合新闻　责编 许文　美编 邵琳',
    '市中新闻　第2版',
    '— 4 —',
    '2',
    '- 12 -',
  ])('page furniture: %s', (line) => expect(isFurniture(line)).toBe(true));

  it.each(['《条例》第二版发布', '新闻编辑室里的故事', '2023年5月26日', '记者 李森 通讯员 张修阳', '奏响强工兴产“主旋律” 凝聚工业倍增“新合力”', '2024年新增就业岗位800个，同比增长12%。'])('not page furniture: %s', (line) =>
    expect(isFurniture(line)).toBe(false),
  );

  const sets = articleSets(content);
  const pages = sets.flatMap((set) =>
    [16, 20, 24, 28].flatMap((width, k) => {
      const day = `2024-0${(k % 9) + 1}-1${k}`;
      const [y, m, d] = day.split('-').map(Number);
      const header = [`市中新闻　${y}年${m}月${d}日　星期一　第${k + 1}版`, `${y}年${m}月${d}日 | 0${k + 1}版 | 综合`, `第${k + 1}版 要闻 责编：许文 ${y}年${m}月${d}日`, `0${k + 1}版　责任编辑：许文　美术编辑：邵琳　${y}年${m}月${d}日`][k]!;
      const footer = ['市中新闻', `第${k + 1}版`, `— ${k + 1} —`, undefined][k];
      const headline = (['first', 'afterByline', 'last', 'first'] as const)[k]!;
      // The header at the top, or (one page in four) at the bottom under the last article.
      const frame = {
        header: k === 2 ? undefined : header,
        footer: k === 2 ? header : footer ? `市中新闻　${footer === '市中新闻' ? `第${k + 1}版` : footer}` : undefined,
        pageNumber: { text: ['3', `- ${k + 2} -`, `${k + 2}`, `— ${k + 2} —`][k]!, before: Math.min(k + 1, set.articles.length - 1) },
      };
      const layout = { name: '', width, headline, blanks: 'none' as const, indent: k % 2 === 0, byline: BYLINE_FORMS[(k + set.label.length) % BYLINE_FORMS.length] };
      return [{ name: `${set.label} 宽${width} ${headline}`, page: renderFramedPage(set.articles, layout, frame), articles: set.articles, day, furniture: [frame.header, frame.footer, frame.pageNumber.text].filter((x): x is string => x !== undefined) }];
    }),
  );

  it.each(pages.map((p) => [p.name, p] as const))('%s: every article found, the furniture dropped and listed, the header’s date used', (_name, p) => {
    const { drafts, notes } = importPage(p.page, content, { today: '2099-12-31' });
    expect(drafts.map((d) => d.frontmatter.title).sort()).toEqual(p.articles.map((a) => a.data.title).sort());
    const report = notes.join('\n');
    for (const f of p.furniture) {
      expect(report).toContain(`“${f}”`);
      for (const d of drafts) expect(`${d.frontmatter.title}\n${d.body}`).not.toContain(f.length > 2 ? f : `\n${f}\n`);
    }
    expect(report).toContain(`印的日期 ${p.day}`);
    for (const d of drafts) if (d.frontmatter.dateSource !== 'article') expect(d.frontmatter.date).toBe(p.day);
  });

  it('the second article’s headline block after its body, a page number between: two drafts, each with its own body', () => {
    const set = sets[2]!.articles.slice(0, 2);
    for (const width of [18, 22, 27]) {
      const page = renderFramedPage(set, { name: '', width, headline: 'first', blanks: 'none' }, { pageNumber: { text: '6', before: 1 }, headlines: ['first', 'last'], footer: '市中新闻 第6版' });
      const { drafts } = importPage(page, content, { today: '2099-12-31' });
      expect(drafts.map((d) => d.frontmatter.title)).toEqual(set.map((a) => a.data.title));
      expect(drafts[1]!.body.replace(/\s/gu, '')).toBe(set[1]!.body.replace(/\s|\*\*/gu, ''));
    }
  });

  it('headline first, then after the body, then first again, page numbers between: three drafts, each with its own text', () => {
    const three = sets[2]!.articles.slice(0, 3);
    const squash = (t: string) => t.replace(/\s|\*\*/gu, '');
    for (const width of [16, 21, 26, 33]) {
      const layout = { name: '', width, headline: 'first' as const, blanks: 'none' as const };
      const page = renderFramedPage(three, layout, { pageNumber: { text: `${width}`, before: 1 }, headlines: ['first', 'last', 'first'], footer: '市中新闻　第3版' }).replace(
        renderPage([three[2]!], { ...layout, columns: false }).trimEnd(),
        (c) => `— ${width} —\n${c}`,
      );
      const { drafts } = importPage(page, content, { today: '2099-12-31' });
      expect(drafts.map((d) => d.frontmatter.title), `width ${width}`).toEqual(three.map((a) => a.data.title));
      drafts.forEach((d, i) => expect(squash(d.body), `width ${width}, article ${i + 1}`).toBe(squash(three[i]!.body)));
    }
  });

  it('--date given: it wins, and a different printed date is named', () => {
    const [page] = framedPages(sets[2]!.articles, '2024-04-16');
    const { drafts, notes } = importPage(page!.page, content, { today: '2099-12-31', date: '2024-04-17' });
    expect(drafts.every((d) => d.frontmatter.date === '2024-04-17')).toBe(true);
    expect(notes.join('\n')).toContain('印的日期是 2024-04-16，和 --date 2024-04-17 不同');
  });
});

describe('npm run import on the department files: the drafts never stop the build', () => {
  const inputs = ['another-layout.txt', 'bureau-letterhead.docx', 'wechat-credits.mhtml'];

  it('imports each file, and the content check passes without errors', { timeout: 120_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'shizhong-department-files-'));
    cpSync(join(ROOT, 'content'), dir, { recursive: true });
    for (const name of inputs) {
      const r = runTool('import', [fixture(name)], dir);
      expect(r.status, r.output).toBe(0);
    }
    const lint = runTool('lint-content', ['--quiet'], dir);
    expect(lint.status, lint.output).toBe(0);
    expect(lint.output).toMatch(/0 个错误/u);
  });

  it('the same article imported twice (.mhtml, then .html): the second is skipped and named, and the check still passes', { timeout: 120_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'shizhong-department-files-'));
    cpSync(join(ROOT, 'content'), dir, { recursive: true });
    expect(runTool('import', [fixture('wechat-credits.mhtml')], dir).status).toBe(0);
    const again = runTool('import', [fixture('wechat-credits.html')], dir);
    expect(again.status, again.output).toBe(0);
    expect(again.stdout).toMatch(/跳过《“小网格”托起“大民生”》：正文与 .*wenhualu-subdistrict-xiao-wang-ge-tuo\.md（《“小网格”托起“大民生”》）相同或大部分相同，已经导入过/u);
    expect(readdirSync(join(dir, 'articles/2024')).filter((f) => f.startsWith('wenhualu-subdistrict-xiao'))).toHaveLength(1);
    expect(runTool('lint-content', ['--quiet'], dir).status).toBe(0);
  });

  it('a page that prints the same body under two headlines (seed 004): both written, the second with an editor’s note, and the check passes', { timeout: 120_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'shizhong-department-files-'));
    for (const f of ['departments.yaml', 'topics.yaml', 'columns.yaml', 'companies.yaml']) cpSync(join(ROOT, 'content', f), join(dir, f));
    const r = runTool('import', [join(ROOT, 'tests/fixtures/seeds/004_9eda33c280430bcd.txt'), '--date', '2024-03-01'], dir);
    expect(r.status, r.output).toBe(0);
    expect(r.stdout).toContain('已写好 editorNote 说明照登');
    const lint = runTool('lint-content', ['--quiet'], dir);
    expect(lint.status, lint.output).toBe(0);
  });

  it('images the check would refuse: a huge one shrunk, a broken one left out, both named; the check passes', { timeout: 120_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shizhong-department-files-'));
    cpSync(join(ROOT, 'content'), dir, { recursive: true });
    const saved = mkdtempSync(join(tmpdir(), 'shizhong-wechat-'));
    mkdirSync(join(saved, 'p_files'));
    const sharp = (await import('sharp')).default;
    writeFileSync(join(saved, 'p_files/wide.png'), await sharp({ create: { width: 6400, height: 40, channels: 3, background: '#336699' } }).png().toBuffer());
    writeFileSync(join(saved, 'p_files/broken.jpg'), Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('不是图片的字节')]));
    const [a] = articleSets(content)[2]!.articles;
    const html = wechatFromArticle(a!, 0, '孟庄镇', BYLINE_FORMS).replace(
      '</div></div></body>',
      '<p>图为施工现场。</p><img src="p_files/wide.png" data-ratio="0.7" alt="施工现场全景"><img src="p_files/broken.jpg" data-ratio="0.7" alt="开工仪式"><p>全镇上下干劲十足，项目建设跑出加速度。</p></div></div></body>',
    );
    writeFileSync(join(saved, 'p.html'), html);
    const r = runTool('import', [join(saved, 'p.html')], dir);
    expect(r.status, r.output).toBe(0);
    expect(r.stdout).toMatch(/图片太大（6400×40 像素），已缩小到长边 2560 像素/u);
    expect(r.stdout).toMatch(/图片打不开（文件损坏或不是图片）：已从正文删去/u);
    const lint = runTool('lint-content', ['--quiet'], dir);
    expect(lint.status, lint.output).toBe(0);
  });

  it('--out writes a folder whose articles/ and media/ move into content/ as they are', { timeout: 120_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'shizhong-department-files-'));
    cpSync(join(ROOT, 'content'), dir, { recursive: true });
    const out = mkdtempSync(join(tmpdir(), 'shizhong-out-'));
    const r = runTool('import', [fixture('wechat-credits.mhtml'), '--out', out], dir);
    expect(r.status, r.output).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['articles', 'media']);
    // Move what --out wrote into content/, file by file, without touching the drafts.
    for (const top of ['articles', 'media']) {
      for (const rel of readdirSync(join(out, top), { recursive: true, encoding: 'utf8' })) {
        const from = join(out, top, rel);
        if (!existsSync(from) || !rel.includes('.')) continue;
        mkdirSync(dirname(join(dir, top, rel)), { recursive: true });
        renameSync(from, join(dir, top, rel));
      }
    }
    const draft = join(dir, 'articles/2024', readdirSync(join(dir, 'articles/2024')).find((f) => f.startsWith('wenhualu'))!);
    const text = readFileSync(draft, 'utf8');
    const [, yaml] = /^---\n([\s\S]*?)\n---\n/u.exec(text)!;
    expect(parseYaml(yaml!)).toMatchObject({ title: WECHAT_CREDITS.data.title, draft: true });
    const [, src] = /!\[[^\]]*\]\(([^)]+)\)/u.exec(text)!;
    expect(existsSync(resolve(dirname(draft), src!))).toBe(true);
    const lint = runTool('lint-content', ['--quiet'], dir);
    expect(lint.status, lint.output).toBe(0);
  });

  it('a text with half-width punctuation, straight quotes and a lost quote mark: mended, named, and the check passes', { timeout: 60_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'shizhong-department-files-'));
    cpSync(join(ROOT, 'content'), dir, { recursive: true });
    const source = join(dir, '..', `ocr-${Date.now()}.txt`);
    writeFileSync(source, '永安镇开展"安全生产月"活动,组织企业开展应急演练(共12场)。\n“今年以来，全镇新增就业岗位800个。\n\n永安镇安全生产月\n');
    const r = runTool('import', [source, '--date', '2024-03-01'], dir);
    expect(r.status, r.output).toBe(0);
    expect(r.stdout).toMatch(/半角标点或直引号.*已改成中文标点/u);
    expect(r.stdout).toMatch(/为通过检查补了“”/u);
    const lint = runTool('lint-content', ['--quiet'], dir);
    expect(lint.status, lint.output).toBe(0);
  });
});
