/**
 * The web editor's browser entry (loaded only by /admin/): Decap CMS from
 * node_modules, with the site's own file formats, preview and checks.
 */
import CMS from 'decap-cms-app';
import { store } from 'decap-cms-core/dist/esm/redux/index.js';
import { loadEntry } from 'decap-cms-core/dist/esm/actions/entries.js';
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

/**
 * The page is not reloaded after saving. What this tab saved is taken from
 * now on; and a new entry, once saved, is shown from its file: Decap keeps the
 * same form from the new entry's address to the saved one's and empties it on
 * the way (it relied on a reload, or on going through the list).
 */
CMS.registerEventListener({
  name: 'postSave',
  handler: ({ entry }: { entry: Immutable }) => {
    const collection = String(entry.get('collection'));
    const data = entry.get('data') as Immutable;
    if (!entry.get('newRecord')) return;
    const fileSlug = data.get('fileSlug');
    const original = data.get('translationOf');
    if (collection === ARTICLES_COLLECTION && typeof fileSlug === 'string') page.slugs.push(fileSlug);
    if (collection === TRANSLATIONS_COLLECTION && typeof original === 'string') page.translated.push(original);
    const entries = `#/collections/${collection}/entries/`;
    const shown = () => {
      if (!location.hash.startsWith(entries)) return;
      window.removeEventListener('hashchange', shown);
      const slug = decodeURIComponent(location.hash.slice(entries.length).split('?')[0] ?? '');
      store.dispatch(loadEntry(store.getState().collections.get(collection), slug));
    };
    window.addEventListener('hashchange', shown);
  },
});

/**
 * A local backup the editor chose to load stays loaded. Decap asks about the
 * backup before the file has loaded, loads the backup, and then puts the
 * file's text back over it when the file arrives (decap-cms issues 5055,
 * 5470, 6989; its toolbar also fails on the missing entry, “Cannot read
 * properties of undefined (reading 'get')”). So when the answer is yes and
 * the file is not there yet, the backup is kept here, Decap is told no, and
 * the backup is loaded into the form through Decap's own actions as soon as
 * the file's entry is in it.
 */
type Draft = { get(key: string): unknown; getIn(path: string[]): unknown; toJS(): unknown };
const draft = () => store.getState().entryDraft as Draft;
let waitingBackup: { path: unknown; entry: unknown } | undefined;
const ask = window.confirm.bind(window);
window.confirm = (message?: string) => {
  if (!String(message).includes('本地备份')) return ask(message);
  const backup = draft().getIn(['localBackup', 'entry']) as Draft | undefined;
  const loaded = Boolean(draft().getIn(['entry', 'path'])) || !backup?.get('path');
  if (loaded || !backup) return ask(message);
  if (!ask(message)) return false;
  waitingBackup = { path: backup.get('path'), entry: backup.toJS() };
  return false;
};
store.subscribe(() => {
  const path = draft().getIn(['entry', 'path']);
  if (!waitingBackup || !path) return;
  const { entry } = waitingBackup;
  const same = path === waitingBackup.path;
  waitingBackup = undefined;
  if (!same) return;
  store.dispatch({ type: 'DRAFT_LOCAL_BACKUP_RETRIEVED', payload: { entry } });
  store.dispatch({ type: 'DRAFT_CREATE_FROM_LOCAL_BACKUP' });
});

installPasteCleaner(document);

CMS.init({
  config: adminConfig({ localBackend: page.localBackend, siteUrl: page.siteUrl, contentDir: page.contentDir }) as never,
});

// 「正在打开编辑器……」 (src/pages/admin/index.astro) until Decap shows its first screen.
const loading = document.getElementById('admin-loading');
const firstScreen = new MutationObserver(() => {
  if (document.getElementById('nc-root')?.childElementCount) {
    loading?.remove();
    firstScreen.disconnect();
  }
});
firstScreen.observe(document.body, { childList: true, subtree: true });
