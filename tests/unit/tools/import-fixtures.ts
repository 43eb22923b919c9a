/**
 * Inputs the import tests make themselves (no real Word file or WeChat page
 * is available here): a .docx written with the `docx` package, the way Word
 * saves a department's manuscript (title block, indents of 　, bold
 * lead-ins, a list, a table, a photo with a caption, empty paragraphs,
 * fonts and colours), and a WeChat article saved from the browser (.html
 * with a `_files` folder) with the structure WeChat serves.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AlignmentType, Document, HeadingLevel, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import sharp from 'sharp';

/** A small real photo-like PNG (a gradient), so that image tests read real image bytes. */
export async function pngImage(w = 64, h = 48, hue = 0): Promise<Buffer> {
  const data = Buffer.alloc(w * h * 3);
  for (let y = 0; y < h; y += 1) for (let x = 0; x < w; x += 1) data.set([(x * 4 + hue) % 256, (y * 5) % 256, 128], (y * w + x) * 3);
  return sharp(data, { raw: { width: w, height: h, channels: 3 } }).png().toBuffer();
}

export const DOCX_TEXT = {
  kicker: '张庄镇：',
  title: '家庭医生上门 健康服务到家',
  subtitle: '——访张庄镇党委副书记王小明',
  byline: '记者 赵一 通讯员 钱二',
  paragraphs: [
    '张庄镇把家庭医生签约服务作为民生实事来抓，组建签约团队12支，覆盖全镇28个村。',
    '今年以来，全镇累计上门服务老年人3000余人次，群众满意度不断提升。',
  ],
  boldLead: '抓好签约服务。',
  boldRest: '镇卫生院与各村卫生室结对，做到签约一人、履约一人。',
  list: ['建立健康档案', '开展慢病随访'],
  table: [
    ['项目', '人次'],
    ['上门随访', '3000'],
  ],
  caption: '图为家庭医生在村民家中随访',
  last: '下一步，张庄镇将继续做实家庭医生签约服务。',
};

/** A .docx of one interview, as a town would send it. */
export async function makeDocx(): Promise<Buffer> {
  const t = DOCX_TEXT;
  const photo = await pngImage();
  const body = (text: string) => new Paragraph({ children: [new TextRun({ text: `　　${text}`, font: '仿宋_GB2312', size: 32, color: '333333' })] });
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ children: [new TextRun({ text: t.kicker, font: '黑体' })], alignment: AlignmentType.CENTER }),
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ text: t.title, bold: true, font: '方正小标宋简体', size: 44, color: 'C00000' })] }),
          new Paragraph({ children: [new TextRun({ text: t.subtitle, font: '楷体' })], alignment: AlignmentType.CENTER }),
          new Paragraph({ children: [] }),
          new Paragraph({ children: [new TextRun(t.byline)] }),
          new Paragraph({ children: [new TextRun('')] }),
          ...t.paragraphs.map(body),
          new Paragraph({ children: [new TextRun({ text: '　　' }), new TextRun({ text: t.boldLead, bold: true }), new TextRun({ text: t.boldRest })] }),
          ...t.list.map((item) => new Paragraph({ text: item, bullet: { level: 0 } })),
          new Table({ rows: t.table.map((row) => new TableRow({ children: row.map((c) => new TableCell({ children: [new Paragraph(c)] })) })) }),
          new Paragraph({ children: [new ImageRun({ type: 'png', data: photo, transformation: { width: 64, height: 48 } })] }),
          new Paragraph({ children: [new TextRun({ text: t.caption, size: 24 })], alignment: AlignmentType.CENTER }),
          new Paragraph({ children: [] }),
          body(t.last),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

export const WECHAT_TEXT = {
  title: '青檀街道：老旧小区改造惠及三千户',
  account: '市中区卫生健康局',
  author: '孙三',
  time: '2024-03-05 18:30',
  ct: '1709634600',
  byline: '记者 赵一 通讯员 钱二',
  paragraphs: [
    '今年以来，青檀街道推进老旧小区改造，惠及居民3000余户。',
    '改造中，街道坚持“居民点单、街道派单”，先后解决楼道照明、雨污分流等问题86件。',
  ],
  boldLead: '坚持问需于民。',
  boldRest: '街道组织工作人员入户走访，收集意见建议200余条。',
  caption: '▲改造后的小区环境整洁',
  last: '下一步，街道将持续做好改造后的长效管理。',
};

