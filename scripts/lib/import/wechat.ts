/**
 * A WeChat 公众号 article saved from the browser (“另存为 → 网页，全部”:
 * an .html file and a `…_files` folder beside it) to one draft: title
 * (#activity-name), account (#js_name), publish time (#publish_time or the
 * page's `ct` timestamp), author and the body (#js_content). Images are
 * taken from the saved files folder (or a data: URI), never from the WeChat
 * image host, which refuses to serve them on other sites. The account's
 * boilerplate (follow prompts, QR codes, decorative images, 阅读原文,
 * 转发/点赞/在看, closing credits) is dropped and listed in the notes; the
 * credits' names are offered (editor, source) or fill an empty byline;
 * videos are listed as not imported.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import { parse } from 'node-html-parser';
import { hasHan } from '../../../src/lib/cjk.ts';
import type { Content } from '../shared/content.ts';
import { buildDrafts, type DraftOptions } from './draft.ts';
import { htmlBlocks, tidy, type Block } from './html-blocks.ts';
import type { MediaDraft } from './media.ts';
import { bylineRolesNote, parseReporterLine } from './printed-lines.ts';
import { articleFromBlocks } from './structured.ts';
import { width } from './text.ts';

/** Short lines that are the account's, not the article's. */
const BOILERPLATE =
  /点击(?:上方|下方)?.{0,6}关注|关注(?:我们|公众号|本号|.{0,8}公众号)|长按.{0,6}二维码|扫码.{0,4}关注|识别.{0,3}二维码|二维码|阅读原文|点个?赞|点.{0,2}在看|^在看$|转发.{0,6}(?:点赞|在看|分享)|一键三连|分享.{0,4}(?:朋友圈|给|到)|设为星标|星标|喜欢(?:此|这篇)内容|^(?:▼|↓|▲)+$|^END$|往期(?:推荐|回顾|精彩)|推荐阅读/iu;

/** The words of a credits line: 来源：… 编辑：… 审核：… (and byline words, which fill the byline). */
const CREDIT_WORDS = ['来源', '稿件来源', '责任编辑', '编辑', '责编', '审核', '审校', '审签', '校对', '监制', '初审', '复审', '终审', '排版', '美编', '出品', '供稿', '文字', '撰文', '作者', '图片', '摄影', '记者', '通讯员', '文', '图'];
const CREDIT_PART = new RegExp(`(${CREDIT_WORDS.join('|')})\\s*[：:|丨｜]\\s*`, 'gu');

/** A line made only of credits (编辑：田甜 审核：罗刚) → its parts, or undefined. */
export function parseCredits(text: string): Array<{ word: string; value: string }> | undefined {
  const t = text.replace(/\*\*/gu, '').trim();
  const marks = [...t.matchAll(CREDIT_PART)];
  if (marks.length === 0 || marks[0]!.index !== 0 || width(t) > 80 || /[。！？]/u.test(t)) return undefined;
  const parts = marks.map((m, i) => ({ word: m[1]!, value: t.slice(m.index + m[0].length, marks[i + 1]?.index ?? t.length).replace(/[\s，、；;|｜丨]+$/u, '').trim() }));
  // A byline word is followed by names (图：施工现场一角 is a caption).
  const ok = (p: { word: string; value: string }) => p.value !== '' && width(p.value) <= 30 && (!BYLINE_WORDS.has(p.word) || NAMES.test(p.value));
  return parts.every(ok) ? parts : undefined;
}

const BYLINE_WORDS = new Set(['文字', '撰文', '作者', '图片', '摄影', '记者', '通讯员', '文', '图', '文图', '图文']);
const NAMES = /^[\p{Script=Han}·]{2,4}(?:[\s、，,]+[\p{Script=Han}·]{2,4}){0,5}$/u;

function isBoilerplate(b: Block): boolean {
  if (b.kind === 'img') return /qrcode|二维码|wx_fmt=gif|\.gif(?:$|\?)/iu.test(`${b.alt} ${b.src} ${b.dataSrc ?? ''}`);
  if (b.kind !== 'p' && b.kind !== 'h') return false;
  const t = b.text.replace(/\*\*/g, '');
  return width(t) <= 40 && BOILERPLATE.test(t);
}

/** A decorative image: a divider (much wider than tall), or an icon (narrow), as WeChat records their size. */
const decorative = (b: Extract<Block, { kind: 'img' }>) => (b.ratio !== undefined && (b.ratio < 0.15 || b.ratio > 6)) || (b.w !== undefined && b.w < 120);

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

