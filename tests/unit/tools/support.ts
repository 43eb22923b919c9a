/**
 * Temporary content folders for the tool tests: small data files and the
 * articles a test needs, in a fresh directory under the system temp dir.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { articleFile, ROOT, writeFiles } from '../../support/fixtures.ts';

export { ROOT };

export const DEPARTMENTS = `- id: test-town
  kind: town
  name: { zh: 测试镇, en: Test Town }
  aliases: []
- id: test-bureau
  kind: district-department
  name: { zh: 区测试局, en: District Test Bureau }
  aliases: [区测局]
`;
/** The departments the importer tests' texts name (bylines, 单位 lines, aliases such as 区卫健局). */
export const IMPORT_DEPARTMENTS = `- id: zhangzhuang-town
  kind: town
  name: { zh: 张庄镇, en: Zhangzhuang Town }
- id: health-bureau
  kind: district-department
  name: { zh: 区卫生健康局, en: District Health Bureau }
  aliases: [区卫健局]
- id: education-bureau
  kind: district-department
  name: { zh: 区教育和体育局, en: District Education and Sports Bureau }
  aliases: [区教体局]
- id: culture-bureau
  kind: district-department
  name: { zh: 区文化和旅游局, en: District Culture and Tourism Bureau }
  aliases: [区文旅局]
- id: qingtan-subdistrict
  kind: subdistrict
  name: { zh: 青檀街道, en: Qingtan Subdistrict }
- id: mengzhuang-town
  kind: town
  name: { zh: 孟庄镇, en: Mengzhuang Town }
- id: shuiguo-town
  kind: town
  name: { zh: 税郭镇, en: Shuiguo Town }
- id: science-bureau
  kind: district-department
  name: { zh: 区科学技术局, en: District Science and Technology Bureau }
- id: longshanlu-subdistrict
  kind: subdistrict
  name: { zh: 龙山路街道, en: Longshanlu Subdistrict }
`;
export const TOPICS = `- id: test-topic
  name: { zh: 招商引资, en: Investment Promotion }
  description: { zh: 招引项目和企业落户。, en: Attracting projects. }
- id: other-topic
  name: { zh: 民生服务, en: Public Services }
`;
export const COLUMNS = `- id: test-column
  name: { zh: 测试栏目, en: Test Column }
`;

/** An article file with the given frontmatter lines and body. */
export const article = articleFile;

export const GOOD = article('title: 一篇正常的测试文章\ncolumn: test-column\ntype: report\ndate: 2024-03-01\ndepartments: [test-town]\ntopics: [test-topic]');

/** A content folder with the data files (overridable) and the given files (paths relative to it). */
export function makeContent(files: Record<string, string> = {}, data: { departments?: string; topics?: string; columns?: string } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'shizhong-tools-'));
  const all: Record<string, string> = {
    'departments.yaml': data.departments ?? DEPARTMENTS,
    'topics.yaml': data.topics ?? TOPICS,
    'columns.yaml': data.columns ?? COLUMNS,
    ...files,
  };
  writeFiles(dir, all);
  return dir;
}

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
  output: string;
}

/** Run one of the tools as `npm run` does (Node 24 from node_modules, project root as cwd). */
export function runTool(script: 'new' | 'import' | 'lint-content', args: readonly string[], contentDir: string, input?: string): RunResult {
  const node = join(ROOT, 'node_modules/.bin/node');
  const env: NodeJS.ProcessEnv = { ...process.env, SHIZHONG_CONTENT_DIR: contentDir };
  const r = spawnSync(node, [join(ROOT, 'scripts', `${script}.ts`), ...args], { cwd: ROOT, env, encoding: 'utf8', input: input ?? '', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, output: `${r.stdout}\n${r.stderr}` };
}
