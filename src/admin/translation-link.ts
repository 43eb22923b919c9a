/**
 * “新建英文译文” on a saved Chinese article's preview: opens a new English
 * translation with `translationOf` set to the article's file name and the
 * fields that do not change in translation (type, date, column, departments,
 * topics) already filled in. It is saved as `<file name>.en.md` next to the
 * Chinese file (the translations collection's path, config.ts).
 */
import { createElement as h, type ReactNode } from 'react';
import { TRANSLATIONS_COLLECTION } from './fields.ts';

type Entry = { get(key: string): unknown; getIn(path: string[]): unknown };

/** Fields carried over from the Chinese article. */
const CARRIED = ['type', 'date', 'datePrecision', 'dateSource', 'column', 'departments', 'topics'] as const;

function asText(value: unknown): string {
  const js = value && typeof value === 'object' && 'toJS' in value ? (value as { toJS(): unknown }).toJS() : value;
  return Array.isArray(js) ? js.join(',') : js === undefined || js === null ? '' : String(js);
}

/** The address of the new translation's form. */
export function newTranslationHash(entry: Entry): string | undefined {
  const path = entry.get('path');
  if (entry.get('newRecord') || typeof path !== 'string') return undefined;
  const fileName = path.split('/').pop()?.replace(/\.md$/, '');
  if (!fileName) return undefined;
  const params = new URLSearchParams({ translationOf: fileName });
  for (const key of CARRIED) {
    const value = asText(entry.getIn(['data', key]));
    if (value) params.set(key, value);
  }
  return `#/collections/${TRANSLATIONS_COLLECTION}/new?${params.toString()}`;
}

/** The link, unless the article is new or already has a translation (`translated`: their file names). */
export function translationLink(entry: Entry, translated: ReadonlySet<string>): ReactNode {
  const hash = newTranslationHash(entry);
  const fileName = String(entry.get('path') ?? '').split('/').pop()?.replace(/\.md$/, '') ?? '';
  if (!hash || translated.has(fileName)) return null;
  return h(
    'p',
    // Room on the right for Decap's buttons over the preview's top-right corner (preview on/off, scroll sync).
    { className: 'translation-note', style: { margin: '1rem auto', maxWidth: '48rem', padding: '0 4.5rem 0 1rem' } },
    h('a', { href: `/admin/${hash}`, target: '_top', 'data-admin': 'new-translation' }, '新建英文译文'),
    '（译文和中文原文存在一起；类型、日期、部门、主题自动带过去）',
  );
}
