/**
 * The web editor's configuration against the schema (a field cannot be in
 * one and not the other), its file formats against the repository's files
 * (reading and writing a file changes nothing; editing one field changes
 * one line), and the paste cleaning.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { adminConfig, type DecapCollection } from '../../src/admin/config.ts';
import { articleFromFile, articleToFile } from '../../src/admin/article-format.ts';
import { dataFromFile, dataToFile } from '../../src/admin/data-format.ts';
import { formArticleSchema, type DecapField } from '../../src/admin/fields.ts';
import { ARTICLE_HINTS } from '../../src/admin/labels.ts';
import { pastedHtmlToMarkdown } from '../../src/admin/paste.ts';
import { bodyHtml } from '../../src/admin/preview.ts';
import { newTranslationHash } from '../../src/admin/translation-link.ts';
import { ARTICLE_FIELDS, columnSchema, departmentSchema, FIELD_LABELS, topicSchema } from '../../src/lib/schema.ts';
import { ARTICLE_TYPES } from '../../src/lib/article-types.ts';
import { suggestSlug, titleSlug, toSlug } from '../../src/lib/content-files/slug.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const config = adminConfig({ siteUrl: 'http://localhost:4321' });
const collection = (name: string) => config.collections.find((c) => c.name === name) as DecapCollection;
const byName = (fields: DecapField[] | undefined) => new Map((fields ?? []).map((f) => [f.name, f]));

/** Whether the schema accepts a value without this field (so the form must not require it). */
function optionalInSchema(shape: Record<string, z.ZodType>, key: string): boolean {
  return shape[key]?.safeParse(undefined).success ?? false;
}

function articleFiles(): string[] {
  const dir = join(ROOT, 'content/articles');
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .map((f) => join(dir, f));
}

