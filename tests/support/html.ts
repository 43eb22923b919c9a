/** Reading the built site: pages parsed with a real HTML parser. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { DIST } from './build';

/** The file a site path is served from: /a/b/ → dist/a/b/index.html. */
export function fileFor(path: string, root = DIST): string {
  const clean = decodeURIComponent(path.split(/[?#]/)[0]!);
  return clean.endsWith('/') ? join(root, clean, 'index.html') : join(root, clean);
}

export function pageExists(path: string, root = DIST): boolean {
  return existsSync(fileFor(path, root));
}

/** The parsed page at a site path; fails the test if it was not built. */
export function page(path: string, root = DIST): HTMLElement {
  const file = fileFor(path, root);
  if (!existsSync(file)) throw new Error(`Page ${path} was not built (no ${file})`);
  return parse(readFileSync(file, 'utf8'));
}

/** Every built HTML file, as site paths (/…/ for index.html). */
export function allPages(root = DIST): string[] {
  const out: string[] = [];
  const walk = (dir: string, prefix: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(dir, e.name), `${prefix}${e.name}/`);
      else if (e.name.endsWith('.html')) out.push(e.name === 'index.html' ? prefix : `${prefix}${e.name}`);
    }
  };
  walk(root, '/');
  return out;
}

/** Visible text of an element, whitespace as in the HTML. */
export function text(el: HTMLElement | null | undefined): string {
  return el ? el.textContent : '';
}

const HAN = /[\u3400-\u9FFF\uF900-\uFAFF\u3000-\u303F\uFF00-\uFFEF“”‘’]/;

/** Places where a line break or space sits between two CJK characters in a text. */
export function cjkBreaks(s: string): string[] {
  const found: string[] = [];
  for (const m of s.matchAll(/(?<=(.))(\s*\n\s*)(?=(.))/gu)) {
    if (HAN.test(m[1]!) && HAN.test(m[3]!)) found.push(`${m[1]}⏎${m[3]}`);
  }
  return found;
}