/**
 * A WeChat article saved with “另存为 → 网页，全部”: the page, and its
 * images in `<name>_files/` (src rewritten to the saved file, data-src
 * still the WeChat host), with the account's follow prompt, QR code and
 * credits around the text.
 */
export async function makeWechatPage(options: { missingImage?: boolean } = {}): Promise<{ dir: string; page: string }> {
  const t = WECHAT_TEXT;
  const dir = mkdtempSync(join(tmpdir(), 'shizhong-wechat-'));
  const files = join(dir, '老旧小区改造_files');
  mkdirSync(files);
  writeFileSync(join(files, '640.png'), await pngImage(80, 60, 40));
  writeFileSync(join(files, '640(1).png'), await pngImage(30, 30, 90));
  writeFileSync(join(files, '0.gif'), Buffer.from('GIF89a\u0001\u0000\u0001\u0000\u0000\u0000\u0000;', 'latin1'));
  const host = 'https://mmbiz.qpic.cn/mmbiz_png/AbCdEf';
  const photoSrc = options.missingImage ? `${host}/640?wx_fmt=png` : './老旧小区改造_files/640.png';
  const html = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>${t.title}</title>
<meta property="og:title" content="${t.title}"><meta name="author" content="${t.author}">
<link rel="stylesheet" href="./老旧小区改造_files/style.css"></head>
<body id="activity-detail" class="zh_CN wx_wap_page">
<div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary">
<h1 class="rich_media_title" id="activity-name">
          ${t.title}
        </h1>
<div id="meta_content" class="rich_media_meta_list">
<span class="rich_media_meta rich_media_meta_text">${t.author}</span>
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" id="js_name">
          ${t.account}        </a></span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text">${t.time}</em>
</div>
<div class="rich_media_content js_underline_content" id="js_content" style="visibility: visible;">
<section style="text-align: center;"><img class="rich_pages wxw-img" data-src="${host}/0?wx_fmt=gif" src="./老旧小区改造_files/0.gif" data-type="gif"></section>
<section style="text-align:center;"><span style="color: rgb(0, 112, 192);"><strong>点击蓝字 关注我们</strong></span></section>
<p style="text-indent: 2em;"><span style="font-size: 15px;">${t.byline}</span></p>
<section style="line-height: 1.75em;"><span style="font-size: 16px; font-family: 微软雅黑;">　　${t.paragraphs[0]}</span></section>
<p><br></p>
<p style="text-indent: 2em;"><span leaf="">${t.paragraphs[1]!.slice(0, 10)}</span><span style="color:#333">${t.paragraphs[1]!.slice(10)}</span></p>
<section><span style="font-weight: bold;">${t.boldLead}</span><span>${t.boldRest}</span></section>
<section style="text-align: center;"><img class="rich_pages wxw-img" data-ratio="0.75" data-src="${host}/640?wx_fmt=png" src="${photoSrc}" data-type="png" style="width: 100%;"></section>
<section style="text-align: center;"><span style="font-size: 12px; color: #888;">${t.caption}</span></section>
<p style="text-indent: 2em;">${t.last}</p>
<p><br></p>
<section><span>编辑：周五&nbsp; 审核：吴六</span></section>
<section style="text-align:center;"><img data-src="${host}/qrcode?wx_fmt=png" src="./老旧小区改造_files/640(1).png" alt="二维码"></section>
<section style="text-align:center;"><span>长按识别二维码关注我们</span></section>
<p style="text-align:center;">点个在看，你最好看</p>
</div>
<div id="js_tags" class="article-tag__list"></div>
<a id="js_view_source" href="#">阅读原文</a>
</div></div>
<script>var ct = "${t.ct}"; var nickname = htmlDecode("${t.account}"); var msg_title = '${t.title}'.html(false);</script>
</body></html>`;
  const page = join(dir, '老旧小区改造.html');
  writeFileSync(page, html);
  return { dir, page };
}
