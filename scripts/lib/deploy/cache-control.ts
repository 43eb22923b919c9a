/**
 * Cache-Control and Content-Type of each published file, by its site path
 * (`/_astro/x.css`, `/articles/x/index.html`). deploy/nginx.conf holds the
 * same Cache-Control rules as a `map` for nginx; the object-store target
 * sets these on each object; tests/deploy/nginx.test.ts checks the two agree.
 */
import { lookup } from 'mrmime';

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';
export const SEARCH_CHUNK = 'public, max-age=86400, must-revalidate';
export const OTHER = 'public, max-age=3600';

/** The rules in order, first match wins (as nginx's `map` with regexes). */
export const CACHE_RULES: ReadonlyArray<readonly [RegExp, string]> = [
  // Hashed file names (Vite): never change under their name.
  [/^\/_astro\//, IMMUTABLE],
  // Pagefind's index chunks are named by their content: a day, then revalidate.
  [/^\/pagefind\/.*\.pf_(meta|index|fragment|filter)$/, SEARCH_CHUNK],
  // Pagefind's entry file, scripts and wasm keep their names: ask every time.
  [/^\/pagefind\//, REVALIDATE],
  // Pages, feeds, sitemaps, robots.txt: revalidate on every visit.
  [/(\/|\.html|\.xml|\.txt)$/, REVALIDATE],
];

/** Cache-Control for a site path (leading slash). */
export function cacheControlFor(sitePath: string): string {
  for (const [pattern, value] of CACHE_RULES) if (pattern.test(sitePath)) return value;
  return OTHER;
}

const TEXT = /^(text\/|application\/(javascript|json|xml|rss\+xml|manifest\+json)|image\/svg\+xml)/;

/** Content-Type for a site path; text types say UTF-8; Pagefind's own files are bytes. */
export function contentTypeFor(sitePath: string): string {
  const ext = sitePath.slice(sitePath.lastIndexOf('.') + 1).toLowerCase();
  const type = lookup(ext) ?? 'application/octet-stream';
  return TEXT.test(type) ? `${type}; charset=utf-8` : type;
}