describe('the form is the schema', () => {
  const shape = formArticleSchema.shape as Record<string, z.ZodType>;

  it('every schema field is in the article form, with its Chinese label and a hint, and nothing else is', () => {
    const fields = byName(collection('articles').fields);
    // translationOf belongs to translations only; body is the markdown, not frontmatter.
    expect([...fields.keys()].filter((k) => k !== 'body').sort()).toEqual(Object.keys(shape).filter((k) => k !== 'translationOf').sort());
    for (const [name, field] of fields) {
      if (name === 'lang') continue;
      expect(field.label, name).toBe(name === 'body' ? '正文' : FIELD_LABELS[name]);
      expect(field.hint, name).toBe(ARTICLE_HINTS[name as keyof typeof ARTICLE_HINTS]);
    }
    const translation = byName(collection('translations').fields);
    expect(translation.get('translationOf')).toMatchObject({ widget: 'relation', collection: 'articles', required: true });
    expect(translation.get('lang')).toMatchObject({ widget: 'hidden', default: 'en' });
    expect(fields.get('lang')).toMatchObject({ widget: 'hidden', default: 'zh-CN' });
  });

  it('the editor writes every field the schema has (ARTICLE_FIELDS is the schema)', () => {
    expect([...ARTICLE_FIELDS].sort()).toEqual(Object.keys(shape).sort());
  });

  it('required in the form exactly where the schema requires it', () => {
    for (const [name, field] of byName(collection('articles').fields)) {
      if (name === 'body' || name === 'lang') continue;
      expect(field.required, name).toBe(!optionalInSchema(shape, name));
    }
  });

  it('choices are the schema’s, shown with Chinese names', () => {
    const type = byName(collection('articles').fields).get('type');
    expect(type?.options?.map((o) => o.value)).toEqual([...ARTICLE_TYPES]);
    expect(type?.options?.find((o) => o.value === 'interview')?.label).toBe('访谈（interview）');
  });

  it('departments and topics: multi-select pickers that search Chinese names (and aliases) and store ids', () => {
    const fields = byName(collection('articles').fields);
    expect(fields.get('departments')).toMatchObject({
      widget: 'relation',
      multiple: true,
      collection: 'data',
      file: 'departments',
      value_field: 'items.*.id',
      display_fields: ['items.*.name.zh'],
      min: 1,
    });
    expect(fields.get('departments')?.search_fields).toEqual(expect.arrayContaining(['items.*.name.zh', 'items.*.aliases.*']));
    expect(fields.get('topics')).toMatchObject({ widget: 'relation', multiple: true, file: 'topics', required: false });
    expect(fields.get('column')).toMatchObject({ widget: 'relation', file: 'columns' });
    expect(byName(fields.get('speaker')?.fields).get('department')).toMatchObject({ widget: 'relation', file: 'departments' });
    expect(fields.get('cover')).toMatchObject({ widget: 'image', required: false });
    // Every picker points at a data file the config has.
    const files = new Set(collection('data').files?.map((f) => f.name));
    for (const f of [fields.get('departments'), fields.get('topics'), fields.get('column')]) expect(files.has(f?.file ?? '')).toBe(true);
  });

  it('the data files: one form each, the schema’s fields', () => {
    const files = collection('data').files ?? [];
    const schemas = { departments: departmentSchema, topics: topicSchema, columns: columnSchema };
    for (const file of files) {
      const items = file.fields[0];
      expect(items?.widget).toBe('list');
      expect(items?.fields?.map((f) => f.name)).toEqual(Object.keys(schemas[file.name as keyof typeof schemas].shape));
      expect(file.file).toBe(`content/${file.name}.yaml`);
    }
    const departments = byName(files.find((f) => f.name === 'departments')?.fields[0]?.fields);
    expect(departments.get('kind')?.options?.find((o) => o.value === 'town')?.label).toBe('镇（town）');
    expect(byName(departments.get('name')?.fields).get('zh')).toMatchObject({ label: '中文名称', required: true });
  });

  it('articles land in content/articles/<year>/, translations as <slug>.en.md beside them', () => {
    expect(collection('articles')).toMatchObject({ folder: 'content/articles', path: '{{year}}/{{slug}}', slug: '{{fields.fileSlug}}' });
    expect(collection('translations')).toMatchObject({ folder: 'content/articles', path: '{{year}}/{{slug}}', slug: '{{fields.translationOf}}.en' });
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config).not.toHaveProperty('local_backend');
    expect(adminConfig({ siteUrl: 'x', localBackend: 'http://127.0.0.1:8081/api/v1' }).local_backend).toEqual({ url: 'http://127.0.0.1:8081/api/v1' });
  });

  it('a schema field without a hint fails loudly', async () => {
    const { objectFields } = await import('../../src/admin/fields.ts');
    expect(() => objectFields(z.object({ brandNew: z.string() }), {})).toThrow(/brandNew/);
  });
});

describe('article files as the editor reads and writes them', () => {
  it('reading and writing every article of the repository changes nothing', () => {
    for (const file of articleFiles()) {
      const text = readFileSync(file, 'utf8');
      expect(articleToFile(articleFromFile(text)), file).toBe(text);
    }
  });

  it('editing one field changes one line; empty answers are not written', () => {
    const file = join(ROOT, 'content/articles/2023/yongan-town-li-feng.md');
    const text = readFileSync(file, 'utf8');
    const data = articleFromFile(text);
    const edited = articleToFile({ ...data, kicker: '永安镇党委', summary: '', draft: false, topics: [...(data.topics as string[])], updated: '' });
    const [a, b] = [text.split('\n'), edited.split('\n')];
    expect(b.length).toBe(a.length);
    expect(a.filter((line, i) => line !== b[i])).toEqual(['kicker: "永安镇"']);
    expect(b.filter((line, i) => line !== a[i])).toEqual(['kicker: "永安镇党委"']);
  });

  it('Chinese articles get lang zh-CN to tell the collections apart, and it is not written', () => {
    expect(articleFromFile('---\ntitle: "a"\n---\n\nb\n').lang).toBe('zh-CN');
    expect(articleToFile({ title: 'a', type: 'news', date: '2024-01-02', departments: ['yongan-town'], lang: 'zh-CN', body: 'b' })).toBe(
      '---\ntitle: "a"\ntype: news\ndate: 2024-01-02\ndepartments:\n  - "yongan-town"\n---\n\nb\n',
    );
  });

  it('a new translation starts from the Chinese article: translationOf and the unchanged fields filled in', () => {
    const data = new Map<string, unknown>([
      ['type', 'report'],
      ['date', '2024-03-01'],
      ['departments', { toJS: () => ['yongan-town', 'kuangqu-subdistrict'] }],
    ]);
    const entry = {
      get: (k: string) => ({ path: 'content/articles/2024/yongan-town-x.md', newRecord: false })[k],
      getIn: (p: string[]) => data.get(p[1] ?? ''),
    };
    const hash = newTranslationHash(entry) ?? '';
    const params = new URLSearchParams(hash.split('?')[1]);
    expect(hash.startsWith('#/collections/translations/new?')).toBe(true);
    expect(Object.fromEntries(params)).toEqual({ translationOf: 'yongan-town-x', type: 'report', date: '2024-03-01', departments: 'yongan-town,kuangqu-subdistrict' });
  });
});

