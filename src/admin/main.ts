/**
 * The web editor's browser entry (loaded only by /admin/): Decap CMS from
 * node_modules, with the site's own file formats, preview and checks.
 */
import CMS from 'decap-cms-app';
import { store } from 'decap-cms-core/dist/esm/redux/index.js';
import { createElement as h } from 'react';
import siteCss from '../styles/global.css?inline';
import { suggestSlug, uniqueSlug } from '../lib/content-files/index.ts';
import { articleFormat, articleFromFile, articleToFile } from './article-format.ts';
import { adminConfig, ARTICLE_FORMAT, DATA_FORMAT } from './config.ts';
import { dataFormat } from './data-format.ts';
import { ARTICLES_COLLECTION, BODY_WIDGET, DATE_WIDGET, TRANSLATIONS_COLLECTION, formArticleSchema } from './fields.ts';
import { installPasteCleaner } from './paste.ts';
import { articlePreview, type Names } from './preview.ts';
import { FIELD_LABELS } from '../lib/schema.ts';
import { translationLink } from './translation-link.ts';
import { BodyControl, DateControl, StringControl, TextPreview } from './text-widget.ts';
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
CMS.registerWidget(DATE_WIDGET, DateControl, TextPreview);
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
      throw new Error(`文章 ${original} 已经有英文译文，请在“英文译文”里打开它修改，不要再新建。`);
    }
    if (collection !== ARTICLES_COLLECTION || !entry.get('newRecord')) return data;
    // A new Chinese article: its file name by the rule of `npm run new`.
    const js = data.toJS() as { departments?: string[]; speaker?: { name?: string }; title?: string };
    const base = suggestSlug({ departments: js.departments ?? [], speakerName: js.speaker?.name || undefined, title: js.title ?? '' });
    return data.set('fileSlug', uniqueSlug(base, new Set(page.slugs)));
  },
});

// The page is not reloaded after saving: what this tab saved is taken from now on.
CMS.registerEventListener({
  name: 'postSave',
  handler: ({ entry }: { entry: Immutable }) => {
    const fileName = String(entry.get('path') ?? '').split('/').pop()?.replace(/\.md$/, '');
    if (!fileName) return;
    if (entry.get('collection') === ARTICLES_COLLECTION) page.slugs.push(fileName);
    const original = (entry.get('data') as Immutable).get('translationOf');
    if (entry.get('collection') === TRANSLATIONS_COLLECTION && typeof original === 'string') page.translated.push(original);
  },
});

/**
 * A local backup the editor chose to load stays loaded. Decap asks about the
 * backup while the file is still loading and, when the file arrives, puts the
 * file's text back over the backup (decap-cms issues 5055, 5470, 6989). When
 * that happens, the backup (with anything typed since) is offered to Decap
 * once more, and the question is answered yes without asking again.
 */
type Draft = { get(key: string): unknown; getIn(path: string[]): unknown; toJS(): unknown };
let restored: { key: unknown; collection: unknown; path: unknown; entry: Draft } | undefined;
let reloadBackup = false;
let previous = store.getState().entryDraft as unknown as Draft;
store.subscribe(() => {
  const draft = store.getState().entryDraft as unknown as Draft;
  if (draft === previous) return;
  const before = previous;
  previous = draft;
  const entry = draft.get('entry') as Draft;
  if (before.get('localBackup') && !draft.get('localBackup') && draft.get('hasChanged')) {
    restored = { key: draft.get('key'), collection: entry.get('collection'), path: entry.get('path'), entry };
  } else if (restored && draft.get('key') === restored.key) {
    // Typing after the restore, or saving it: keep the latest; a save ends it.
    restored.entry = entry;
    if (entry.get('isPersisting')) restored = undefined;
  } else if (restored) {
    const same = entry.get('collection') === restored.collection && entry.get('path') === restored.path;
    const backup = restored.entry;
    restored = undefined;
    if (same && !draft.get('hasChanged')) {
      reloadBackup = true;
      store.dispatch({ type: 'DRAFT_LOCAL_BACKUP_RETRIEVED', payload: { entry: backup.toJS() } });
    }
  }
});
const ask = window.confirm.bind(window);
window.confirm = (message?: string) => {
  if (reloadBackup && String(message).includes('本地备份')) {
    reloadBackup = false;
    return true;
  }
  return ask(message);
};

installPasteCleaner(document);

CMS.init({
  config: adminConfig({ localBackend: page.localBackend, siteUrl: page.siteUrl, contentDir: page.contentDir }) as never,
});

// 「正在打开编辑器……」 (src/pages/admin/index.astro) until Decap shows its first screen.
const loading = document.getElementById('admin-loading');
const shown = new MutationObserver(() => {
  if (document.getElementById('nc-root')?.childElementCount) {
    loading?.remove();
    shown.disconnect();
  }
});
shown.observe(document.body, { childList: true, subtree: true });
