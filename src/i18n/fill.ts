/**
 * Filling the UI strings' placeholders: every string with a variable part
 * is a template with `{name}` placeholders (`第 {n} 页，共 {total} 页`),
 * or, where a language words a count differently by number, a pair
 * `{ one, other }` chosen by the placeholder `n` with the locale's plural
 * rules (`1 article` / `2 articles`). One function fills both, at build
 * time and in the browser (the search page's script), so no dictionary
 * holds code.
 */

/** A UI string: plain text with `{name}` placeholders, or a pair chosen by the count `n`. */
export type Template = string | { readonly one: string; readonly other: string };

const pluralRules = new Map<string, Intl.PluralRules>();

/**
 * The template with its `{name}` placeholders filled in; a placeholder
 * with no value is left as written. For a `{ one, other }` pair, `values.n`
 * picks the form by the plural rules of `locale`.
 */
export function fill(template: Template, values: Readonly<Record<string, string | number>> = {}, locale = 'en'): string {
  let text: string;
  if (typeof template === 'string') text = template;
  else {
    let rules = pluralRules.get(locale);
    if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
    text = rules.select(Number(values['n'] ?? 0)) === 'one' ? template.one : template.other;
  }
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