describe('data files as the editor reads and writes them', () => {
  const read = (name: string) => readFileSync(join(ROOT, 'content', `${name}.yaml`), 'utf8');

  it('reading and writing each data file changes nothing (comments and the compact style kept)', () => {
    for (const name of ['departments', 'topics', 'columns']) expect(dataToFile(dataFromFile(read(name)))).toBe(read(name));
  });

  it('editing one field changes one line; a new department goes after the last of its kind', () => {
    const text = read('departments');
    const data = structuredClone(dataFromFile(text));
    const yongan = data.items.find((i) => i.id === 'yongan-town') as { aliases: string[] };
    yongan.aliases = ['永安'];
    data.items.push({ id: 'new-town', kind: 'town', name: { zh: '新镇', en: 'New Town' }, aliases: [], order: 50, extra: '' });
    const out = dataToFile(data).split('\n');
    const before = text.split('\n');
    expect(out.length).toBe(before.length + 5);
    expect(out.filter((l) => !before.includes(l))).toEqual(['  aliases: [永安]', '- id: new-town', '  name: { zh: 新镇, en: New Town }']);
    expect(out).not.toContain('  extra: ');
    const lastTown = out.lastIndexOf('  kind: town');
    expect(out[lastTown - 1]).toBe('- id: new-town');
    // Still the same data for the build.
    expect(dataFromFile(out.join('\n')).items).toHaveLength(data.items.length);
  });

  it('a removed entry takes its lines with it', () => {
    const data = structuredClone(dataFromFile(read('columns')));
    const removed = data.items.shift() as { id: string };
    const out = dataToFile(data);
    expect(out).not.toContain(`id: ${removed.id}`);
    expect(out.startsWith('#')).toBe(true);
  });
});

describe('what the editor shows', () => {
  it('dates are text typed and shown as 2026-12-01, not the browser\'s date picker (which follows its locale and adds “UTC”)', () => {
    for (const name of ['date', 'updated']) {
      const field = byName(collection('articles').fields).get(name);
      expect(field?.widget, name).toBe('date');
      const [pattern] = field?.pattern ?? [''];
      expect(new RegExp(pattern).test('2026-12-01'), name).toBe(true);
      for (const bad of ['12/01/2026', '2026-12-1', '2026年12月1日']) expect(new RegExp(pattern).test(bad), bad).toBe(false);
    }
  });

  it('the article lists start with the newest', () => {
    for (const name of ['articles', 'translations']) {
      expect(collection(name).sortable_fields?.[0], name).toEqual({ field: 'date', default_sort: 'desc' });
    }
  });

  it('no developer text: no paths, file names or commands in descriptions, hints and labels', () => {
    const developer = /npm |content\/|scripts\/|src\/|\.md\b|\.ya?ml\b|<文件名>/;
    const texts: string[] = [];
    const walk = (fields: DecapField[] | undefined) => {
      for (const f of fields ?? []) {
        texts.push(f.label, f.hint ?? '');
        walk(f.fields);
        if (f.field) walk([f.field]);
      }
    };
    for (const c of config.collections) {
      texts.push(c.label, c.description ?? '');
      walk(c.fields);
      for (const file of c.files ?? []) walk(file.fields);
    }
    expect(texts.filter((t) => developer.test(t))).toEqual([]);
  });

  it('the body ends with its last character, not a newline (Ctrl+End and typing goes on the last line), and is written back with one', () => {
    for (const file of articleFiles().slice(0, 20)) {
      const data = articleFromFile(readFileSync(file, 'utf8'));
      expect(data.body, file).not.toMatch(/\s$/);
    }
    const text = '---\ntitle: "a"\ntype: news\ndate: 2024-01-02\ndepartments:\n  - "yongan-town"\n---\n\n第一段。\n\n第二段。\n';
    expect(articleFromFile(text).body).toBe('第一段。\n\n第二段。');
    expect(articleToFile({ ...articleFromFile(text), body: `${articleFromFile(text).body}又一句。` })).toBe(text.replace('第二段。', '第二段。又一句。'));
  });
});

