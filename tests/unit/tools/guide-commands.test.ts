/**
 * Every command the editor guide shows (```sh / ```bat / ```powershell
 * blocks, and `npm …` / `git …` in inline code) is one line that cmd and
 * PowerShell accept as it is, and is a valid command for the current
 * tools: npm scripts exist, `--` comes before the options, each tool's own
 * argument parser accepts them (`… --help` exits 0), and the ones an
 * editor runs are run for real, with npm, in a copy of the project; the
 * git commands are run in order against a real (local) repository.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { makeDocx, makeWechatPage } from './import-fixtures.ts';
import { ROOT } from './support.ts';

const GUIDE = readFileSync(join(ROOT, 'docs/编辑指南.md'), 'utf8');
const SHELL_BLOCKS = new Set(['sh', 'bat', 'cmd', 'powershell', 'ps1', 'shell']);

/** The guide's commands, in document order, with where each was found. */
function guideCommands(markdown: string): { command: string; where: string }[] {
  const tree = unified().use(remarkParse).parse(markdown) as Root;
  const out: { command: string; where: string }[] = [];
  visit(tree, (node) => {
    const line = node.position?.start.line ?? 0;
    if (node.type === 'code' && SHELL_BLOCKS.has(node.lang ?? '')) {
      node.value.split('\n').forEach((l, i) => {
        if (l.trim() && !l.trim().startsWith('#')) out.push({ command: l, where: `第 ${line + 1 + i} 行（代码块）` });
      });
    }
    // Inline code that names a command in passing (`npm run`, `npm run …`) is not an example to run.
    if (node.type === 'inlineCode' && /^(?:npm|git) \S/.test(node.value) && !node.value.includes('…') && node.value !== 'npm run') out.push({ command: node.value, where: `第 ${line} 行` });
  });
  return out;
}

/**
 * Split a command line as cmd.exe and PowerShell both would: words
 * separated by spaces, double quotes around a word with spaces. Anything
 * that only a Unix shell understands is refused.
 */
function windowsWords(command: string): string[] {
  if (/\\\s*$|\^\s*$|`\s*$/.test(command)) throw new Error(`行尾有续行符号（\\、^ 或 \`），cmd 和 PowerShell 不认：${command}`);
  if (/'/.test(command)) throw new Error(`用了单引号，cmd 不认，请改用英文双引号：${command}`);
  if (/&&|\|\||[|<>;$%]/.test(command)) throw new Error(`用了 cmd 和 PowerShell 理解不同的符号（&& | < > ; $ %）：${command}`);
  if (/[“”]/.test(command.replace(/"[^"]*"/g, ''))) throw new Error(`引号外面有中文引号，终端不认：${command}`);
  const words: string[] = [];
  const re = /"([^"]*)"|(\S+)/g;
  if ((command.match(/"/g) ?? []).length % 2 !== 0) throw new Error(`英文双引号不成对：${command}`);
  for (const m of command.trim().matchAll(re)) words.push(m[1] ?? m[2]!);
  return words;
}

const COMMANDS = guideCommands(GUIDE);
const PACKAGE = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
/** The npm scripts that parse their options with node:util parseArgs and answer `--help`. */
const TOOLS = new Set(['new', 'import', 'lint:content', 'guide:tables']);
/** Tools an editor runs that change nothing outside the project copy: run for real. */
const RUN_FOR_REAL = new Set(['new', 'import', 'lint:content']);

/** A copy of the project an editor would have: package.json, the real content, the code linked. */
function projectCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'shizhong-guide-'));
  cpSync(join(ROOT, 'package.json'), join(dir, 'package.json'));
  cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
  for (const linked of ['node_modules', 'scripts', 'src', 'tests']) symlinkSync(join(ROOT, linked), join(dir, linked));
  return dir;
}

/** The tools read ./content, as on an editor's computer. */
const withoutContentDir = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'SHIZHONG_CONTENT_DIR'));