/** The bytes of a saved image: a part of an .mhtml file, a file inside the page's folder, or a data: URI. */
function savedImage(src: string, pageDir: string, resources?: ReadonlyMap<string, Buffer>): Buffer | undefined {
  const part = resources?.get(src);
  if (part) return part;
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

/** `resources`: the images of a page saved as one .mhtml file, by address. */
export function importWechat(html: string, pagePath: string, content: Content, options: DraftOptions, resources?: ReadonlyMap<string, Buffer>): MediaDraft[] {
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

  // Videos and audio are not kept (the site's bodies have none): say so.
  const videos = body.querySelectorAll('iframe.video_iframe, iframe[data-mpvid], mpvideo, mp-common-videosnap, video, iframe[data-src*="v.qq.com"], iframe[src*="v.qq.com"]');
  const audios = body.querySelectorAll('mpvoice, mp-common-mpaudio, audio');

  const all = htmlBlocks(body);
  const blockText = (b: Block) => (b.kind === 'p' || b.kind === 'h' ? b.text.replace(/\*\*/g, '') : '');
  const isText = (b: Block): b is Extract<Block, { kind: 'p' | 'h' }> => b.kind === 'p' || b.kind === 'h';
  // Under a photo, 图：施工现场 is its caption, not a credit.
  const underPhoto = (i: number) => {
    const prev = all[i - 1];
    return prev?.kind === 'img' && !decorative(prev);
  };
  const colonCredits = all.map((b, i) => {
    const parts = isText(b) ? parseCredits(b.text) : undefined;
    return parts && underPhoto(i) && parts.every((p) => BYLINE_WORDS.has(p.word)) ? undefined : parts;
  });
  const bylines = all.map((b) => (isText(b) ? parseReporterLine(blockText(b)) : undefined));
  // The account's tail: after the last paragraph of the article, everything (credits, a byline, QR codes, follow prompts, dividers) is the account's.
  let tail = all.length;
  while (tail > 0 && (all[tail - 1]!.kind === 'img' || isBoilerplate(all[tail - 1]!) || colonCredits[tail - 1] !== undefined || bylines[tail - 1] !== undefined)) tail -= 1;
  // A byline without colons (记者 李森 通讯员 张修阳) is read as credits at the end; at the top it is the title block's.
  const credits = all.map((_, i) => {
    const byline = i >= tail ? bylines[i] : undefined;
    return colonCredits[i] ?? (byline ? [...byline.reporters.map((value) => ({ word: byline.roles?.[0] ?? '记者', value })), ...byline.correspondents.map((value) => ({ word: '通讯员', value }))] : undefined);
  });
  // A QR code: an image next to a line asking to scan or long-press it.
  const nearQr = (i: number) => [all[i - 1], all[i + 1]].some((b) => b !== undefined && /二维码|扫码|长按识别/u.test(blockText(b)));
  const drop = all.map((b, i) => {
    if (b.kind === 'img') return isBoilerplate(b) || decorative(b) || nearQr(i) || i >= tail;
    return isBoilerplate(b) || credits[i] !== undefined;
  });
  const dropped = all.filter((_, i) => drop[i]);
  const blocks = all.filter((_, i) => !drop[i]);
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
  // Credits: byline words fill an empty byline; an editor and a source are offered; the rest is listed.
  const parts = credits.flatMap((c) => c ?? []);
  const byline = parts.filter((p) => BYLINE_WORDS.has(p.word));
  if (byline.length > 0 && raw.reporters.length + raw.correspondents.length === 0) {
    for (const p of byline) {
      const names = p.value.split(/[\s、，,]+/u).filter((n) => /^[\p{Script=Han}·]{2,4}$/u.test(n));
      (p.word === '通讯员' ? raw.correspondents : raw.reporters).push(...names);
    }
    const roles = [...new Set(byline.map((p) => p.word).filter((w) => w !== '记者' && w !== '通讯员'))].map((w) => w.replace(/^(文|图)(图|文)$/u, '$1/$2'));
    if (roles.length > 0) raw.notes.push(bylineRolesNote(byline.map((p) => `${p.word}：${p.value}`).join(' '), roles));
  }
  for (const p of parts.filter((x) => ['编辑', '责任编辑', '责编'].includes(x.word))) {
    raw.notes.push(`公众号写的“${p.word}：${p.value}”：若是这篇的责任编辑，可在文章信息里加一行 editor: ${p.value}`);
  }
  for (const p of parts.filter((x) => x.word === '来源' || x.word === '稿件来源')) {
    if (p.value !== raw.source) raw.notes.push(`公众号写的“来源：${p.value}”：source 现在是“${raw.source ?? ''}”，若应以“${p.value}”为来源，请改 source`);
  }
  // A byline written as credits (文字：… 图片：…) went into the byline, not away: it is not listed as dropped.
  const bylineOnly = all.map((_, i) => credits[i] !== undefined && credits[i]!.every((p) => BYLINE_WORDS.has(p.word)));
  const droppedText = all.filter((b, i) => drop[i] && b.kind !== 'img' && !bylineOnly[i]).map(blockText);
  const droppedImages = dropped.filter((b) => b.kind === 'img').length;
  if (dropped.length > 0) {
    raw.notes.push(`删去了公众号的固定内容${droppedText.length ? `：${droppedText.map((t) => `“${t}”`).join('、')}` : ''}${droppedImages ? `${droppedText.length ? '，' : '：'}${droppedImages} 张二维码、动图或装饰图片` : ''}（若删错了请加回）`);
  }
  if (videos.length + audios.length > 0) {
    const what = [videos.length ? `${videos.length} 段视频` : '', audios.length ? `${audios.length} 段音频` : ''].filter(Boolean).join('、');
    raw.notes.push(`原文里有 ${what}，没有导入（本站正文不放视频和音频）：需要时请在正文里用文字说明，或另行处理`);
  }
  const [draft] = buildDrafts([raw], content, options);
  const pageDir = dirname(resolve(pagePath));
  const media = images.map((p, i) => {
    const block = blocks[p.block] as Extract<Block, { kind: 'img' }>;
    const bytes = savedImage(block.src, pageDir, resources) ?? (block.dataSrc ? resources?.get(block.dataSrc) : undefined);
    return {
      token: p.token,
      bytes,
      note: bytes ? undefined : `第 ${i + 1} 张图片在保存的文件夹里找不到（网页没有存下这张图）：已从正文删去。请在浏览器里打开原文，右键另存这张图片放进 content/media/，再加回正文`,
    };
  });
  return [{ draft: draft!, media }];
}
