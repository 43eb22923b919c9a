import type { APIRoute } from 'astro';
import { localePaths, type Locale } from '@/i18n';
import { articlesForLocale } from '@/lib/collections';
import { feedResponse } from '@/lib/feeds';

export const getStaticPaths = localePaths;

export const GET: APIRoute = async ({ props }) => {
  const { locale } = props as { locale: Locale };
  return feedResponse({ locale, articles: await articlesForLocale(locale), page: { to: 'home' }, feed: { to: 'feed' } });
};
