/**
 * What `npm run import` cannot read is refused with exit 1 and a plain
 * Chinese message naming the file and what to do; text in GB18030/GBK or
 * UTF-16 is converted to UTF-8, saying so. The cases are the last part of
 * the table of bad inputs (tests/fixtures/bad-inputs.ts), one line each.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BAD_IMPORTS } from '../../fixtures/bad-inputs.ts';
import { makeContent, runTool } from './support.ts';

const dir = mkdtempSync(join(tmpdir(), 'shizhong-bad-import-'));

describe('npm run import refuses what it cannot read', () => {
  const content = makeContent();
  it.each(BAD_IMPORTS)('$name', async ({ make, first }) => {
    const path = await make(dir);
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
    const source = join(dir, `encoded-${_name.replace(/\W/g, '')}.txt`);
    writeFileSync(source, bytes());
    const r = runTool('import', [source, '--date', '2024-03-01'], content);
    expect(r.status, r.output).toBe(0);
    expect(r.stdout).toMatch(said);
    const draft = readFileSync(join(content, 'articles/2024/test-town-zhao-si.md'), 'utf8');
    expect(draft).toContain('测试镇开展招商引资“百日会战”，新签约项目12个。');
    expect(draft).toContain('title: "招商引资开新局"');
    expect(draft).not.toContain('\ufffd');
  });
});
