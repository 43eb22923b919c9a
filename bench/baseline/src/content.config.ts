import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { file, glob } from 'astro/loaders';

const content = process.env.BASELINE_CONTENT_DIR;
if (!content) throw new Error('BASELINE_CONTENT_DIR: the corpus folder to build (npm run bench sets it)');

const names = z.object({ zh: z.string(), en: z.string() });

export const collections = {
  articles: defineCollection({
    loader: glob({ pattern: '**/*.md', base: `${content}/articles` }),
    schema: z.object({
      title: z.string(),
      date: z.coerce.date(),
      departments: z.array(z.string()),
      topics: z.array(z.string()),
      lang: z.string().optional(),
    }),
  }),
  departments: defineCollection({ loader: file(`${content}/departments.yaml`), schema: z.looseObject({ name: names }) }),
  topics: defineCollection({ loader: file(`${content}/topics.yaml`), schema: z.looseObject({ name: names }) }),
};
