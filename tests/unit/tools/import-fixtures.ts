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
import { AlignmentType, CommentRangeEnd, CommentRangeStart, CommentReference, DeletedTextRun, Document, HeadingLevel, ImageRun, InsertedTextRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
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

// ── Manuscripts made from articles an editor curated, in the ways departments send them ──

/** An article an editor curated (the closeness harness's shape). */
export interface Curated {
  id: string;
  data: Record<string, unknown>;
  body: string;
}

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
const names = (v: unknown) => (Array.isArray(v) ? (v as string[]) : []);
const paragraphsOf = (body: string) =>
  body
    .trim()
    .split(/\n\s*\n/u)
    .map((p) => p.replace(/\s*\n\s*/gu, ''));

/** A department's name as its letterhead prints it: 区发展和改革局 → 枣庄市市中区发展和改革局, 永安镇 → 枣庄市市中区永安镇人民政府. */
export function letterheadOf(name: string): string {
  const bare = name.replace(/^(?:市中区|区)/u, '');
  if (/镇$/u.test(bare)) return `枣庄市市中区${bare}人民政府`;
  if (/街道$/u.test(bare)) return `枣庄市市中区人民政府${bare}办事处`;
  return /^(?:中共|枣庄)/u.test(name) ? name : `枣庄市市中区${bare}`;
}

/** Text runs of a paragraph with **bold** parts as bold runs. */
const runs = (text: string, base: Record<string, unknown> = {}) =>
  text
    .split(/(\*\*[^*]+\*\*)/u)
    .filter(Boolean)
    .map((part) => (part.startsWith('**') ? new TextRun({ ...base, text: part.slice(2, -2), bold: true }) : new TextRun({ ...base, text: part })));

/**
 * A .docx of a curated article as a department writes it, varied by `n`:
 * a letterhead (red, very large, or none), the kicker with or without its
 * colon, the headline in Word's Title style or only bold, the byline in
 * one of the usual forms, the speaker's role line, （来源：…） at the end,
 * a comment on the first paragraph and a tracked insertion in the last.
 */
export async function docxFromArticle(a: Curated, n: number, departmentName: (id: string) => string | undefined, bylines: ReadonlyArray<(r: readonly string[], c: readonly string[]) => string>): Promise<Buffer> {
  const d = a.data;
  const dept = names(d.departments)[0];
  const letterhead = dept && n % 3 !== 2 ? departmentName(dept) : undefined;
  const children: Paragraph[] = [];
  if (letterhead) {
    const style = n % 3 === 0 ? { color: 'E60012', size: 56, bold: true, font: '方正小标宋简体' } : { size: 64, font: '黑体' };
    children.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: letterheadOf(letterhead), ...style })] }), new Paragraph({ children: [] }));
  }
  const kicker = str(d.kicker);
  if (kicker) children.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: n % 2 === 0 ? kicker : `${kicker}：`, size: 32 })] }));
  const title = new TextRun({ text: str(d.title)!, bold: true, size: 44 });
  children.push(n % 2 === 1 ? new Paragraph({ heading: HeadingLevel.TITLE, children: [title] }) : new Paragraph({ alignment: AlignmentType.CENTER, children: [title] }));
  const subtitle = str(d.subtitle);
  if (subtitle) children.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: subtitle, size: 32 })] }));
  const reporters = names(d.reporters);
  const correspondents = names(d.correspondents);
  if (reporters.length + correspondents.length > 0) children.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun(bylines[n % bylines.length]!(reporters, correspondents))] }));
  const speaker = d.speaker as { name?: string; role?: string } | undefined;
  if (speaker?.name && !/^——\s*访/u.test(subtitle ?? '')) children.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun(`${speaker.role}${speaker.name}`)] }));
  const paragraphs = paragraphsOf(a.body);
  const revised = paragraphs.map((p) => p.includes('**')).lastIndexOf(false);
  paragraphs.forEach((p, i) => {
    const base = { font: '仿宋_GB2312', size: 32 };
    if (i === 0 && n % 2 === 0 && !p.startsWith('**')) {
      const [head, rest] = [[...p].slice(0, 6).join(''), [...p].slice(6).join('')];
      children.push(
        new Paragraph({
          children: [new TextRun({ ...base, text: '　　' }), new CommentRangeStart(0), new TextRun({ ...base, text: head }), new CommentRangeEnd(0), new TextRun({ children: [new CommentReference(0)] }), ...runs(rest, base)],
        }),
      );
    } else if (i === revised && n % 2 === 1) {
      // The last characters typed with track changes on, not yet accepted.
      const cut = Math.max(1, [...p].length - 4);
      children.push(new Paragraph({ children: [new TextRun({ ...base, text: `　　${[...p].slice(0, cut).join('')}` }), new InsertedTextRun({ id: 1, author: '科员', date: '2024-03-04T10:00:00Z', text: [...p].slice(cut).join(''), ...base }), new DeletedTextRun({ id: 2, author: '科员', date: '2024-03-04T10:01:00Z', text: '删去的字', ...base })] }));
    } else children.push(new Paragraph({ children: [new TextRun({ ...base, text: '　　' }), ...runs(p, base)] }));
  });
  const source = str(d.source);
  if (source) children.push(new Paragraph({ children: [new TextRun(n % 2 === 0 ? `（来源：${source}）` : `(来源：${source})`)] }));
  const doc = new Document({
    comments: { children: n % 2 === 0 ? [{ id: 0, author: '办公室', date: new Date('2024-03-04T09:00:00Z'), children: [new Paragraph({ children: [new TextRun('开头这句请再核对')] })] }] : [] },
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}

const esc = (s: string) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/"/gu, '&quot;');

/**
 * A WeChat page of a curated article, as saved with “HTML only” (no image
 * files): the byline as 文字：… 图片：… or 记者 … at the top, or only as
 * closing credits; a divider, a video, closing credits (来源/编辑/审核), a
 * QR code with WeChat's generic alt 图片, 转发、点赞、在看.
 */
export function wechatFromArticle(a: Curated, n: number, account: string, bylines: ReadonlyArray<(r: readonly string[], c: readonly string[]) => string>): string {
  const d = a.data;
  const reporters = names(d.reporters);
  const correspondents = names(d.correspondents);
  const byline = reporters.length + correspondents.length > 0 ? bylines[n % bylines.length]!(reporters, correspondents) : undefined;
  const host = 'https://mmbiz.qpic.cn/mmbiz_png/Q1w2E3';
  const img = (k: number, ratio: string, alt = '图片') => `<section style="text-align:center;"><img class="rich_pages wxw-img" data-ratio="${ratio}" data-w="640" data-src="${host}/${k}?wx_fmt=png" alt="${alt}"></section>`;
  const paragraphs = paragraphsOf(a.body).map((p) => `<section style="line-height:1.75em;"><span style="font-size:15px;">${esc(p).replace(/\*\*([^*]+)\*\*/gu, '<strong>$1</strong>')}</span></section>`);
  const video = `<section><iframe class="video_iframe rich_pages" data-mpvid="wxv_${n}" data-src="https://mp.weixin.qq.com/mp/readtemplate?t=pages/video_player_tmpl&amp;vid=wxv_${n}"></iframe></section>`;
  paragraphs.splice(Math.min(1, paragraphs.length), 0, video);
  // The printed title block above the text, as a department reposting the paper's article keeps it.
  const speaker = d.speaker as { name?: string; role?: string } | undefined;
  const head = [
    str(d.kicker) ? `${str(d.kicker)}${n % 2 ? '：' : ''}` : '',
    str(d.subtitle) ?? '',
    speaker?.name && !/^——\s*访/u.test(str(d.subtitle) ?? '') ? `${n % 2 ? '——' : ''}${speaker.role}${speaker.name}` : '',
    byline && n % 2 === 0 ? byline : '',
  ].filter(Boolean);
  const top = head.map((t) => `<p style="text-align:center;"><span style="color:#888;">${esc(t)}</span></p>`).join('\n');
  const credits = [
    d.source ? `来源：${esc(str(d.source)!)}` : `来源：${esc(account)}`,
    byline && n % 2 === 1 ? esc(byline) : '',
    `编辑：田甜${n % 2 ? '　' : ' | '}审核：罗刚`,
  ].filter(Boolean);
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(str(d.title)!)}</title></head>
<body id="activity-detail"><div id="page-content">
<h1 class="rich_media_title" id="activity-name">${esc(str(d.title)!)}</h1>
<a id="js_name">${esc(account)}</a><em id="publish_time">2024年4月${(n % 27) + 1}日 08:30</em>
<div class="rich_media_content" id="js_content">
${img(1, '0.05')}
<section style="text-align:center;"><strong>点击蓝字 关注我们</strong></section>
${top}
${paragraphs.join('\n')}
${img(2, '0.04')}
${credits.map((c) => `<section><span style="font-size:12px;color:#999;">${c}</span></section>`).join('\n')}
${img(3, '1')}
<section style="text-align:center;">长按识别二维码 关注我们</section>
<p style="text-align:center;">转发、点赞、在看，一键三连</p>
</div></div></body></html>`;
}

/**
 * An .mhtml file of a page, as a phone's “download page” or Chrome's
 * “single file” writes one: the HTML quoted-printable (UTF-8) or base64
 * (in `charset`), and its images as base64 parts addressed by URL.
 */
export function mhtmlOf(html: string, options: { encoding: 'quoted-printable' | 'base64'; charset?: 'utf-8' | 'gbk'; images?: Record<string, Buffer> }): Buffer {
  const boundary = '----MultipartBoundary--TestBoundary0123456789----';
  const charset = options.charset ?? 'utf-8';
  const bytes = charset === 'gbk' ? gbkBytes(html) : Buffer.from(html, 'utf8');
  const qp = (b: Buffer) => {
    let out = '';
    let line = '';
    for (const byte of b) {
      const c = byte === 0x0a ? '\n' : byte >= 33 && byte <= 126 && byte !== 61 ? String.fromCharCode(byte) : byte === 32 ? ' ' : `=${byte.toString(16).toUpperCase().padStart(2, '0')}`;
      if (c === '\n') {
        out += `${line}\r\n`;
        line = '';
        continue;
      }
      if (line.length + c.length > 75) {
        out += `${line}=\r\n`;
        line = '';
      }
      line += c;
    }
    return out + line;
  };
  const b64 = (b: Buffer) => b.toString('base64').replace(/.{76}/gu, '$&\r\n');
  const parts = [
    `Content-Type: text/html${options.encoding === 'base64' ? `; charset=${charset}` : ''}\r\nContent-ID: <frame-1@mhtml.blink>\r\nContent-Transfer-Encoding: ${options.encoding}\r\nContent-Location: https://mp.weixin.qq.com/s/AbCd\r\n\r\n${options.encoding === 'base64' ? b64(bytes) : qp(bytes)}`,
    ...Object.entries(options.images ?? {}).map(([url, img]) => `Content-Type: image/png\r\nContent-Transfer-Encoding: base64\r\nContent-Location: ${url}\r\n\r\n${b64(img)}`),
  ];
  const head = `From: <Saved by Blink>\r\nSnapshot-Content-Location: https://mp.weixin.qq.com/s/AbCd\r\nSubject: =?utf-8?Q?test?=\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="${boundary}"\r\n\r\n\r\n`;
  return Buffer.from(`${head}${parts.map((p) => `--${boundary}\r\n${p}\r\n`).join('')}--${boundary}--\r\n`, 'latin1');
}

/** GBK bytes of a text, from the table TextDecoder uses (Node has no GBK encoder). */
export function gbkBytes(text: string): Buffer {
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) {
      out.push(code);
      continue;
    }
    if (table.size === 0) {
      for (let a = 0x81; a <= 0xfe; a += 1) for (let b = 0x40; b <= 0xfe; b += 1) if (b !== 0x7f) table.set(decoder.decode(Uint8Array.of(a, b)), [a, b]);
    }
    const pair = table.get(ch);
    if (!pair) throw new Error(`no GBK code for ${ch}`);
    out.push(...pair);
  }
  return Buffer.from(out);
}
