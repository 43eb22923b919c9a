import type { APIRoute } from 'astro';
import { absoluteHref } from '@/lib/urls';
import { site } from '@/site';

/** robots.txt: everything but the web editor (/admin/) may be crawled; the sitemap is named with the site's URL from config. */
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\nDisallow: /admin/\n\nSitemap: ${absoluteHref(site.url, 'zh-CN', { to: 'sitemap' })}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
