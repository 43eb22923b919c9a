/**
 * A WeChat 公众号 article saved from the browser (“另存为 → 网页，全部”:
 * an .html file and a `…_files` folder beside it) to one draft: title
 * (#activity-name), account (#js_name), publish time (#publish_time or the
 * page's `ct` timestamp), author and the body (#js_content). Images are
 * taken from the saved files folder (or a data: URI), never from the WeChat
 * image host, which refuses to serve them on other sites. The account's
 * boilerplate (follow prompts, QR codes, 阅读原文, 点赞/在看, editor credits)
 * is dropped and listed in the notes.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import { parse } from 'node-html-parser';
import { hasHan } from '../../../src/lib/cjk.ts';
import type { Content } from '../shared/content.ts';
import { buildDrafts, type DraftOptions } from './draft.ts';
import { htmlBlocks, tidy, type Block } from './html-blocks.ts';
import type { MediaDraft } from './media.ts';
import { parseReporterLine } from './split.ts';
import { articleFromBlocks } from './structured.ts';
import { width } from './text.ts';

/** Short lines that are the account's, not the article's. */
const BOILERPLATE =
  /点击(?:上方|下方)?.{0,6}关注|关注(?:我们|公众号|本号|.{0,8}公众号)|长按.{0,6}二维码|扫码.{0,4}关注|识别.{0,3}二维码|二维码|阅读原文|点个?赞|点.{0,2}在看|^在看$|分享.{0,4}(?:朋友圈|给|到)|设为星标|星标|喜欢(?:此|这篇)内容|^(?:▼|↓|▲)+$|^END$|往期(?:推荐|回顾|精彩)|推荐阅读/iu;
/** Editor credits at the end of a post: 编辑：张三 审核：李四. */
const CREDITS = /^(?:(?:责任)?编辑|责编|审核|审校|审签|校对|监制|初审|复审|终审|排版|美编|出品|供稿|文字|图片|摄影)\s*[：:|丨]/u;

function isBoilerplate(b: Block): boolean {
  if (b.kind === 'img') return /qrcode|二维码|wx_fmt=gif|\.gif(?:$|\?)/iu.test(`${b.alt} ${b.src} ${b.dataSrc ?? ''}`);
  if (b.kind !== 'p' && b.kind !== 'h') return false;
  const t = b.text.replace(/\*\*/g, '');
  return (width(t) <= 40 && BOILERPLATE.test(t)) || (width(t) <= 60 && CREDITS.test(t));
}

/** 2023-05-26 10:30, 2023年5月26日 10:30, or a Unix time → 2023年5月26日 (the day in China). */
export function publishDay(text: string | undefined, unixSeconds?: string): string | undefined {
  const m = text ? /(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})/u.exec(text) : null;
  if (m) return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
  if (unixSeconds && /^\d{9,11}$/u.test(unixSeconds)) {
    const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(new Date(Number(unixSeconds) * 1000));
    const get = (t: string) => Number(parts.find((p) => p.type === t)!.value);
    return `${get('year')}年${get('month')}月${get('day')}日`;
  }
  return undefined;
}

/** A value from the page's inline scripts: var name = "…" or name: '…'. */
function scriptValue(html: string, name: string): string | undefined {
  const m = new RegExp(`\\b${name}\\s*[=:]\\s*(?:htmlDecode\\()?["']([^"']*)["']`, 'u').exec(html);
  return m?.[1] ? m[1] : undefined;
}

