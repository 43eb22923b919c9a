/**
 * The preview pane of the web editor: the article as the site shows it.
 *
 * Same markup and class names as the article page
 * (src/pages/[...locale]/articles/[slug].astro), the site's own stylesheet
 * (src/styles/global.css, registered by main.ts), and the body rendered by
 * the site's remark/rehype plugins (CJK bold lead-ins, joined line breaks,
 * the HTML allowlist), not by Decap's markdown renderer.
 */
import { createElement as h, type ReactNode } from 'react';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { fill } from '../i18n/fill.ts';
import { bylineParts } from '../lib/byline.ts';
import { zhCN } from '../i18n/zh-CN.ts';
import { en } from '../i18n/en.ts';
import { sanitizeSchema } from '../markdown/sanitize-schema.ts';
import { remarkPlugins } from '../markdown/index.ts';
import type { ArticleType } from '../lib/article-types.ts';

/** Chinese and English names of departments, topics and columns, by id (from the data files, see the admin page). */
export interface Names {
  departments: Record<string, { zh: string; en: string }>;
  topics: Record<string, { zh: string; en: string }>;
  columns: Record<string, { zh: string; en: string }>;
}

const processor = unified()
  .use(remarkParse)
  .use(remarkPlugins as PluggableList)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)
  .use(rehypeSanitize, sanitizeSchema)
  .use(rehypeStringify);

/** The body as the site renders it. */
export function bodyHtml(markdown: string): string {
  return String(processor.processSync(markdown));
}

interface PreviewProps {
  entry: { getIn(path: string[]): unknown };
}

function text(entry: PreviewProps['entry'], key: string): string {
  const v = entry.getIn(['data', key]);
  return typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v);
}

function list(entry: PreviewProps['entry'], key: string): string[] {
  const v = entry.getIn(['data', key]) as { toJS?: () => unknown } | unknown[] | undefined;
  const js = v && typeof v === 'object' && 'toJS' in v && typeof v.toJS === 'function' ? v.toJS() : v;
  return Array.isArray(js) ? js.filter((x): x is string => typeof x === 'string' && x !== '') : [];
}

/** The React component Decap renders in its preview pane. */
export function articlePreview(names: Names) {
  return function ArticlePreview({ entry }: PreviewProps): ReactNode {
    const lang = text(entry, 'lang') === 'en' ? 'en' : 'zh-CN';
    const s = lang === 'en' ? en : zhCN;
    const local = (n: { zh: string; en: string } | undefined) => (n ? (lang === 'en' ? n.en : n.zh) : undefined);
    const column = local(names.columns[text(entry, 'column')]);
    const type = s.articleTypes[text(entry, 'type') as ArticleType];
    const reporters = list(entry, 'reporters');
    const correspondents = list(entry, 'correspondents');
    const speakerName = String(entry.getIn(['data', 'speaker', 'name']) ?? '');
    const speakerRole = String(entry.getIn(['data', 'speaker', 'role']) ?? '');
    const subtitle = text(entry, 'subtitle');
    const editorNote = text(entry, 'editorNote');
    const signatories = list(entry, 'signatories');
    const source = text(entry, 'source');
    const date = text(entry, 'date');
    const departments = list(entry, 'departments').map((id) => local(names.departments[id]) ?? id);
    const topics = list(entry, 'topics').map((id) => local(names.topics[id]) ?? id);
    return h(
      'main',
      { className: 'wrap', id: 'main' },
      h(
        'article',
        { className: 'article', lang },
        h(
          'header',
          { className: 'article__header' },
          h('p', { className: 'article__column' }, column ? h('a', null, column) : null, type ? h('a', null, type) : null),
          text(entry, 'kicker') ? h('p', { className: 'article__kicker' }, text(entry, 'kicker')) : null,
          h('h1', { className: 'article__title' }, text(entry, 'title')),
          subtitle ? h('p', { className: 'article__subtitle' }, subtitle) : null,
          reporters.length > 0 || correspondents.length > 0
            ? h(
                'p',
                { className: 'article__byline' },
                ...bylineParts({ reporters, correspondents }, s, lang).map((part) => h('span', { key: part }, part)),
              )
            : null,
          speakerName && speakerRole && !subtitle.includes(speakerName) ? h('p', { className: 'article__speaker' }, fill(s.speakerLine, { name: speakerName, role: speakerRole })) : null,
          date ? h('p', { className: 'article__date' }, h('time', { dateTime: date }, date)) : null,
        ),
        editorNote ? h('aside', { className: 'editor-note', 'aria-label': s.editorNote }, h('strong', null, s.editorNote), h('p', null, editorNote)) : null,
        h('div', { className: 'article__body prose', dangerouslySetInnerHTML: { __html: bodyHtml(text(entry, 'body')) } }),
        signatories.length > 0
          ? h('div', { className: 'article__signature' }, ...signatories.map((line, i) => h('p', { key: i }, line)), date ? h('p', null, date) : null)
          : null,
        source ? h('p', { className: 'article__source' }, `${s.sourcePrefix}${source}`) : null,
        h(
          'footer',
          { className: 'article__footer' },
          departments.length > 0 ? h('p', null, `${s.departments}：${departments.join('、')}`) : null,
          topics.length > 0 ? h('p', null, `${s.topics}：${topics.join('、')}`) : null,
        ),
      ),
    );
  };
}
