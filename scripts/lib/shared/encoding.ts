/**
 * Content files must be UTF-8. A file saved as GB18030/GBK (what Chinese
 * Windows editors call “ANSI”) or with stray bytes would reach readers as
 * mojibake (�����), so the tools read every file as bytes, and name the
 * first bad byte, its line, and, when the file reads as GB18030, say so
 * with the fix. A UTF-8 BOM and CRLF line ends are fine.
 */
import { isUtf8 } from 'node:buffer';
import { hasHan } from '../../../src/lib/cjk.ts';

export interface EncodingProblem {
  /** 0-based byte offset of the first byte that is not UTF-8. */
  offset: number;
  /** 1-based line of that byte. */
  line: number;
  /** The file decodes as GB18030 (GBK is a subset) and holds Chinese text that way. */
  gb18030: boolean;
  /** The offending line as GB18030 reads it, when it does. */
  gbLine?: string;
  /** What is wrong and how to fix it, in Chinese. */
  message: string;
}

export interface DecodedText {
  text: string;
  problem?: EncodingProblem;
}

/** The first byte offset at which `bytes` stops being UTF-8 (bytes.length when it never does). */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  const validPrefix = (k: number) => {
    try {
      // `stream` lets a prefix end inside a character without counting as an error.
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, k), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  // Valid prefixes are closed under shortening: binary search the longest.
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (validPrefix(mid)) lo = mid;
    else hi = mid - 1;
  }
  if (lo === bytes.length) {
    // Every prefix is valid; the whole may still end inside a character.
    return isUtf8(bytes) ? bytes.length : backToLead(bytes, bytes.length);
  }
  return backToLead(bytes, lo);
}

/**
 * From the byte where decoding broke, back to the first byte of the broken
 * character: when the bytes before `at` end inside a character (a lead
 * byte and too few continuation bytes), that character is the bad one.
 */
function backToLead(bytes: Uint8Array, at: number): number {
  let c = 0;
  while (c < 3 && at - c - 1 >= 0 && (bytes[at - c - 1]! & 0xc0) === 0x80) c++;
  const lead = bytes[at - c - 1];
  if (lead === undefined) return at;
  const needs = lead >= 0xf0 ? 3 : lead >= 0xe0 ? 2 : lead >= 0xc0 ? 1 : 0;
  return c < needs ? at - c - 1 : at;
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** The text of a content file, or the first place where it is not UTF-8, explained. */
export function decodeContentFile(bytes: Uint8Array): DecodedText {
  if (isUtf8(bytes)) return { text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8') };
  const offset = firstInvalidUtf8Byte(bytes);
  const line = lineAt(bytes, offset);
  let gbText: string | undefined;
  try {
    gbText = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
  } catch {
    gbText = undefined;
  }
  const text = new TextDecoder('utf-8').decode(bytes);
  // A GBK file's bytes read as UTF-8 are mostly broken (a few pairs may pass as Chinese by chance);
  // a UTF-8 file with a stray byte is mostly good Chinese with a broken spot.
  const broken = text.match(/\uFFFD/g)?.length ?? 0;
  const han = [...text].filter((ch) => hasHan(ch)).length;
  if (gbText !== undefined && hasHan(gbText) && broken > han) {
    const gbLine = (gbText.split('\n')[line - 1] ?? '').trim().slice(0, 40);
    return {
      text,
      problem: {
        offset,
        line,
        gb18030: true,
        gbLine,
        message:
          `文件不是 UTF-8 编码，而是 GB18030/GBK（中文 Windows 记事本等保存的“ANSI”编码），从第 ${line} 行（第 ${offset} 字节）起的中文在网站上会变成乱码` +
          `${gbLine ? `（这一行按 GB18030 读是“${gbLine}”）` : ''}。请把文件另存为 UTF-8：VS Code 点右下角的“GB 18030”→“通过编码保存”→“UTF-8”；记事本“另存为”时“编码”选“UTF-8”。`,
      },
    };
  }
  return {
    text,
    problem: {
      offset,
      line,
      gb18030: false,
      message: `文件里有不是 UTF-8 的字节：第 ${line} 行（第 ${offset} 字节），网站上会显示成乱码“�”。请用编辑器打开这一行，删掉乱码处重新输入，再以 UTF-8 编码保存。`,
    },
  };
}
