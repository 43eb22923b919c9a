/**
 * A draft must never stop the build: whatever the importer writes passes
 * `npm run lint:content` without errors. The text checks of the content
 * check (scripts/lib/lint/text-rules.ts) are run here on every draft's
 * body and printed fields; what they would refuse is mended, each mending
 * named in the draft's notes:
 *
 * - half-width , ; : ? ! ( ) in Chinese text → full-width (as the check asks);
 * - straight quotes " ' next to Chinese text → curly quotes, in pairs;
 * - a “ 《 （ without its partner in a paragraph (OCR often loses one) → the
 *   partner added at the paragraph's end (or start), to be put right by the editor;
 * - `**` that does not make bold → taken out.
 */
import { isHan } from '../../../src/lib/cjk.ts';
import { textRules, type TextFinding } from '../lint/text-rules.ts';
import { textBlocks } from '../shared/markdown-blocks.ts';

const FULL_WIDTH: Readonly<Record<string, string>> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };

/** Chinese text or punctuation (not Latin, digits or spaces). */
const chinese = (ch: string | undefined) => ch !== undefined && (isHan(ch) || /[\u3000-\u303f\uff00-\uffef\u2018-\u201d\u2026\u2014]/u.test(ch));

/** The nearest character before / after index i that is not a space. */
function near(text: string, i: number, step: 1 | -1): string | undefined {
  let j = i + step;
  while (j >= 0 && j < text.length && (text[j] === ' ' || text[j] === '\t')) j += step;
  return j >= 0 && j < text.length ? text[j] : undefined;
}

/** Half-width punctuation and straight quotes next to Chinese text made full-width; returns the new text and how many were changed. */
export function fullWidthPunctuation(text: string): { text: string; changed: number } {
  let changed = 0;
  const quotes: Record<string, number> = { '"': 0, "'": 0 };
  // UTF-16 units, as the loop indexes them (a character outside the BMP is two).
  const out = text.split('');
  /** Spaces to drop: those around a mark made full-width (中文 , 中文 → 中文，中文). */
  const drop = new Set<number>();
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    const prev = near(text, i, -1);
    const next = near(text, i, 1);
    if (ch in FULL_WIDTH) {
      // Latin or digits on both sides (1,000  10:30  (a)) stay as they are.
      const hit = (isHan(prev) && (chinese(next) || next === undefined)) || (chinese(prev) && isHan(next)) || (ch === '(' && isHan(next)) || (ch === ')' && isHan(prev));
      if (hit) {
        out[i] = FULL_WIDTH[ch]!;
        changed += 1;
        for (let j = i - 1; j >= 0 && text[j] === ' '; j -= 1) drop.add(j);
        for (let j = i + 1; j < text.length && text[j] === ' '; j += 1) drop.add(j);
      }
    } else if (ch === '"' || ch === "'") {
      const n = quotes[ch]!;
      quotes[ch] = n + 1;
      if (chinese(prev) || chinese(next)) {
        out[i] = ch === '"' ? (n % 2 === 0 ? '“' : '”') : n % 2 === 0 ? '‘' : '’';
        changed += 1;
      }
    }
  }
  return { text: out.filter((_, i) => !drop.has(i)).join(''), changed };
}

const PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['“', '”'],
  ['《', '》'],
  ['（', '）'],
];

/** A paragraph whose “ 《 （ pair up: a missing partner added at the end (or, for a stray closing mark, at the start). */
export function balancePairs(text: string): { text: string; added: string[] } {
  let t = text;
  const added: string[] = [];
  for (const [open, close] of PAIRS) {
    let depth = 0;
    let strayClose = 0;
    for (const ch of t) {
      if (ch === open) depth += 1;
      else if (ch === close) {
        if (depth > 0) depth -= 1;
        else strayClose += 1;
      }
    }
    if (strayClose > 0) {
      t = open.repeat(strayClose) + t;
      added.push(open.repeat(strayClose));
    }
    if (depth > 0) {
      t += close.repeat(depth);
      added.push(close.repeat(depth));
    }
  }
  return { text: t, added };
}

/** The content check's errors on a body and on the fields it reads as text. */
export function textErrors(body: string, fields: readonly string[] = []): TextFinding[] {
  const fieldBlocks = fields.map((text) => ({ type: 'heading' as const, text, lines: [...text].map(() => 1), line: 1 }));
  return textRules([...fieldBlocks, ...textBlocks(body)]).filter((f) => f.severity === 'error');
}

const excerpt = (t: string) => ([...t].length > 14 ? `${[...t].slice(0, 14).join('')}……` : t);

/**
 * Mend what the content check would refuse in a draft's paragraphs and
 * fields; the notes say what was changed, for the editor to check.
 * Images and tables are left as they are (their text is not a sentence).
 */
export function lintSafe(paragraphs: readonly string[], fields: Record<string, string | undefined>): { paragraphs: string[]; fields: Record<string, string | undefined>; notes: string[] } {
  const notes: string[] = [];
  let punctuation = 0;
  const mendedFields: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(fields)) {
    if (v === undefined) {
      mendedFields[k] = v;
      continue;
    }
    const { text, changed } = fullWidthPunctuation(v);
    if (changed > 0) notes.push(`${k} 里的半角标点或直引号改成了中文标点：“${text}”，请核对`);
    mendedFields[k] = text;
  }
  // One check of the whole body first: most drafts need no mending, and each check parses markdown.
  const clean = textErrors(paragraphs.join('\n\n')).length === 0;
  const out = paragraphs.map((p, i) => {
    if (clean) return p;
    if (/^!\[|^\|/u.test(p)) return p;
    let text = p;
    if (textErrors(text).length === 0) return text;
    const fixed = fullWidthPunctuation(text);
    punctuation += fixed.changed;
    text = fixed.text;
    if (textErrors(text).some((f) => f.rule === 'leftover-asterisks')) {
      text = text.replace(/\*\*/gu, '');
      notes.push(`第 ${i + 1} 段（“${excerpt(text)}”）的粗体标记不成对，已去掉粗体：请核对`);
    }
    if (textErrors(text).some((f) => f.rule === 'unbalanced-pairs')) {
      const balanced = balancePairs(text);
      if (balanced.added.length > 0) {
        text = balanced.text;
        notes.push(`第 ${i + 1} 段（“${excerpt(text)}”）的引号、书名号或括号不成对（可能是识别时丢了一个），为通过检查补了“${balanced.added.join('')}”：请对照原文改到正确的位置`);
      }
    }
    return text;
  });
  if (punctuation > 0) notes.push(`正文里 ${punctuation} 处半角标点或直引号（, : ; ? ! ( ) "）在中文旁边，已改成中文标点：请核对`);
  const left = textErrors(out.join('\n\n'), Object.values(mendedFields).filter((v): v is string => v !== undefined));
  for (const f of left) notes.push(`内容检查仍会报错：${f.message}（请改正，否则网站生成会停下）`);
  return { paragraphs: out, fields: mendedFields, notes };
}
