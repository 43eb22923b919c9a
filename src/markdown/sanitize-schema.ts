/**
 * The allowlist for HTML in articles (rehype-sanitize schema).
 *
 * Editors may paste raw HTML into markdown; only what a news article needs
 * gets through. Everything else is removed: unknown elements are unwrapped
 * (their text stays), the elements in `strip` are dropped with their content,
 * and attributes not listed here (`style`, `class`, `on*`, `id`…) vanish.
 *
 * Derived from `defaultSchema` (GitHub's rules) but much narrower: the
 * `'*'` attribute list (which allows `id`, `name`, `align`… everywhere) is
 * not inherited, and only `http`, `https`, `mailto` and `tel` URLs are kept.
 *
 * The schema also covers what markdown itself generates: GFM strikethrough
 * (`del`), task lists (`input`), table alignment (`align`), ordered list
 * `start`, code block language classes and GFM footnotes.
 */
import { defaultSchema } from 'rehype-sanitize';
import type { Options as Schema } from 'rehype-sanitize';
import { CODE_BLOCK_TOKEN } from './code-block-stash.ts';

/**
 * Ids that markdown footnotes generate: remark-rehype already prefixes them
 * (`user-content-fn-1`, `user-content-fnref-1`) and their links point at
 * those exact ids, so they must pass unchanged. An editor's own `id` is
 * dropped unless it falls into this namespace.
 */
const FOOTNOTE_ID = /^user-content-fn(?:ref)?-/;

/**
 * An image may only come from this site: a relative URL (`../../media/a.jpg`,
 * `/media/a.jpg`), never `https://…`, `//host/…` or `\\host\…` (browsers
 * read backslashes as slashes), so no page makes a request to another host.
 * The content check names such images with the fix (put the file in
 * content/media/); here they lose their `src`.
 */
export const LOCAL_IMAGE_URL = /^(?![\s\u0000-\u001f]*(?:[a-z][a-z0-9+.-]*:|[/\\][\t\n\r]*[/\\]))/i;

/** The rehype-sanitize schema used for every article. */
export const sanitizeSchema: Schema = {
  ...defaultSchema,
  tagNames: [
    // Text
    'p', 'br', 'strong', 'em', 'b', 'i', 'u', 's', 'del', 'sup', 'sub', 'abbr', 'span', 'code', 'pre',
    // Structure
    'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'blockquote', 'ul', 'ol', 'li',
    'figure', 'figcaption', 'a', 'img',
    'table', 'thead', 'tbody', 'tr', 'th', 'td',
    // Markdown-generated: task list checkboxes and the footnotes section.
    'input', 'section',
  ],
  attributes: {
    a: [
      'href',
      'title',
      // GFM footnote references and back references.
      ['id', FOOTNOTE_ID],
      'dataFootnoteRef',
      'dataFootnoteBackref',
      ['ariaDescribedBy', 'footnote-label'],
      'ariaLabel',
      ['className', 'data-footnote-backref'],
    ],
    img: [['src', LOCAL_IMAGE_URL], 'alt', 'title', 'width', 'height', ['loading', 'lazy', 'eager']],
    abbr: ['title'],
    // `align` is what GFM table column alignment (`:--:`) produces.
    th: ['colSpan', 'rowSpan', ['align', 'left', 'center', 'right']],
    td: ['colSpan', 'rowSpan', ['align', 'left', 'center', 'right']],
    ol: ['start', ['className', 'contains-task-list']],
    ul: [['className', 'contains-task-list']],
    li: [
      ['className', 'task-list-item'],
      ['id', FOOTNOTE_ID],
    ],
    input: [
      ['type', 'checkbox'],
      ['disabled', true],
      'checked',
    ],
    // Fenced code without highlighting: `<code class="language-js">`.
    code: [['className', /^language-[\w+#-]+$/]],
    // Placeholder for a stashed, trusted code block (see code-block-stash.ts).
    pre: [[CODE_BLOCK_TOKEN, /^[\w-]+$/]],
    // GFM footnotes: `<section data-footnotes class="footnotes">`, whose
    // visually hidden `<h2 id="footnote-label" class="sr-only">` the
    // references point at with aria-describedby.
    section: ['dataFootnotes', ['className', 'footnotes']],
    h2: [
      ['id', 'footnote-label'],
      ['className', 'sr-only'],
    ],
  },
  required: {
    input: { type: 'checkbox', disabled: true },
  },
  // Only task list items may hold a checkbox; table parts need a table.
  ancestors: {
    ...defaultSchema.ancestors,
    input: ['li'],
  },
  protocols: {
    href: ['http', 'https', 'mailto', 'tel'],
    src: ['http', 'https'],
  },
  // Ids are restricted above instead of prefixed: footnote ids are already
  // prefixed by remark-rehype (a second prefix would break their links), and
  // heading ids are added by Astro after this step (see index.ts).
  clobberPrefix: '',
  clobber: [],
  // Dropped together with their content, which is code, CSS, fallback
  // markup or raw text that must not show up as article text.
  strip: [
    'script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'applet',
    'frame', 'frameset', 'noframes', 'noembed', 'xmp', 'plaintext', 'title',
    'textarea', 'select', 'option', 'svg', 'math', 'canvas', 'audio', 'video',
  ],
  allowComments: false,
  allowDoctypes: false,
};
