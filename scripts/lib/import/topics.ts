/**
 * Likely topics of an article: the topics whose Chinese name, or the key
 * phrases of whose description, the text uses most. Only a suggestion for
 * the editor, who is told to check it.
 */
import type { DataEntry } from '../shared/content.ts';

/** Words too common in district news to say anything about a topic. */
const STOP = new Set(['工作', '建设', '企业', '项目', '发展', '服务', '改革', '延伸', '收集', '反馈', '转办', '提供', '公众普', '日常工作']);

/** Phrases of a topic description worth looking for (2–6 characters between punctuation and 和/及/与/的/等). */
export function keyPhrases(topic: DataEntry): string[] {
  const text = topic.description?.zh ?? '';
  const phrases = text
    .split(/[，。、；：“”（）\s]|和|及|与|的|等|以及|由此得到/u)
    .map((s) => s.replace(/^(推动|为|对|把|赴|面向|提供|培育|帮包|通过)/u, '').trim())
    .filter((s) => [...s].length >= 2 && [...s].length <= 6 && !STOP.has(s));
  return [...new Set([topic.name.zh, ...phrases])];
}

function count(text: string, phrase: string): number {
  let n = 0;
  for (let i = text.indexOf(phrase); i !== -1; i = text.indexOf(phrase, i + phrase.length)) n += 1;
  return n;
}

/**
 * Topics scored by how often their name (weight 3) and key phrases
 * (weight 1) occur; those with a score of at least `minScore`, best first.
 */
export function guessTopics(text: string, topics: readonly DataEntry[], max = 4, minScore = 3): string[] {
  const scored = topics
    .map((t) => {
      const [name, ...phrases] = keyPhrases(t);
      const score = 3 * count(text, name!) + phrases.reduce((s, p) => s + count(text, p), 0);
      return { id: t.id, score };
    })
    .filter((t) => t.score >= minScore)
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  return scored.slice(0, max).map((t) => t.id);
}
