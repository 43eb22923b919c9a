import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readContent } from '../shared/content.ts';
import { CONTENT, SEEDS_DIR } from '../shared/paths.ts';
import { curatedArticles, inSeedOrder, scoreVariant, SEEDS } from './closeness.ts';
import { INVENTED } from './invented.ts';
import { renderPage, type Layout } from './layouts.ts';
const content = readContent(CONTENT);
const curated = curatedArticles(content);
const columnName = (id: string) => content.columns.entries.find((c) => c.id === id)?.name.zh;
const sets = SEEDS.map((seed, i) => {
  const year = i === 0 ? '2023' : '2024';
  const mine = curated.filter((c) => content.articles.find((a) => a.id === c.id)!.relPath.startsWith(year));
  return { label: seed.slice(0, 3), articles: inSeedOrder(mine, readFileSync(join(SEEDS_DIR, seed), 'utf8')), columns: i === 0 };
});
sets.push({ label: 'inv', articles: INVENTED, columns: true });
let bad = 0, total = 0;
for (const set of sets) for (let w = 12; w <= 40; w += 2) for (const headline of ['first', 'afterByline', 'afterFirstParagraph', 'last'] as const) for (const blanks of ['all', 'articles', 'none'] as const) for (const indent of [false, true]) {
  const l: Layout = { name: `${set.label} w${w} ${headline} ${blanks}${indent ? ' indent' : ''}`, width: w, headline, blanks, indent, columns: set.columns };
  const s = scoreVariant(l.name, renderPage(set.articles, l, columnName), set.articles, content);
  total++;
  const ok = s.found === s.articles && s.bodyRecall >= 0.99 && s.added === 0 && s.headRight / s.headTotal >= 0.9;
  if (!ok) { bad++; if (process.argv[2]) console.log(s.name, s.found, s.articles, s.bodyRecall.toFixed(3), s.added, s.headRight, s.headTotal, s.wrong.slice(0, 4).join(' ')); }
}
console.log(`${total - bad}/${total} layouts meet the targets`);
