/**
 * articleSchemaPerEntry (src/lib/schema.ts), the schema the build uses: its
 * fields are built once and only the cover's image check is per entry.
 * It must accept, reject and explain exactly as the whole schema does.
 */
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { articleSchema, articleSchemaPerEntry, kebabId } from '../../../src/lib/schema';
import { sourceArticles } from '../../support/content';

/** A reference check that, like Astro's, turns an id into a lookup. */
const reference = (collection: string) => kebabId.transform((id) => ({ id, collection }));
const parts = { department: reference('departments'), topic: reference('topics'), column: reference('columns'), article: reference('articles') };
/** An image check that, like Astro's, resolves the path against the entry's own file. */
const imageFor = (entryFile: string) => z.string().transform(async (path) => ({ src: `${entryFile}:${path}` }));

const perEntry = articleSchemaPerEntry(parts);
const both = async (data: unknown, entryFile = 'content/articles/2024/a.md') => {
  const image = imageFor(entryFile);
  return [await perEntry(image).safeParseAsync(data), await articleSchema({ ...parts, image }).safeParseAsync(data)] as const;
};

const good = { title: '标题', type: 'news', date: '2024-01-02', departments: ['yongan-town'] };
const bad: Record<string, unknown>[] = [
  { ...good, cover: 'media/a.jpg' },
  { ...good, title: '', type: 'story', date: '2024-13-45', departments: [] },
  { ...good, departments: ['Yongan Town'], topics: 'investment', speaker: { name: '李锋' } },
  { ...good, reporters: '张三', draft: 'yes', lang: 'zh' },
];

describe('article schema built once per collection', () => {
  it('gives the same data as the whole schema for every real article', async () => {
    const articles = sourceArticles();
    expect(articles.length).toBeGreaterThan(10);
    for (const article of articles) {
      const [a, b] = await both(article.data, article.file);
      expect(a.success, article.file).toBe(true);
      expect(a, article.file).toEqual(b);
      // Field order too (it is the order of the stored data).
      expect(Object.keys(a.data ?? {}), article.file).toEqual(Object.keys(b.data ?? {}));
    }
  });

  it('rejects bad frontmatter with the same issues, paths and Chinese messages', async () => {
    for (const data of bad) {
      const [a, b] = await both(data);
      expect(a.success).toBe(false);
      expect(a.error?.issues).toEqual(b.error?.issues);
    }
    const [a] = await both(bad[0]);
    expect(a.error?.issues).toEqual([expect.objectContaining({ path: ['coverAlt'], message: expect.stringContaining('coverAlt') })]);
  });

  it("checks each entry's cover with that entry's own image check", async () => {
    const withCover = { ...good, cover: 'media/a.jpg', coverAlt: '图' };
    const [first] = await both(withCover, 'content/articles/2023/one.md');
    const [second] = await both(withCover, 'content/articles/2024/two.md');
    expect(first.data?.cover).toEqual({ src: 'content/articles/2023/one.md:media/a.jpg' });
    expect(second.data?.cover).toEqual({ src: 'content/articles/2024/two.md:media/a.jpg' });
  });
});
