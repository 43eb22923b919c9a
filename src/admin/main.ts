/**
 * The web editor's browser entry (loaded only by /admin/): Decap CMS from
 * node_modules, with the site's own file formats, preview and checks.
 */
import CMS from 'decap-cms-app';
import { createElement as h } from 'react';
import siteCss from '../styles/global.css?inline';
import { suggestSlug, uniqueSlug } from '../lib/content-files/index.ts';
import { articleFormat, articleFromFile, articleToFile } from './article-format.ts';
import { adminConfig, ARTICLE_FORMAT, DATA_FORMAT } from './config.ts';
import { dataFormat } from './data-format.ts';
import { ARTICLES_COLLECTION, BODY_WIDGET, TRANSLATIONS_COLLECTION, formArticleSchema } from './fields.ts';
import { installPasteCleaner } from './paste.ts';
import { articlePreview, type Names } from './preview.ts';
import { FIELD_LABELS } from '../lib/schema.ts';
import { translationLink } from './translation-link.ts';
import { BodyControl, StringControl, TextPreview } from './text-widget.ts';
import { adminLocale } from './locale.ts';

/** What the page tells the editor (src/pages/admin/index.astro). */
interface PageData {
  localBackend?: string;
  siteUrl: string;
  contentDir: string;
  names: Names;
  /** Every article file name already taken (all years), for the new article's file name. */
  slugs: string[];
  /** File names of the Chinese articles that have an English translation. */
  translated: string[];
}

const page = JSON.parse(document.getElementById('admin-data')?.textContent ?? '{}') as PageData;

type Immutable = { get(key: string): unknown; getIn(path: string[]): unknown; set(key: string, value: unknown): Immutable; toJS(): Record<string, unknown> };

/** The schema's complaints about an entry, in Chinese, one per line. */
function problems(data: Record<string, unknown>): string[] {
  // Check what will be written, exactly: empty answers dropped, as in the file.
  const written = articleFromFile(articleToFile(data));
  const result = formArticleSchema.safeParse(written);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const field = issue.path.map(String).join('.');
    const label = FIELD_LABELS[String(issue.path[0])] ?? field;
    return `“${label}”（${field}）：${issue.message}`;
  });
}

CMS.registerLocale('zh_Hans', adminLocale);
CMS.registerWidget('string', StringControl, TextPreview);
CMS.registerWidget(BODY_WIDGET, BodyControl, TextPreview);
CMS.registerCustomFormat(ARTICLE_FORMAT, 'md', articleFormat);
CMS.registerCustomFormat(DATA_FORMAT, 'yaml', dataFormat);
CMS.registerPreviewStyle(siteCss, { raw: true });
for (const name of [ARTICLES_COLLECTION, TRANSLATIONS_COLLECTION]) {
  const Preview = articlePreview(page.names);
  CMS.registerPreviewTemplate(name, (props: { entry: Immutable }) =>
    h('div', null, name === ARTICLES_COLLECTION ? translationLink(props.entry, new Set(page.translated)) : null, h(Preview, props)),
  );
}

CMS.registerEventListener({
  name: 'preSave',
  handler: ({ entry }: { entry: Immutable }) => {
    const collection = entry.get('collection');
    if (collection !== ARTICLES_COLLECTION && collection !== TRANSLATIONS_COLLECTION) return undefined;
    const data = entry.get('data') as Immutable;
    const found = problems(data.toJS());
    if (found.length > 0) throw new Error(`还不能保存，请先改正：\n${found.join('\n')}`);
    const original = data.get('translationOf');
    if (collection === TRANSLATIONS_COLLECTION && entry.get('newRecord') && typeof original === 'string' && page.translated.includes(original)) {
      throw new Error(`文章 ${original} 已经有英文译文（${original}.en.md），请在“英文译文”里打开它修改，不要再新建。`);
    }
    if (collection !== ARTICLES_COLLECTION || !entry.get('newRecord')) return data;
    // A new Chinese article: its file name by the rule of `npm run new`.
    const js = data.toJS() as { departments?: string[]; speaker?: { name?: string }; title?: string };
    const base = suggestSlug({ departments: js.departments ?? [], speakerName: js.speaker?.name || undefined, title: js.title ?? '' });
    return data.set('fileSlug', uniqueSlug(base, new Set(page.slugs)));
  },
});

installPasteCleaner(document);

CMS.init({
  config: adminConfig({ localBackend: page.localBackend, siteUrl: page.siteUrl, contentDir: page.contentDir }) as never,
});