/** The bytes of a saved image: a file inside the page's folder, or a data: URI. */
function savedImage(src: string, pageDir: string): Buffer | undefined {
  // WeChat's lazy-loading placeholder (a data: SVG) means the browser never loaded the photo.
  const data = /^data:image\/(?!svg)[a-z+]+;base64,(.*)$/isu.exec(src);
  if (data) return Buffer.from(data[1]!, 'base64');
  if (src === '' || /^[a-z]+:/iu.test(src)) return undefined;
  let path: string;
  try {
    path = resolve(pageDir, decodeURIComponent(src.split(/[?#]/u)[0]!));
  } catch {
    return undefined;
  }
  if (!path.startsWith(pageDir + sep) || !existsSync(path) || !statSync(path).isFile()) return undefined;
  return readFileSync(path);
}

export function importWechat(html: string, pagePath: string, content: Content, options: DraftOptions): MediaDraft[] {
  const doc = parse(html, { comment: false, blockTextElements: { script: true, style: false, noscript: false, pre: true } });
  const text = (sel: string) => {
    const t = tidy(doc.querySelector(sel)?.text ?? '');
    return t === '' ? undefined : t;
  };
  const meta = (attr: string, value: string) => doc.querySelector(`meta[${attr}="${value}"]`)?.getAttribute('content')?.trim() || undefined;
  const title = text('#activity-name') ?? meta('property', 'og:title') ?? scriptValue(html, 'msg_title');
  const account = text('#js_name') ?? scriptValue(html, 'nickname');
  const author = text('#js_author_name') ?? meta('name', 'author') ?? scriptValue(html, 'author');
  const day = publishDay(text('#publish_time') ?? scriptValue(html, 'createTime'), scriptValue(html, 'ct'));
  const body = doc.querySelector('#js_content');
  if (!body) throw new Error('找不到微信文章的正文（js_content）');

  const all = htmlBlocks(body);
  const dropped = all.filter(isBoilerplate);
  const blocks = all.filter((b) => !isBoilerplate(b));
  const { raw, images } = articleFromBlocks(blocks, { columnNames: content.columns.entries.map((c) => c.name.zh), title });
  if (!title) raw.notes.push('网页里找不到文章标题（activity-name）：请补上 title');
  raw.account = account;
  raw.source ??= account;
  if (day) raw.dateText ??= day;
  else raw.notes.push('网页里找不到发布时间：请把 date 改为发布日期');
  if (author && author !== account && raw.reporters.length + raw.correspondents.length > 0) {
    raw.notes.push(`网页写的作者是“${author}”，正文的署名行另有记者、通讯员：请核对 reporters 和 correspondents`);
  } else if (author && author !== account) {
    const byline = parseReporterLine(author);
    if (byline) {
      raw.reporters.push(...byline.reporters);
      raw.correspondents.push(...byline.correspondents);
    } else if (hasHan(author) && [...author].length <= 4) {
      raw.reporters.push(author);
      raw.notes.push(`作者“${author}”填进了 reporters（记者）：若是通讯员或作者单位，请改正`);
    } else raw.notes.push(`网页写的作者是“${author}”：请按需填写 reporters、correspondents 或 source`);
  }
  const droppedText = dropped.filter((b) => b.kind !== 'img').map((b) => (b as { text: string }).text.replace(/\*\*/g, ''));
  const droppedImages = dropped.length - droppedText.length;
  if (dropped.length > 0) {
    raw.notes.push(`删去了公众号的固定内容${droppedText.length ? `：${droppedText.map((t) => `“${t}”`).join('、')}` : ''}${droppedImages ? `${droppedText.length ? '，' : '：'}${droppedImages} 张二维码或动图` : ''}（若删错了请加回）`);
  }
  const [draft] = buildDrafts([raw], content, options);
  const pageDir = dirname(resolve(pagePath));
  const media = images.map((p, i) => {
    const block = blocks[p.block] as Extract<Block, { kind: 'img' }>;
    const bytes = savedImage(block.src, pageDir);
    return {
      token: p.token,
      bytes,
      note: bytes ? undefined : `第 ${i + 1} 张图片在保存的文件夹里找不到（网页没有存下这张图）：已从正文删去。请在浏览器里打开原文，右键另存这张图片放进 content/media/，再加回正文`,
    };
  });
  return [{ draft: draft!, media }];
}
