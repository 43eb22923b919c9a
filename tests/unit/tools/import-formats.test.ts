/**
 * Each input format on its own: the Word reader (mammoth → blocks → one
 * draft), the WeChat reader (saved page → one draft, boilerplate dropped,
 * images from the saved folder), the HTML blocks both use, and the sniffing
 * and decoding of `npm run import`'s input. Each with a case it must refuse
 * or get right where a naive reader would not.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { zipSync } from 'fflate';
import { readContent } from '../../../scripts/lib/shared/content.ts';
import { importDocx } from '../../../scripts/lib/import/docx.ts';
import { decodeText, ImportInputError, readSource, sniff } from '../../../scripts/lib/import/formats.ts';
import { htmlBlocks } from '../../../scripts/lib/import/html-blocks.ts';
import { importWechat, publishDay } from '../../../scripts/lib/import/wechat.ts';
import { DOCX_TEXT, makeDocx, makeWechatPage, WECHAT_TEXT } from './import-fixtures.ts';
import { IMPORT_DEPARTMENTS, makeContent } from './support.ts';

const content = readContent(makeContent({}, { departments: IMPORT_DEPARTMENTS }));
const opts = { today: '2025-01-01', date: '2024-03-01' };

describe('HTML blocks (shared by Word and WeChat)', () => {
  it('keeps bold lead-ins as **…**, drops indents of 　 and spaces, fonts, colours and empty paragraphs', () => {
    const blocks = htmlBlocks('<p>　　<span style="color:red;font-family:黑体">正文 一段。</span></p><p> </p><p><br></p><p><strong>抓好签约服务。</strong><strong>再抓</strong>落实。</p>');
    expect(blocks).toEqual([
      { kind: 'p', text: '正文 一段。' },
      { kind: 'p', text: '**抓好签约服务。再抓**落实。' },
    ]);
  });

  it('reads bold given by style, and an empty bold run is no bold', () => {
    expect(htmlBlocks('<section><span style="font-weight: bold;">坚持问需于民。</span><strong> </strong>街道入户走访。</section>')).toEqual([{ kind: 'p', text: '**坚持问需于民。**街道入户走访。' }]);
  });

  it('makes GFM tables and lists, and an image block with its caption marked', () => {
    const blocks = htmlBlocks('<ul><li>甲</li><li>乙</li></ul><table><tr><td>项目</td><td>人次</td></tr><tr><td>随访</td><td>3000</td></tr></table><figure><img src="a.png" alt=""><figcaption>图为现场</figcaption></figure>');
    expect(blocks).toEqual([
      { kind: 'raw', text: '- 甲\n- 乙' },
      { kind: 'raw', text: '| 项目 | 人次 |\n| --- | --- |\n| 随访 | 3000 |' },
      { kind: 'img', src: 'a.png', dataSrc: undefined, alt: '', caption: true },
      { kind: 'p', text: '图为现场' },
    ]);
  });
});

describe('Word (.docx)', async () => {
  const bytes = await makeDocx();
  const [item] = await importDocx(bytes, content, opts);
  const fm = item!.draft.frontmatter;

  it('reads the title block into the frontmatter', () => {
    expect(fm.title).toBe(DOCX_TEXT.title);
    expect(fm.kicker).toBe('张庄镇');
    expect(fm.subtitle).toBe(DOCX_TEXT.subtitle);
    expect(fm.reporters).toEqual(['赵一']);
    expect(fm.correspondents).toEqual(['钱二']);
    expect(fm.speaker).toEqual({ name: '王小明', role: '张庄镇党委副书记', department: 'zhangzhuang-town' });
    expect(fm.type).toBe('interview');
    expect(fm.departments).toEqual(['zhangzhuang-town']);
  });

  it('keeps paragraphs, bold lead-ins, the list and the table; drops indents, fonts and empty paragraphs', () => {
    const t = DOCX_TEXT;
    expect(item!.draft.paragraphs).toEqual([
      ...t.paragraphs,
      `**${t.boldLead}**${t.boldRest}`,
      t.list.map((x) => `- ${x}`).join('\n'),
      '| 项目 | 人次 |\n| --- | --- |\n| 上门随访 | 3000 |',
      `![${t.caption}](@image/1)`,
      t.caption,
      t.last,
    ]);
    expect(item!.draft.body).not.toMatch(/　|仿宋|C00000|<span/u);
  });

  it('keeps the image’s bytes for media/, with its caption as alt text', () => {
    expect(item!.media).toHaveLength(1);
    expect(item!.media[0]!.bytes!.subarray(1, 4).toString()).toBe('PNG');
  });

  it('refuses a zip that is not a Word document, with a Chinese message', async () => {
    const broken = Buffer.from(zipSync({ 'word/document.xml': new TextEncoder().encode('<not-word/>') }));
    await expect(importDocx(broken, content, opts)).rejects.toThrow(/读不出这个 Word 文件.*另存为/u);
  });
});

describe('WeChat article saved from the browser', async () => {
  const { page, dir } = await makeWechatPage();
  const html = readFileSync(page, 'utf8');
  const [item] = importWechat(html, page, content, opts);
  const d = item!.draft;

  it('reads title, account, publish time and byline', () => {
    expect(d.frontmatter.title).toBe(WECHAT_TEXT.title);
    expect(d.frontmatter.source).toBe(WECHAT_TEXT.account);
    expect(d.frontmatter.date).toBe('2024-03-05');
    expect(d.frontmatter.dateSource).toBe('article');
    expect(d.frontmatter.reporters).toEqual(['赵一']);
    expect(d.frontmatter.correspondents).toEqual(['钱二']);
    expect(d.frontmatter.departments).toContain('health-bureau');
    expect(d.notes.join('\n')).toContain(`网页写的作者是“${WECHAT_TEXT.author}”`);
  });

  it('keeps the article’s text and drops the account’s boilerplate, saying what went', () => {
    const t = WECHAT_TEXT;
    expect(d.paragraphs).toEqual([...t.paragraphs, `**${t.boldLead}**${t.boldRest}`, '![改造后的小区环境整洁](@image/1)', t.caption, t.last]);
    expect(d.body).not.toMatch(/关注|二维码|在看|编辑：|审核/u);
    expect(d.notes.join('\n')).toMatch(/删去了公众号的固定内容：“点击蓝字 关注我们”、“编辑：周五 审核：吴六”、“长按识别二维码关注我们”、“点个在看，你最好看”，2 张二维码、动图或装饰图片/u);
  });

  it('takes the image from the saved files folder, never from the WeChat host', () => {
    expect(item!.media).toHaveLength(1);
    expect(item!.media[0]!.bytes).toEqual(readFileSync(join(dir, '老旧小区改造_files/640.png')));
    expect(d.body).not.toContain('mmbiz');
  });

  it('leaves out an image the page did not save, and says so', async () => {
    const missing = await makeWechatPage({ missingImage: true });
    const [m] = importWechat(readFileSync(missing.page, 'utf8'), missing.page, content, opts);
    expect(m!.media[0]!.bytes).toBeUndefined();
    expect(m!.media[0]!.note).toMatch(/第 1 张图片在保存的文件夹里找不到/u);
  });

  it('dates a post by its day in China, from the text or the page’s Unix time', () => {
    expect(publishDay('2024-03-05 18:30')).toBe('2024年3月5日');
    expect(publishDay('2023年5月26日 10:00')).toBe('2023年5月26日');
    // 2024-03-05T18:00:00Z is already 6 March in Beijing.
    expect(publishDay(undefined, String(Date.UTC(2024, 2, 5, 18) / 1000))).toBe('2024年3月6日');
    expect(publishDay('昨天')).toBeUndefined();
  });
});

describe('what npm run import was given', () => {
  it('sniffs formats from bytes, not names', () => {
    expect(sniff(Buffer.from('PK\u0003\u0004rest'))).toBe('zip');
    expect(sniff(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))).toBe('ole');
    expect(sniff(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('image');
    expect(sniff(Buffer.from('纯文字'))).toBeUndefined();
  });

  it('reads UTF-8 as it is, GB18030 with a note, and refuses what is neither', () => {
    expect(decodeText(Buffer.from('\uFEFF中文'), 'a.txt')).toEqual({ text: '中文', notes: [] });
    const gbk = decodeText(Buffer.from([0xd6, 0xd0, 0xce, 0xc4]), 'b.txt');
    expect(gbk.text).toBe('中文');
    expect(gbk.notes[0]).toMatch(/b\.txt 不是 UTF-8 编码，已按 GB18030/u);
    expect(() => decodeText(Buffer.from([0xe4, 0xb8, 0xad, 0xff, 0xff]), 'c.txt')).toThrow(ImportInputError);
  });

  it('takes a folder holding one saved page as that page', async () => {
    const { dir, page } = await makeWechatPage();
    const source = readSource(dir);
    expect(source.kind).toBe('wechat');
    expect(source.path).toBe(page);
    writeFileSync(join(dir, 'other.html'), '<p>');
    expect(() => readSource(dir)).toThrow(/里面有 2 个网页/u);
  });
});