describe('new file names from titles', () => {
  const words = (s: string) => [...new Intl.Segmenter('zh', { granularity: 'word' }).segment(s)].map((w) => toSlug(w.segment)).filter(Boolean);

  it('are cut between words, never inside one', () => {
    const titles = ['市中区召开招商引资推进会', '永安镇举办乡村振兴培训班', '全区上下真抓实干推动高质量发展', '区委书记到光明路街道调研项目建设', '市中区2024年重点项目集中开工'];
    for (const title of titles) {
      const slug = titleSlug(title, 4);
      expect(slug.split('-').length, title).toBeLessThanOrEqual(4);
      // The slug is the pinyin of the title's first whole words.
      const whole = words(title);
      let joined = '';
      for (const w of whole) {
        if (joined === slug) break;
        joined = joined ? `${joined}-${w}` : w;
      }
      expect(joined, `${title} → ${slug}`).toBe(slug);
    }
    expect(titleSlug('市中区召开招商引资推进会', 4)).toBe('shi-zhong-qu');
  });

  it('a first word longer than the limit is cut at the limit; names and departments as before', () => {
    expect(titleSlug('中华人民共和国成立七十五周年', 4).split('-')).toHaveLength(4);
    expect(suggestSlug({ departments: ['yongan-town'], speakerName: '李锋', title: '不用' })).toBe('yongan-town-li-feng');
    expect(suggestSlug({ departments: ['yongan-town'], title: '市中区召开招商引资推进会' })).toBe('yongan-town-shi-zhong-qu');
  });
});

describe('pasting from Word and WeChat', () => {
  const word =
    '<html><head><style>p{}</style></head><body><!--StartFragment--><p class=MsoNormal><b><span style="font-family:宋体">锚定“强工业”，在转型倍增上攻坚突围。</span></b><span style="color:red">健全<span style="font-size:14pt">包保</span>机制。</span><o:p></o:p></p>' +
    '<p class=MsoNormal><span>第二段<img src="file:///C:/Users/a/image001.png"></span></p><!--EndFragment--></body></html>';
  const wechat =
    '<section style="margin:0"><p style="text-indent:2em"><span style="font-weight: bold;">一是抓项目。</span>持续推进<img src="https://mmbiz.qpic.cn/mmbiz_jpg/x/640"></p><p><br></p><p><strong>二是</strong>优环境。</p></section>';

  it('keeps paragraphs and bold lead-ins, drops styles, spans, Office tags and images', () => {
    expect(pastedHtmlToMarkdown(word)).toBe('**锚定“强工业”，在转型倍增上攻坚突围。**健全包保机制。\n\n第二段');
    expect(pastedHtmlToMarkdown(wechat)).toBe('**一是抓项目。**持续推进\n\n**二是**优环境。');
  });

  it('what it writes is bold on the site (and in the preview)', () => {
    const html = bodyHtml(pastedHtmlToMarkdown(word));
    expect(html).toContain('<strong>锚定“强工业”，在转型倍增上攻坚突围。</strong>健全包保机制。');
    expect(html).not.toMatch(/<span|<img|style=/);
  });
});
