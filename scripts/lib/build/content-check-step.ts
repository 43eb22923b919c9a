/**
 * The first step of `npm run build`, in a process of its own (so that the
 * memory of reading every article is given back before Astro starts): the
 * checks of `npm run lint:content`. Errors go to stderr, one a line, the
 * first error first; warnings to stdout. It sends the build the list of
 * article pages the finished site must hold (see checks.ts), and exits 1
 * on any error.
 */
import { join, resolve } from 'node:path';
import { cacheDir, contentDir } from '../../../src/lib/env.ts';
import { countBySeverity, formatFinding } from '../lint/findings.ts';
import { siteToday } from '../../../src/lib/calendar-date.ts';
import { checkContent } from '../lint/full.ts';
import { reportToolFault } from '../shared/cli.ts';
import { expectedArticlePages } from './checks.ts';

const today = siteToday();
try {
  // Each article's own findings are kept in Astro's cache folder, by the file's content (../shared/file-cache.ts).
  const check = await checkContent(resolve(contentDir), { today, cacheFile: join(resolve(cacheDir), 'content-check.json') });
  const errors = check.findings.filter((f) => f.severity === 'error');
  for (const f of errors) console.error(formatFinding(f));
  for (const f of check.findings.filter((f) => f.severity === 'warning')) console.log(formatFinding(f));
  const counts = countBySeverity(check.findings);
  if (errors.length === 0) {
    const cached = check.cache ? `（${check.cache.hits} 篇未改动，沿用上次的检查结果）` : '';
    console.log(`内容检查通过：${check.content.articles.length} 篇文章，${counts.warning} 个警告。${cached}`);
    process.send?.({ pages: expectedArticlePages(check.content, today) });
  } else {
    process.send?.({ errors: counts.error });
  }
  process.exitCode = errors.length === 0 ? 0 : 1;
} catch (e) {
  process.exitCode = reportToolFault('build', e);
}
