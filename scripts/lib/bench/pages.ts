/**
 * What a reader downloads for one page: the HTML and the CSS and
 * JavaScript it references, each gzipped with zlib (as a static host
 * with gzip on sends them), and the JavaScript on the page, inline or
 * referenced (shared by the benchmarks).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { walk } from './files.ts';

export interface PageWeight {
  path: string;
  html: number;
  htmlGzip: number;
  /** HTML + referenced CSS + referenced JS, each gzipped. */
  totalGzip: number;
  css: string[];
  cssGzip: number;
  /** Referenced scripts (src=) and inline scripts. */
  scripts: string[];
  jsBytes: number;
  jsGzip: number;
  inlineJsBytes: number;
}

const gzipCache = new Map<string, { raw: number; gzip: number }>();

function assetSize(outDir: string, url: string): { raw: number; gzip: number } {
  const file = join(outDir, decodeURIComponent(url.split(/[?#]/)[0] ?? ''));
  let size = gzipCache.get(file);
  if (!size) {
    const body = existsSync(file) && statSync(file).isFile() ? readFileSync(file) : Buffer.alloc(0);
    size = { raw: body.length, gzip: body.length ? gzipSync(body).length : 0 };
    gzipCache.set(file, size);
  }
  return size;
}

const attr = (tag: string, name: string): string | undefined => new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)?.slice(1).find((x) => x !== undefined);

/** The weight of one built page (an index.html under outDir). */
export function pageWeight(outDir: string, file: string): PageWeight {
  const text = readFileSync(file);
  const html = text.toString('utf8');
  const css: string[] = [];
  const scripts: string[] = [];
  let cssGzip = 0;
  let jsBytes = 0;
  let jsGzip = 0;
  let inlineJsBytes = 0;
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = attr(tag, 'rel') ?? '';
    const href = attr(tag, 'href');
    if (!href || !href.startsWith('/')) continue;
    if (/\bstylesheet\b/i.test(rel)) {
      css.push(href);
      cssGzip += assetSize(outDir, href).gzip;
    } else if (/\bmodulepreload\b/i.test(rel)) {
      scripts.push(href);
      const s = assetSize(outDir, href);
      jsBytes += s.raw;
      jsGzip += s.gzip;
    }
  }
  for (const [, open, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const type = attr(open ?? '', 'type');
    if (type && !/module|javascript/i.test(type)) continue; // JSON-LD and other data blocks
    const src = attr(open ?? '', 'src');
    if (src) {
      if (scripts.includes(src)) continue;
      scripts.push(src);
      const s = assetSize(outDir, src);
      jsBytes += s.raw;
      jsGzip += s.gzip;
    } else if (body?.trim()) {
      scripts.push('(inline)');
      inlineJsBytes += Buffer.byteLength(body);
      jsBytes += Buffer.byteLength(body);
    }
  }
  const htmlGzip = gzipSync(text).length;
  return {
    path: `/${relative(outDir, file).replace(/index\.html$/, '')}`,
    html: text.length,
    htmlGzip,
    totalGzip: htmlGzip + cssGzip + jsGzip,
    css,
    cssGzip,
    scripts,
    jsBytes,
    jsGzip,
    inlineJsBytes,
  };
}

export interface OutputFigures {
  bytes: number;
  files: number;
  byArea: Record<string, { bytes: number; files: number }>;
}

/** The size of the built site, by top-level area (articles, lists, pagefind, share, assets…). */
export function measureOutput(outDir: string): OutputFigures {
  const byArea: OutputFigures['byArea'] = {};
  let bytes = 0;
  const files = walk(outDir);
  for (const file of files) {
    const rel = relative(outDir, file).replace(/^en\//, '');
    const top = rel.includes('/') ? rel.slice(0, rel.indexOf('/')) : '(root files)';
    const size = statSync(file).size;
    bytes += size;
    byArea[top] ??= { bytes: 0, files: 0 };
    byArea[top].bytes += size;
    byArea[top].files += 1;
  }
  return { bytes, files: files.length, byArea };
}

/** Every article page of the build, both languages. */
export function articlePages(outDir: string): string[] {
  return ['articles', 'en/articles'].flatMap((dir) => {
    const root = join(outDir, dir);
    return existsSync(root) ? walk(root).filter((f) => f.endsWith('/index.html') && f !== join(root, 'index.html')) : [];
  });
}

export interface ArticleWeights {
  count: number;
  median: PageWeight;
  largest: PageWeight;
  /** Gzipped totals at the median and the largest (by HTML+CSS+JS gzipped). */
  medianTotalGzip: number;
  largestTotalGzip: number;
  medianHtml: number;
  largestHtml: number;
}

/** The median and the largest article page, by HTML size and by gzipped transfer. */
export function measureArticles(outDir: string): ArticleWeights {
  const weights = articlePages(outDir).map((f) => pageWeight(outDir, f));
  if (weights.length === 0) throw new Error(`No article pages under ${outDir}`);
  const byHtml = [...weights].sort((a, b) => a.html - b.html);
  const byTotal = [...weights].sort((a, b) => a.totalGzip - b.totalGzip);
  const mid = (list: PageWeight[]) => list[Math.floor((list.length - 1) / 2)]!;
  return {
    count: weights.length,
    median: mid(byHtml),
    largest: byHtml.at(-1)!,
    medianHtml: mid(byHtml).html,
    largestHtml: byHtml.at(-1)!.html,
    medianTotalGzip: mid(byTotal).totalGzip,
    largestTotalGzip: byTotal.at(-1)!.totalGzip,
  };
}