function npm(args: readonly string[], cwd: string): SpawnSyncReturns<string> {
  return spawnSync('npm', [...args], { cwd, encoding: 'utf8', input: '', timeout: 120_000, env: withoutContentDir });
}

describe('the editor guide’s commands', () => {
  it('are found (the guide shows npm run new, import, lint:content, dev, guide:tables and the git steps)', () => {
    const all = COMMANDS.map((c) => c.command).join('\n');
    for (const expected of ['npm install', 'npm run new -- --title', 'npm run new -- --translate', 'npm run import -- ', 'npm run lint:content', 'npm run dev', 'npm run guide:tables -- --write', 'git clone', 'git commit -m', 'git push']) {
      expect(all, expected).toContain(expected);
    }
  });

  it('are each one line that cmd and PowerShell accept as it is', () => {
    const problems: string[] = [];
    for (const { command, where } of COMMANDS) {
      try {
        windowsWords(command);
      } catch (e) {
        problems.push(`${where}：${(e as Error).message}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('would refuse what cmd or PowerShell cannot run', () => {
    expect(() => windowsWords('npm run new -- --title "x" \\')).toThrow(/续行/);
    expect(() => windowsWords("npm run new -- --title 'x y'")).toThrow(/单引号/);
    expect(() => windowsWords('npm install && npm run build')).toThrow(/&&/);
    expect(windowsWords('npm run new -- --title "走千家访万户 听民声办实事" --type report')).toEqual(['npm', 'run', 'new', '--', '--title', '走千家访万户 听民声办实事', '--type', 'report']);
  });

  it('npm: scripts that exist, with -- before any option, accepted by the tool’s own parser, and run for real in a copy of the project', async () => {
    const project = projectCopy();
    const seed = readFileSync(join(ROOT, 'tests/fixtures/seeds/004_9eda33c280430bcd.txt'), 'utf8');
    const problems: string[] = [];
    const seen = new Set<string>();
    for (const { command, where } of COMMANDS) {
      const words = windowsWords(command);
      if (words[0] !== 'npm' || seen.has(command)) continue;
      seen.add(command);
      const fail = (why: string) => problems.push(`${where} ${command}：${why}`);
      if (words[1] === 'install') {
        if (words.length > 2) fail('npm install 后面不应有别的内容');
        continue;
      }
      if (words[1] !== 'run') {
        fail('只认 npm install 和 npm run …');
        continue;
      }
      const script = words[2] ?? '';
      if (!(script in PACKAGE.scripts)) {
        fail(`package.json 里没有 ${script} 这个命令`);
        continue;
      }
      const args = words.slice(3);
      if (args.length > 0 && args[0] !== '--') {
        fail('选项前面要有单独的 --，否则 npm 会把选项拿走');
        continue;
      }
      if (!TOOLS.has(script)) {
        if (args.length > 0) fail(`${script} 的选项本测试还不会检查：请在测试里补上`);
        continue;
      }
      if (!RUN_FOR_REAL.has(script) || args.length === 0) {
        // The tool's own parser: the same options plus --help must be accepted (exit 2 when not).
        const parsed = npm(['run', '--silent', script, '--', ...args.slice(1), '--help'], project);
        if (parsed.status !== 0) fail(`工具不接受这些选项（退出码 ${parsed.status}）：${parsed.stderr.trim().split('\n')[0]}`);
        continue;
      }
      // Run it as the editor would (its parser refuses bad options with exit 2): an import needs its file, a new translation its original without one.
      for (const w of args) {
        if (w.endsWith('.txt')) writeFileSync(join(project, w), seed);
        // A Word file and a saved WeChat page (with its _files folder), made as the importer's own tests make them.
        if (w.endsWith('.docx')) writeFileSync(join(project, w), await makeDocx());
        if (w.endsWith('.html')) {
          const saved = await makeWechatPage();
          cpSync(saved.dir, project, { recursive: true });
          renameSync(join(project, basename(saved.page)), join(project, w));
        }
      }
      const translate = args.indexOf('--translate');
      if (translate !== -1) {
        const slug = args[translate + 1] ?? '';
        for (const year of ['2023', '2024']) rmSync(join(project, 'content/articles', year, `${slug}.en.md`), { force: true });
      }
      const run = npm(['run', '--silent', script, ...args], project);
      if (run.status !== 0) fail(`运行失败（退出码 ${run.status}）：${`${run.stderr}\n${run.stdout}`.trim().split('\n').slice(0, 3).join(' ')}`);
    }
    expect(problems).toEqual([]);
    expect(seen.size).toBeGreaterThanOrEqual(8);
    // The examples did what the guide says: a new article and a translation in the copy.
    expect(existsSync(join(project, 'content/articles/2023/kuangqu-subdistrict-chen-yan.en.md'))).toBe(true);
  }, 300_000);

  it('git: the guide’s steps, run in order, set the name, clone, pull, commit and push to a real repository', () => {
    const base = mkdtempSync(join(tmpdir(), 'shizhong-git-'));
    const home = join(base, 'home');
    mkdirSync(home);
    const env: NodeJS.ProcessEnv = { ...process.env, HOME: home, USERPROFILE: home, GIT_CONFIG_NOSYSTEM: '1', GIT_TERMINAL_PROMPT: '0' };
    for (const k of ['GIT_AUTHOR_NAME', 'GIT_AUTHOR_EMAIL', 'GIT_COMMITTER_NAME', 'GIT_COMMITTER_EMAIL', 'GIT_DIR', 'GIT_WORK_TREE']) delete env[k];
    const git = (args: readonly string[], cwd: string) => spawnSync('git', [...args], { cwd, env, encoding: 'utf8', timeout: 60_000 });
    // The "server": a bare repository with one commit of a content folder.
    const seed = join(base, 'seed');
    mkdirSync(join(seed, 'content/articles/2024'), { recursive: true });
    writeFileSync(join(seed, 'content/articles/2024/.keep'), '');
    expect(git(['init', '-q', '-b', 'main', seed], base).status).toBe(0);
    expect(git(['-c', 'user.name=seed', '-c', 'user.email=seed@example.com', '-C', seed, 'add', '.'], base).status).toBe(0);
    expect(git(['-c', 'user.name=seed', '-c', 'user.email=seed@example.com', '-C', seed, 'commit', '-q', '-m', 'seed'], base).status).toBe(0);
    const remote = join(base, 'remote.git');
    expect(git(['clone', '-q', '--bare', seed, remote], base).status).toBe(0);

    let cwd = base;
    let message = '';
    const steps = COMMANDS.map((c) => ({ ...c, words: windowsWords(c.command) }))
      // The steps are the code blocks; `git …` in the text only names them.
      .filter((c) => c.words[0] === 'git' && c.where.includes('代码块'));
    expect(steps.map((s) => s.words[1])).toEqual(['config', 'config', 'clone', 'pull', 'add', 'commit', 'push']);
    for (const { command, where, words } of steps) {
      const args = words.slice(1).map((w) => (w === '仓库地址' ? remote : w));
      if (args[0] === 'add') writeFileSync(join(cwd, 'content/articles/2024/mengzhuang-town-signing.md'), '---\ntitle: "孟庄镇新签约项目3个"\n---\n');
      if (args[0] === 'commit') message = args[args.indexOf('-m') + 1] ?? '';
      const r = git(args, cwd);
      expect(r.status, `${where} ${command}\n${r.stderr}`).toBe(0);
      if (args[0] === 'clone') cwd = join(cwd, args[2] ?? '');
    }
    const pushed = git(['--git-dir', remote, 'log', '-1', '--format=%s|%an'], base).stdout.trim();
    expect(pushed).toBe(`${message}|王小明`);
  });
});
