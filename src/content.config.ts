/**
 * Content collections: what an editor may write, and how it is checked.
 *
 * The collections are declared here; their fields, each documented, are
 * the schemas in src/lib/schema.ts: what an editor types into a markdown
 * file's frontmatter or into one of the YAML data files under `content/`.
 * A value that does not fit fails the build with the file, the field
 * and what was expected (Astro names the entry and the field; the
 * schema's messages say what to write instead).
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { contentDir } from './lib/env';
import { articleIdFromPath } from './lib/article-id';
import { articleSchemaPerEntry, columnSchema, companySchema, departmentSchema, topicSchema } from './lib/schema';

const departments = defineCollection({
  loader: file(`${contentDir}/departments.yaml`),
  schema: departmentSchema,
});

const topics = defineCollection({
  loader: file(`${contentDir}/topics.yaml`),
  schema: topicSchema,
});

const columns = defineCollection({
  loader: file(`${contentDir}/columns.yaml`),
  schema: columnSchema,
});

// Built once: Astro calls the schema function below once per entry (see articleSchemaPerEntry).
const articleSchema = articleSchemaPerEntry({
  department: reference('departments'),
  topic: reference('topics'),
  column: reference('columns'),
  article: reference('articles'),
});

const articles = defineCollection({
  loader: glob({
    pattern: '**/*.md',
    base: `${contentDir}/articles`,
    generateId: ({ entry }) => articleIdFromPath(entry),
  }),
  // Every field rule lives in src/lib/schema.ts, shared with `npm run lint:content`.
  schema: ({ image }) => articleSchema(image()),
});

// Companies, industrial parks and key projects that articles name (企业与项目).
const companies = defineCollection({
  loader: file(`${contentDir}/companies.yaml`),
  schema: companySchema({ department: reference('departments') }),
});

export const collections = { articles, departments, topics, columns, companies };
