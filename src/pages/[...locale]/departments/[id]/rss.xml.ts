import type { APIRoute } from 'astro';
import { fill, localName, t } from '@/i18n';
import { byDepartment } from '@/lib/articles';
import { allDepartments, type Department } from '@/lib/collections';
import { feedResponse } from '@/lib/feeds';
import { feedPaths, type FeedPathProps } from '@/lib/feed-paths';

export const getStaticPaths = async () => feedPaths(await allDepartments(), (d) => ({ id: d.id }));

export const GET: APIRoute = async ({ props }) => {
  const { locale, key: department, articles } = props as FeedPathProps<Department>;
  const name = localName(department.name, locale);
  return feedResponse({
    locale,
    title: name,
    description: fill(t(locale).articlesIn, { name }),
    articles: byDepartment(articles, department.id),
    page: { to: 'department', id: department.id },
    feed: { to: 'departmentFeed', id: department.id },
  });
};
