/**
 * What a finished build must hold before it replaces the published site:
 * the home pages, the 404 page, the search index, and a page for every
 * article that is to be published (so no article goes missing silently),
 * with no replacement character (�) in any article page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { calendarDateFromValue } from '../../../src/lib/calendar-date.ts';
import { href } from '../../../src/lib/urls.ts';
import type { Locale } from '../../../src/i18n/locales.ts';
import { displayPath, type Content } from '../shared/content.ts';

/** A built page's file in `dir` for a site path (`/en/articles/x/` → en/articles/x/index.html). */
function fileOf(dir: string, path: string): string {
  return join(dir, decodeURIComponent(path), path.endsWith('/') ? 'index.html' : '');
}

/** An article page the build must produce. */
export interface ExpectedPage {
  /** The article file, as shown to editors. */
  file: string;
  /** Its absolute path. */
  source: string;
  /** Its site path, e.g. /en/articles/x/. */
  path: string;
}

/** The page of every article that is to be published: not a draft, not scheduled for a later day. */
export function expectedArticlePages(content: Content, today: string): ExpectedPage[] {
  const pages: ExpectedPage[] = [];
  for (const a of content.articles) {
    const data = a.fm.data;
    if (!data || data.draft === true) continue;
    const date = calendarDateFromValue(data.date);
    if (data.scheduled === true && date.ok && date.iso > today) continue;
    const locale: Locale = data.lang === 'en' ? 'en' : 'zh-CN';
    pages.push({ file: displayPath(a.path), source: a.path, path: href(locale, { to: 'article', slug: a.slug }) });
  }
  return pages;
}

/** The problems of a built site, in Chinese, one per line (empty when it is whole). */
export function checkBuiltSite(dir: string, pages: readonly ExpectedPage[]): string[] {
  const problems: string[] = [];
  for (const [file, what] of [
    ['index.html', '首页'],
    ['en/index.html', '英文首页'],
    ['404.html', '“找不到网页”页面'],
    ['pagefind', '搜索索引'],
  ] as const) {
    if (!existsSync(join(dir, file))) problems.push(`建好的网站里没有${what}（${file}）。`);
  }
  for (const { file: source, path } of pages) {
    const file = fileOf(dir, path);
    if (!existsSync(file)) {
      problems.push(`${source}：这篇文章应当发布在 ${path}，但建好的网站里没有这个网页。`);
      continue;
    }
    const html = readFileSync(file, 'utf8');
    const at = html.indexOf('\uFFFD');
    if (at !== -1) {
      problems.push(`${source}：网页 ${path} 里有乱码字符“�”（…${html.slice(Math.max(0, at - 20), at + 5).replace(/<[^>]*>/g, '')}…）。请检查文件的编码（要存为 UTF-8）。`);
    }
  }
  return problems;
}
