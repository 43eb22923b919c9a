/**
 * What `npm run import` cannot read is refused with exit 1 and a plain
 * Chinese message naming the file and what to do; text in GB18030/GBK or
 * UTF-16 is converted to UTF-8, saying so. One line per bad input.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { makeContent, runTool } from './support.ts';

const dir = mkdtempSync(join(tmpdir(), 'shizhong-bad-import-'));
const file = (name: string, bytes: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};
const folder = (name: string, files: Record<string, string>) => {
  const path = join(dir, name);
  mkdirSync(path);
  for (const [f, t] of Object.entries(files)) writeFileSync(join(path, f), t);
  return path;
};
const jpeg = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#c00' } }).jpeg().toBuffer();
const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#0c0' } }).png().toBuffer();
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Array(504).fill(0)]);

/** [case, the path given to npm run import, its first message line with the path taken out]. */
const CASES: Array<[string, () => string, RegExp]> = [
  ['missing file', () => join(dir, 'no-such.txt'), /^找不到文件 ：请检查文件名/u],
  ['empty file', () => file('empty.txt', ''), /^：文件是空的（没有文字）/u],
  ['only blank lines and spaces', () => file('blank.txt', '\n\n  \u3000\n'), /^：文件是空的（没有文字）/u],
  ['folder without a saved page', () => folder('just-a-folder', { 'a.txt': '文字' }), /^：是一个文件夹，不是文件/u],
  ['folder with two pages', () => folder('two-pages', { 'a.html': '<p>', 'b.html': '<p>' }), /^：是一个文件夹，里面有 2 个网页（a\.html、b\.html）：请直接给出/u],
  ['binary file', () => file('data.txt', Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00])), /^：不是文字文件/u],
  ['JPEG photo', () => file('photo.jpg', jpeg), /^：这是图片，导入工具不识别图片里的字：请先用 OCR/u],
  ['PNG saved as .txt', () => file('scan.txt', png), /^：这是图片/u],
  ['old Word .doc', () => file('稿件.doc', OLE), /^：这是旧版 Word 文件（\.doc）.*“另存为”.*\.docx/u],
  ['old Word file named .docx', () => file('renamed.docx', OLE), /^：这是旧版 Word 文件（\.doc）/u],
  ['.docx that is not a Word file', () => file('broken.docx', '这不是 Word 文件'), /^：名字是 \.docx，但不是 Word 文件/u],
  ['zip archive', () => file('pages.zip', zipSync({ 'a.txt': new TextEncoder().encode('文字') })), /^：是压缩文件（\.zip），不是 Word 文件：请先解压/u],
  ['PDF', () => file('page.pdf', '%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n'), /^：这是 PDF 文件/u],
  ['web page that is not a WeChat article', () => file('page.html', '<!DOCTYPE html><html><body><p>你好</p></body></html>'), /^：是网页，但不是保存下来的微信公众号文章/u],
  ['neither UTF-8 nor GB18030', () => file('broken.txt', Buffer.concat([Buffer.from('中文'), Buffer.from([0xff, 0xfe, 0xff, 0x41])])), /^：既不是 UTF-8 也不是 GB18030（GBK）编码的文字.*另存为.*UTF-8/u],
];

describe('npm run import refuses what it cannot read', () => {
  const content = makeContent();
  it.each(CASES)('%s', (_name, make, first) => {
    const path = make();
    const r = runTool('import', [path, '--date', '2024-03-01'], content);
    expect(r.status, r.output).toBe(1);
    const line = r.stderr.split('\n')[0]!;
    expect(line, 'names the file').toContain(path);
    expect(line.replace(path, ''), line).toMatch(first);
    expect(r.output).not.toMatch(/\n\s+at |Error:/u);
    expect(readdirSync(content)).not.toContain('articles');
  });
});

describe('npm run import converts other text encodings to UTF-8', () => {
  const page = '测试镇开展招商引资“百日会战”，新签约项目12个。\n\n招商引资开新局\n——测试镇党委书记赵四\n';
  const gbk = (text: string) => {
    // GB18030 bytes of the page, from the table TextDecoder uses (no encoder exists in Node).
    const decoder = new TextDecoder('gb18030');
    const out: number[] = [];
    for (const ch of text) {
      if (ch.charCodeAt(0) < 0x80) {
        out.push(ch.charCodeAt(0));
        continue;
      }
      let found = false;
      for (let a = 0x81; a <= 0xfe && !found; a += 1)
        for (let b = 0x40; b <= 0xfe && !found; b += 1)
          if (b !== 0x7f && decoder.decode(Uint8Array.of(a, b)) === ch) {
            out.push(a, b);
            found = true;
          }
      if (!found) throw new Error(`no GBK code for ${ch}`);
    }
    return Uint8Array.from(out);
  };

  it.each([
    ['GB18030/GBK', () => gbk(page), /不是 UTF-8 编码，已按 GB18030（GBK）编码读取并转成 UTF-8/u],
    ['UTF-16 with a BOM', () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(page, 'utf16le')]), /是 UTF-16 编码，已按 UTF-16 读取/u],
  ] as const)('%s', (_name, bytes, said) => {
    const content = makeContent();
    const source = file(`encoded-${_name.replace(/\W/g, '')}.txt`, bytes());
    const r = runTool('import', [source, '--date', '2024-03-01'], content);
    expect(r.status, r.output).toBe(0);
    expect(r.stdout).toMatch(said);
    const draft = readFileSync(join(content, 'articles/2024/test-town-zhao-si.md'), 'utf8');
    expect(draft).toContain('测试镇开展招商引资“百日会战”，新签约项目12个。');
    expect(draft).toContain('title: "招商引资开新局"');
    expect(draft).not.toContain('\ufffd');
  });
});
