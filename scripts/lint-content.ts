/**
 * npm run lint:content — check every article and data file under content/
 * (or SHIZHONG_CONTENT_DIR) and print what is wrong, with file and line.
 * Errors make it exit with 1; warnings and notes do not.
 *
 *   npm run lint:content
 *   npm run lint:content -- --quiet        only errors
 *   npm run lint:content -- --today 2024-03-01
 */
import { displayPath, contentDirFromEnv } from './lib/shared/content.ts';
import { countBySeverity, formatFinding } from './lib/lint/findings.ts';
import { checkContent } from './lib/lint/full.ts';
import { readCommandLine, reportToolFault } from './lib/shared/cli.ts';

const HELP = `用法：npm run lint:content [-- 选项]

检查 content/ 下所有文章和 departments.yaml、topics.yaml、columns.yaml、companies.yaml，
以及英文译文是否照译名表 glossary.yaml 和数据文件里的英文名翻译。
每条结果写明：文件:行号  级别 [规则] 哪里不对、怎么改。
“错误”必须改正（有错误时本命令失败，网站也不能发布）；“警告”建议改正；“提示”仅供知悉。

选项：
  --quiet, -q         只显示错误
  --today YYYY-MM-DD  把这一天当作今天（检查“日期在未来”时用）
  --help, -h          显示本说明

环境变量 SHIZHONG_CONTENT_DIR 可指定别的内容文件夹。`;

async function main(): Promise<number> {
  const cli = readCommandLine({ quiet: { type: 'boolean', short: 'q' }, today: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, HELP);
  if (typeof cli === 'number') return cli;
  const { values } = cli;
  if (values.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.today)) {
    console.error(`--today 要写成 YYYY-MM-DD，如 2024-03-01（收到的是“${values.today}”）`);
    return 2;
  }
  const dir = contentDirFromEnv();
  const { content, findings } = await checkContent(dir, values.today === undefined ? {} : { today: values.today });
  const shown = values.quiet ? findings.filter((f) => f.severity === 'error') : findings;
  for (const f of shown) console.log(formatFinding(f));
  const counts = countBySeverity(findings);
  const summary = `检查了 ${displayPath(dir)}：${content.articles.length} 篇文章，${content.departments.entries.length} 个部门，${content.topics.entries.length} 个主题，${content.columns.entries.length} 个栏目。`;
  const tally = `${counts.error} 个错误，${counts.warning} 个警告，${counts.info} 条提示。`;
  if (counts.error > 0) {
    console.error(`\n${summary}\n${tally}有错误，请按上面的说明改正后再提交（content check failed）。`);
    return 1;
  }
  console.log(`${shown.length > 0 ? '\n' : ''}${summary}\n${tally}${counts.warning > 0 ? '没有错误，警告建议改正。' : '没有问题。'}（content check passed）`);
  return 0;
}

process.exitCode = await main().catch((e: unknown) => reportToolFault('lint:content', e));
