import type { APIRoute } from 'astro';
import { localName } from '@/i18n';
import { byTopic } from '@/lib/articles';
import { allTopics, type Topic } from '@/lib/collections';
import { feedResponse } from '@/lib/feeds';
import { feedPaths, type FeedPathProps } from '@/lib/feed-paths';

export const getStaticPaths = async () => feedPaths(await allTopics(), (topic) => ({ id: topic.id }));

export const GET: APIRoute = async ({ props }) => {
  const { locale, key: topic, articles } = props as FeedPathProps<Topic>;
  return feedResponse({
    locale,
    title: localName(topic.name, locale),
    description: locale === 'en' ? topic.description.en : topic.description.zh,
    articles: byTopic(articles, topic.id),
    page: { to: 'topic', id: topic.id },
    feed: { to: 'topicFeed', id: topic.id },
  });
};
