/**
 * The Decap CMS configuration of the web editor at /admin/, built from the
 * schema (fields.ts) and the production backend (backend.ts). Passed to
 * `CMS.init({ config })`, so no config.yml is fetched.
 */
import { DATA_COLLECTION, DATA_FILE_LABELS, TRANSLATIONS_COLLECTION, ARTICLES_COLLECTION, articleFields, dataFields, type DecapField } from './fields.ts';
import { productionBackend, type ProductionBackend } from './backend.ts';

/** Names of the custom file formats registered in main.ts. */
export const ARTICLE_FORMAT = 'shizhong-article';
export const DATA_FORMAT = 'shizhong-data';

export interface AdminConfigOptions {
  /** The decap-server URL, in local mode (`npm run editor`); undefined in production. */
  localBackend?: string | undefined;
  /** Where the site is served, for the editor's “view on site” links. */
  siteUrl: string;
  /** The content folder relative to the repository root (decap-server's directory). */
  contentDir?: string;
  backend?: ProductionBackend;
}

export interface DecapCollection {
  name: string;
  label: string;
  label_singular?: string;
  description?: string;
  folder?: string;
  files?: { name: string; label: string; file: string; fields: DecapField[] }[];
  path?: string;
  slug?: string;
  format?: string;
  extension?: string;
  filter?: { field: string; value: string };
  create?: boolean;
  delete?: boolean;
  summary?: string;
  sortable_fields?: (string | { field: string; label?: string; default_sort?: 'asc' | 'desc' })[];
  identifier_field?: string;
  media_folder?: string;
  public_folder?: string;
  preview_path?: string;
  fields?: DecapField[];
}

export function adminConfig(options: AdminConfigOptions) {
  const content = options.contentDir ?? 'content';
  const media = { media_folder: `/${content}/media`, public_folder: '../../media' };
  const articleCollection = (name: string, lang: 'zh-CN' | 'en'): DecapCollection => ({
    name,
    label: lang === 'en' ? '英文译文' : '文章',
    label_singular: lang === 'en' ? '英文译文' : '文章',
    description:
      lang === 'en'
        ? '中文文章的英文译文，最新的在前。新建译文：打开中文文章，点预览上方的“新建英文译文”。'
        : '本站的中文文章，最新的在前。新文章的网址按第一个部门和受访者（或标题开头）的拼音自动生成。',
    folder: `${content}/articles`,
    path: '{{year}}/{{slug}}',
    // The file name is worked out before saving (main.ts, preSave), by the rule of `npm run new`.
    slug: lang === 'en' ? '{{fields.translationOf}}.en' : '{{fields.fileSlug}}',
    format: ARTICLE_FORMAT,
    extension: 'md',
    filter: { field: 'lang', value: lang },
    create: true,
    delete: false,
    identifier_field: 'title',
    summary: '{{title}}（{{date}}）',
    // Newest first.
    sortable_fields: [{ field: 'date', default_sort: 'desc' }, 'title'],
    preview_path: lang === 'en' ? 'en/articles/{{translationOf}}/' : 'articles/{{filename}}/',
    ...media,
    fields: articleFields(lang),
  });
  const dataCollection: DecapCollection = {
    name: DATA_COLLECTION,
    label: '部门、主题、栏目',
    description: '新增或修改部门（镇、街道、区直部门……）、主题和栏目。id 用在网址里，定了就不要改。',
    // Decap takes the format from the collection, not from each file.
    format: DATA_FORMAT,
    delete: false,
    files: (['departments', 'topics', 'columns'] as const).map((which) => ({
      name: which,
      label: DATA_FILE_LABELS[which],
      file: `${content}/${which}.yaml`,
      fields: dataFields(which),
    })),
  };
  const backend = options.backend ?? productionBackend;
  return {
    load_config_file: false,
    locale: 'zh_Hans',
    backend: { ...backend, squash_merges: true, commit_messages: { create: '新增文章“{{slug}}”', update: '修改“{{slug}}”', delete: '删除“{{slug}}”', uploadMedia: '上传图片“{{path}}”', deleteMedia: '删除图片“{{path}}”' } },
    // In local mode decap-server writes into the working copy, which has no workflow: Decap falls back to saving directly.
    publish_mode: 'editorial_workflow',
    ...(options.localBackend ? { local_backend: { url: options.localBackend } } : {}),
    site_url: options.siteUrl,
    display_url: options.siteUrl,
    show_preview_links: true,
    media_folder: `${content}/media`,
    public_folder: '/media',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: [articleCollection(ARTICLES_COLLECTION, 'zh-CN'), articleCollection(TRANSLATIONS_COLLECTION, 'en'), dataCollection],
  };
}
