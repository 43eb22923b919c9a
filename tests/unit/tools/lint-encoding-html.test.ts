import { describe, expect, it } from 'vitest';
import { bodyHtmlFindings } from '../../../scripts/lib/lint/html-rules.ts';
import { decodeContentFile, firstInvalidUtf8Byte } from '../../../scripts/lib/shared/encoding.ts';
import { encodeGb18030 } from '../../support/content-copy';

describe('encoding', () => {
  it('reads UTF-8, with a BOM and CRLF, as it is', () => {
    const text = '\uFEFF---\r\ntitle: 中文\r\n---\r\n';
    expect(decodeContentFile(Buffer.from(text, 'utf8'))).toEqual({ text });
  });

  it('names the first byte that is not UTF-8, and its line', () => {
    const bytes = Buffer.concat([Buffer.from('---\ntitle: 中文\n正', 'utf8'), Buffer.from([0xe6, 0x41]), Buffer.from('文\n', 'utf8')]);
    const at = Buffer.from('---\ntitle: 中文\n正', 'utf8').length;
    expect(firstInvalidUtf8Byte(bytes)).toBe(at);
    const { problem } = decodeContentFile(bytes);
    expect(problem).toMatchObject({ offset: at, line: 3, gb18030: false });
    expect(problem?.message).toContain(`第 3 行（第 ${at} 字节）`);
  });

  it('finds a character cut short at the end of the file', () => {
    const bytes = Buffer.concat([Buffer.from('正文', 'utf8'), Buffer.from([0xe6, 0xad])]);
    expect(firstInvalidUtf8Byte(bytes)).toBe(6);
  });

  it('recognises GB18030 and says how to save as UTF-8', () => {
    const { problem } = decodeContentFile(encodeGb18030('---\ntitle: 致全区科技工作者的一封信\n---\n\n正文第一段。\n'));
    expect(problem).toMatchObject({ line: 2, offset: 11, gb18030: true, gbLine: 'title: 致全区科技工作者的一封信' });
    expect(problem?.message).toContain('另存为 UTF-8');
  });
});

describe('raw HTML in a body', () => {
  it('names the line of an element left open, not of one closed later', () => {
    const f = bodyHtmlFindings('第一段。\n\n<div>\n说明\n</div>\n\n<span>一句\n\n<section>\n\n尾段。\n', 10);
    expect(f.map((x) => [x.rule, x.line])).toEqual([
      ['unclosed-html', 16],
      ['unclosed-html', 18],
    ]);
  });

  it('lets end tags that HTML makes optional, void elements and code blocks be', () => {
    expect(bodyHtmlFindings('<table><tr><td>1<td>2</table>\n\n<p>段落\n\n一行<br>两行\n\n```html\n<iframe>\n```\n\n`<style>`\n', 1)).toEqual([]);
  });

  it('refuses embeds and images from other hosts, and raw <img> of this site', () => {
    const f = bodyHtmlFindings('<iframe src="https://v.example.com/1"></iframe>\n\n![图](//img.example.com/a.jpg)\n\n<img src="../../media/a.jpg" alt="图">\n', 1);
    expect(f.map((x) => [x.rule, x.line])).toEqual([
      ['embed', 1],
      ['external-media', 3],
      ['raw-img', 5],
    ]);
  });
});
