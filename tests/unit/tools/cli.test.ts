/**
 * The three tools run as processes, the way `npm run …` runs them, on
 * temporary content folders (SHIZHONG_CONTENT_DIR): exit codes and messages.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { article, GOOD, makeContent, runTool } from './support.ts';

describe('npm run lint:content', () => {
  it('exits 0 and says so when the content is clean', () => {
    const r = runTool('lint-content', [], makeContent({ 'articles/2024/good.md': GOOD }));
    expect(r.status, r.output).toBe(0);
    expect(r.stdout).toContain('0 个错误');
    expect(r.stdout).toContain('content check passed');
  });

  it('exits 1 on an error, naming file, line, rule and the fix', () => {
    const dir = makeContent({ 'articles/2024/bad.md': article('title: 标题\ntype: report\ndate: 2024-03-01\ndepartments: [no-such-town]', '中文,句子。') });
    const r = runTool('lint-content', [], dir);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/articles\/2024\/bad\.md:5 {2}错误 \[unknown-reference\] 字段 departments\[0\] 的值 “no-such-town” 不存在/);
    expect(r.stdout).toMatch(/bad\.md:8 {2}错误 \[half-width-punctuation\].*全角“，”/);
    expect(r.stderr).toContain('2 个错误');
  });

  it('exits 0 on warnings only', () => {
    const r = runTool('lint-content', [], makeContent({ 'articles/2024/x.md': article('title: 标题\ntype: report\ndate: 2024-03-01\ndepartments: [test-town]', '硬换行的\n中文段落。') }));
    expect(r.status, r.output).toBe(0);
    expect(r.stdout).toContain('警告 [hard-wrap]');
  });

  it('fails on a date in the future by the machine’s clock, and --today moves the clock', () => {
    // Next year: a later one is refused as a typo whatever the day (see calendar-date.ts).
    const year = new Date().getUTCFullYear() + 1;
    const dir = makeContent({ [`articles/${year}/x.md`]: article(`title: 标题\ntype: report\ndate: ${year}-12-31\ndepartments: [test-town]`) });
    const r = runTool('lint-content', [], dir);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('[future-date]');
    expect(runTool('lint-content', ['--today', `${year}-12-31`], dir).status).toBe(0);
  });

  it('rejects an unknown option with exit code 2', () => {
    expect(runTool('lint-content', ['--nope'], makeContent()).status).toBe(2);
  });

  it('says in Chinese that a fault of its own is not the content’s, with the log’s path, and shows no stack trace', () => {
    // articles/ is a file, not a folder: nothing an editor can do from the message but pass it on.
    const dir = makeContent();
    rmSync(join(dir, 'articles'), { recursive: true, force: true });
    writeFileSync(join(dir, 'articles'), '');
    const r = runTool('lint-content', [], dir);
    expect(r.status, r.output).toBe(70);
    const [first, second] = r.stderr.trim().split('\n');
    expect(first).toMatch(/^出错了：npm run lint:content 自身出了故障（这是工具的问题，不是稿件写错了）：ENOTDIR/);
    const log = /详细信息已写入 (\S+\.log)，请把这个文件发给技术人员。/.exec(second ?? '')?.[1];
    expect(log && readFileSync(log, 'utf8')).toMatch(/\n\s+at /);
    expect(r.output).not.toMatch(/\n\s+at /);
  });
});

describe('npm run new', () => {
  const flags = ['--title', '走千家访万户 听民声办实事', '--type', 'report', '--date', '2024-03-01', '--departments', 'test-town', '--topics', '招商引资', '--column', 'test-column'];

  it('writes a well-formed file at the right path that passes lint', () => {
    const dir = makeContent();
    const r = runTool('new', [...flags, '--slug', 'home-visits'], dir);
    expect(r.status, r.output).toBe(0);
    const file = join(dir, 'articles/2024/home-visits.md');
    expect(r.stdout).toContain('articles/2024/home-visits.md');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('title: "走千家访万户 听民声办实事"');
    expect(text).toContain('topics:\n  - "test-topic"');
    const lint = runTool('lint-content', [], dir);
    expect(lint.status, lint.output).toBe(0);
    expect(lint.stdout).toContain('0 个错误');
  });

  it('makes an ASCII slug from the department and the pinyin of the title or speaker, unique across years', () => {
    const dir = makeContent({ 'articles/2023/test-town-zou-qian-jia-fang.md': GOOD.replace('2024-03-01', '2023-03-01') });
    const r = runTool('new', flags, dir);
    expect(r.status, r.output).toBe(0);
    expect(existsSync(join(dir, 'articles/2024/test-town-zou-qian-jia-fang-2.md'))).toBe(true);
    const s = runTool('new', [...flags, '--speaker', '单雄信', '--speaker-role', '镇长'], dir);
    expect(existsSync(join(dir, 'articles/2024/test-town-shan-xiong-xin.md')), s.output).toBe(true);
  });

  it('refuses unknown ids and lists the known ones with their Chinese names', () => {
    const r = runTool('new', ['--title', '标题', '--type', 'reprot', '--departments', 'no-such-town'], makeContent());
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('不认识的类型“reprot”');
    expect(r.stderr).toContain('是不是 report');
    expect(r.stderr).toContain('不认识的部门“no-such-town”');
    expect(r.stderr).toContain('test-town（测试镇）');
  });

  it('refuses a duplicate slug', () => {
    const dir = makeContent({ 'articles/2023/taken.md': GOOD.replace('2024-03-01', '2023-03-01') });
    const r = runTool('new', [...flags, '--slug', 'taken'], dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('“taken”已经有文章在用了');
  });

  it('without a terminal, does not wait for answers: it says which flags are missing', () => {
    const r = runTool('new', ['--type', 'report'], makeContent());
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('缺少标题');
    expect(r.stderr).toContain('缺少部门');
  });

  it('starts an English translation beside its original', () => {
    const dir = makeContent({ 'articles/2024/good.md': GOOD });
    const r = runTool('new', ['--translate', 'good', '--title', 'A good test article'], dir);
    expect(r.status, r.output).toBe(0);
    const text = readFileSync(join(dir, 'articles/2024/good.en.md'), 'utf8');
    expect(text).toContain('lang: en\ntranslationOf: good');
    expect(text).toContain('column: test-column');
    expect(runTool('lint-content', [], dir).status).toBe(0);
  });

  it('--list shows every id with its Chinese name', () => {
    const r = runTool('new', ['--list'], makeContent());
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/test-town +测试镇/);
    expect(r.stdout).toMatch(/reflection +心得体会/);
  });
});

describe('npm run import', () => {
  const page = `今年以来，测试镇坚持以群众需求为导向，
推动招商引资工作，新签约项目 12 个，

总投资 35 亿元。

下一步，我们将继续努力。

招商引资开新局
——测试镇党委书记赵四
`;

  it('writes drafts with draft: true, prints what to check, and the drafts pass lint with warnings only', () => {
    const dir = makeContent();
    const source = join(mkdtempSync(join(tmpdir(), 'shizhong-import-')), 'page.txt');
    writeFileSync(source, page);
    const r = runTool('import', [source, '--date', '2024-03-01'], dir);
    expect(r.status, r.output).toBe(0);
    expect(r.stdout).toContain('找到 1 篇文章');
    expect(r.stdout).toContain('待核对');
    const file = join(dir, 'articles/2024/test-town-zhao-si.md');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('draft: true');
    expect(text).toContain('# 待核对：');
    expect(text).toContain('今年以来，测试镇坚持以群众需求为导向，推动招商引资工作，新签约项目12个，总投资35亿元。\n\n下一步，我们将继续努力。');
    const lint = runTool('lint-content', [], dir);
    expect(lint.status, lint.output).toBe(0);
    expect(lint.stdout).toContain('[import-check]');
  });

  it('--out writes outside the content folder; --dry-run writes nothing', () => {
    const dir = makeContent();
    const out = mkdtempSync(join(tmpdir(), 'shizhong-out-'));
    const source = join(out, 'page.txt');
    writeFileSync(source, page);
    expect(runTool('import', [source, '--dry-run'], dir).stdout).toContain('（未写入）');
    expect(existsSync(join(dir, 'articles'))).toBe(false);
    expect(runTool('import', [source, '--out', out, '--date', '2024-03-01'], dir).status).toBe(0);
    expect(existsSync(join(out, 'articles/2024/test-town-zhao-si.md'))).toBe(true);
  });

  it('exits non-zero with a message when the file is missing or not given', () => {
    const dir = makeContent();
    const missing = runTool('import', ['no-such-file.txt'], dir);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('找不到文件 no-such-file.txt');
    expect(runTool('import', [], dir).status).toBe(2);
  });
});
