/**
 * `npm run import` as an editor runs it, on a .docx, a saved WeChat page
 * (given as its folder) and a re-wrapped OCR page, into a temporary content
 * folder: exit code, the files written (drafts and images), their
 * frontmatter read back with a YAML parser, image paths that resolve to the
 * saved files, and `npm run lint:content` passing with warnings only.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { INVENTED } from '../../../scripts/lib/import-closeness/invented.ts';
import { renderPage } from '../../../scripts/lib/import-closeness/layouts.ts';
import { DOCX_TEXT, makeDocx, makeWechatPage, WECHAT_TEXT } from './import-fixtures.ts';
import { IMPORT_DEPARTMENTS, makeContent, runTool } from './support.ts';

function drafts(dir: string): Array<{ path: string; fm: Record<string, unknown>; body: string }> {
  const root = join(dir, 'articles');
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .map((f) => {
      const path = join(root, f);
      const [, yaml, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/u.exec(readFileSync(path, 'utf8'))!;
      return { path, fm: parseYaml(yaml!) as Record<string, unknown>, body: body! };
    });
}

/** Every image of a body, resolved from the draft's folder. */
const images = (d: { path: string; body: string }) => [...d.body.matchAll(/!\[([^\]]+)\]\(([^)]+)\)/gu)].map((m) => ({ alt: m[1]!, file: resolve(dirname(d.path), m[2]!) }));

describe('npm run import on what departments send', async () => {
  const inputs = mkdtempSync(join(tmpdir(), 'shizhong-inputs-'));
  const docx = join(inputs, '张庄镇稿件.docx');
  writeFileSync(docx, await makeDocx());
  const wechat = await makeWechatPage();
  const ocr = join(inputs, '第3版.txt');
  writeFileSync(ocr, renderPage(INVENTED, { name: 'narrow', width: 14, headline: 'last', blanks: 'none' }));

  it('a .docx: exit 0, one draft with its title block in the frontmatter and its photo in media/<year>/', () => {
    const dir = makeContent({}, { departments: IMPORT_DEPARTMENTS });
    const r = runTool('import', [docx, '--date', '2024-03-01'], dir);
    expect(r.status, r.output).toBe(0);
    const [d, ...rest] = drafts(dir);
    expect(rest).toHaveLength(0);
    expect(d!.path).toBe(join(dir, 'articles/2024/zhangzhuang-town-wang-xiao-ming.md'));
    expect(d!.fm).toMatchObject({ title: DOCX_TEXT.title, kicker: '张庄镇', subtitle: DOCX_TEXT.subtitle, type: 'interview', reporters: ['赵一'], correspondents: ['钱二'], departments: ['zhangzhuang-town'], draft: true });
    expect(d!.body).toContain(`**${DOCX_TEXT.boldLead}**${DOCX_TEXT.boldRest}`);
    const [img] = images(d!);
    expect(img).toEqual({ alt: DOCX_TEXT.caption, file: join(dir, 'media/2024/zhangzhuang-town-wang-xiao-ming-1.png') });
    expect(readFileSync(img!.file).subarray(1, 4).toString()).toBe('PNG');
    expect(r.stdout).toContain('图片：');
  });

  it('a saved WeChat page, given as its folder: exit 0, title, account, day, the photo copied, no WeChat host anywhere', () => {
    const dir = makeContent({}, { departments: IMPORT_DEPARTMENTS });
    const r = runTool('import', [wechat.dir], dir);
    expect(r.status, r.output).toBe(0);
    const [d] = drafts(dir);
    expect(d!.fm).toMatchObject({ title: WECHAT_TEXT.title, date: '2024-03-05', dateSource: 'article', source: WECHAT_TEXT.account, departments: ['health-bureau'] });
    const [img] = images(d!);
    expect(readFileSync(img!.file)).toEqual(readFileSync(join(wechat.dir, '老旧小区改造_files/640.png')));
    expect(readFileSync(d!.path, 'utf8')).not.toMatch(/mmbiz|qpic|https?:/u);
    expect(d!.body).not.toMatch(/关注我们|二维码|在看/u);
    expect(readdirSync(join(dir, 'media/2024'))).toHaveLength(1);
  });

  it('a re-wrapped OCR page (14 wide, headlines after the bodies, no blank lines): one draft per article', () => {
    const dir = makeContent({}, { departments: IMPORT_DEPARTMENTS });
    const r = runTool('import', [ocr, '--date', '2024-03-01'], dir);
    expect(r.status, r.output).toBe(0);
    expect(r.stdout).toContain(`找到 ${INVENTED.length} 篇文章`);
    const found = drafts(dir).map((d) => d.fm.title).sort();
    expect(found).toEqual(INVENTED.map((a) => a.data.title).sort());
    expect(r.stdout).toMatch(/待核对：第 \d+ 行“.+”当作标题（.+），它印在正文后面/u);
  });

  it('the drafts pass npm run lint:content with warnings only (the 待核对 lines)', { timeout: 60_000 }, () => {
    const dir = makeContent({}, { departments: IMPORT_DEPARTMENTS });
    for (const input of [docx, wechat.dir, ocr]) expect(runTool('import', [input, '--date', '2024-03-01'], dir).status).toBe(0);
    const lint = runTool('lint-content', [], dir);
    expect(lint.status, lint.output).toBe(0);
    expect(lint.stdout).toContain('[import-check]');
  });

  it('--dry-run writes neither drafts nor images', () => {
    const dir = makeContent({}, { departments: IMPORT_DEPARTMENTS });
    const r = runTool('import', [docx, '--dry-run', '--date', '2024-03-01'], dir);
    expect(r.status, r.output).toBe(0);
    expect(existsSync(join(dir, 'articles'))).toBe(false);
    expect(existsSync(join(dir, 'media'))).toBe(false);
  });
});
