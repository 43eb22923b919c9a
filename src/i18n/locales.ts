/** The site's languages. Chinese first: it is the default and has no URL prefix. */
export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

/** The URL prefix of a locale: '' for Chinese, '/en' for English. */
export function localePrefix(locale: Locale): string {
  return locale === DEFAULT_LOCALE ? '' : `/${locale}`;
}

/** The `[...locale]` route param of a locale (undefined for the default). */
export function localeParam(locale: Locale): string | undefined {
  return locale === DEFAULT_LOCALE ? undefined : locale;
}

/** The locale a `[...locale]` route param stands for; throws on anything else. */
export function localeFromParam(param: string | undefined): Locale {
  if (param === undefined || param === '') return DEFAULT_LOCALE;
  const found = LOCALES.find((l) => l === param && l !== DEFAULT_LOCALE);
  if (!found) throw new Error(`Unknown locale in URL: ${param}`);
  return found;
}

/** The other language, for the language switch. */
export function otherLocale(locale: Locale): Locale {
  return locale === 'en' ? 'zh-CN' : 'en';
}

/** getStaticPaths for a page that exists once per locale. */
export function localePaths(): { params: { locale: string | undefined }; props: { locale: Locale } }[] {
  return LOCALES.map((locale) => ({ params: { locale: localeParam(locale) }, props: { locale } }));
}
