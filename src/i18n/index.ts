import { en } from './en';
import type { Locale } from './locales';
import type { UIStrings } from './types';
import { zhCN } from './zh-CN';

export * from './locales';
export { fill, type Template } from './fill';
export type { UIStrings } from './types';

const dictionaries: Record<Locale, UIStrings> = { 'zh-CN': zhCN, en };

/** The UI strings of a locale. */
export function t(locale: Locale): UIStrings {
  return dictionaries[locale];
}

/** Names joined for reading, as lists and cards show them: 区委宣传部、区科协 / Publicity Department, Science Association. */
export function joinNames(names: readonly string[], locale: Locale): string {
  return names.join(locale === 'en' ? ', ' : '、');
}

/** Pick the name in a locale from a `{ zh, en }` pair of the data files. */
export function localName(name: { zh: string; en: string }, locale: Locale): string {
  return locale === 'en' ? name.en : name.zh;
}
