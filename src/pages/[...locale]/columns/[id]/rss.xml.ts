import type { APIRoute } from 'astro';
import { localName } from '@/i18n';
import { byColumn } from '@/lib/articles';
import { allColumns, type Column } from '@/lib/collections';
import { feedResponse } from '@/lib/feeds';
import { feedPaths, type FeedPathProps } from '@/lib/feed-paths';

export const getStaticPaths = async () => feedPaths(await allColumns(), (column) => ({ id: column.id }));

export const GET: APIRoute = async ({ props }) => {
  const { locale, key: column, articles } = props as FeedPathProps<Column>;
  return feedResponse({
    locale,
    title: localName(column.name, locale),
    description: locale === 'en' ? column.description.en : column.description.zh,
    articles: byColumn(articles, column.id),
    page: { to: 'column', id: column.id },
    feed: { to: 'columnFeed', id: column.id },
  });
};
