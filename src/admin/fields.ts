/**
 * The web editor's form, generated from the schema (src/lib/schema.ts).
 *
 * Each field of the zod schema becomes one Decap CMS field: its widget
 * follows from the zod type (text, choice, date, list, object, yes/no),
 * ids of other collections become searchable pickers that show Chinese
 * names and store ids, and the cover an image picker. Required is what
 * the schema requires (no `.optional()`, no `.default()`). Labels are
 * FIELD_LABELS, hints ARTICLE_HINTS / DATA_HINTS (src/admin/labels.ts).
 * So a field cannot exist in the schema and not in the form.
 */
import { z } from 'astro/zod';
import { articleSchema, columnSchema, departmentSchema, FIELD_LABELS, KEBAB_ID, topicSchema } from '../lib/schema.ts';
import { ARTICLE_HINTS, DATA_HINTS, NESTED_LABELS, OPTION_LABELS } from './labels.ts';

/** A Decap CMS field (the subset of options this project uses). */
export interface DecapField {
  name: string;
  label: string;
  widget: string;
  hint?: string;
  required?: boolean;
  default?: unknown;
  options?: { label: string; value: string }[];
  multiple?: boolean;
  collection?: string;
  file?: string;
  value_field?: string;
  search_fields?: string[];
  display_fields?: string[];
  options_length?: number;
  field?: DecapField;
  fields?: DecapField[];
  summary?: string;
  collapsed?: boolean;
  format?: string;
  date_format?: string;
  time_format?: boolean;
  picker_utc?: boolean;
  value_type?: string;
  pattern?: [string, string];
  choose_url?: boolean;
  min?: number;
  add_to_top?: boolean;
  allow_add?: boolean;
}

/** Where the picker of an id field takes its choices from. */
export type Reference = 'departments' | 'topics' | 'columns' | 'articles';

/** A stand-in zod type per reference, recognised by identity when walking the schema. */
const refs = {
  department: z.string(),
  topic: z.string(),
  column: z.string(),
  article: z.string(),
  image: z.string(),
};
const refOf = new Map<z.ZodType, Reference | 'image'>([
  [refs.department, 'departments'],
  [refs.topic, 'topics'],
  [refs.column, 'columns'],
  [refs.article, 'articles'],
  [refs.image, 'image'],
]);

/** The article schema with stand-ins for ids and images: what the form is generated from. */
export const formArticleSchema = articleSchema(refs);

/** Text fields that get a multi-line box instead of one line. */
const LONG_TEXT = new Set(['summary', 'editorNote', 'dateNote', 'description.zh', 'description.en']);

/** The Decap collection holding the data files, and its file per reference. */
export const DATA_COLLECTION = 'data';
export const ARTICLES_COLLECTION = 'articles';
export const TRANSLATIONS_COLLECTION = 'translations';

/** The picker of one reference: which entries it searches, what it shows, what it stores. */
export function relationTo(ref: Reference): Pick<DecapField, 'collection' | 'file' | 'value_field' | 'search_fields' | 'display_fields' | 'options_length'> {
  if (ref === 'articles') {
    return { collection: ARTICLES_COLLECTION, value_field: '{{filename}}', search_fields: ['title'], display_fields: ['title'], options_length: 50 };
  }
  // Data files are lists: Decap sees them as { items: [...] } (see data-format.ts).
  const search = ref === 'departments' ? ['items.*.name.zh', 'items.*.aliases.*', 'items.*.id'] : ['items.*.name.zh', 'items.*.id'];
  return {
    collection: DATA_COLLECTION,
    file: ref,
    value_field: 'items.*.id',
    search_fields: search,
    display_fields: ['items.*.name.zh'],
    options_length: 100,
  };
}

interface Unwrapped {
  type: z.ZodType;
  optional: boolean;
  defaultValue: unknown;
}

/** Strip `.optional()` and `.default()`, remembering them. */
function unwrap(schema: z.ZodType): Unwrapped {
  let type = schema;
  let optional = false;
  let defaultValue: unknown;
  for (;;) {
    const def = type._zod.def as { type: string; innerType?: z.ZodType; defaultValue?: unknown };
    if (def.type === 'optional' && def.innerType) {
      optional = true;
      type = def.innerType;
    } else if (def.type === 'default' && def.innerType) {
      optional = true;
      defaultValue = def.defaultValue;
      type = def.innerType;
    } else {
      return { type, optional, defaultValue };
    }
  }
}

function label(path: string): string {
  const own = NESTED_LABELS[path] ?? FIELD_LABELS[path];
  if (own) return own;
  throw new Error(`src/lib/schema.ts 的字段 ${path} 在 FIELD_LABELS 里没有中文名称`);
}

function choices(path: string, name: string, values: readonly string[]): { label: string; value: string }[] {
  const names = OPTION_LABELS[name] ?? OPTION_LABELS[path] ?? {};
  return values.map((value) => ({ value, label: names[value] ? `${names[value]}（${value}）` : value }));
}

/**
 * The widget of dates (text-widget.ts, registered by main.ts in place of
 * Decap's old `date` widget): by that name Decap still takes the field as the
 * entry's date, whose year names the folder (`{{year}}` in config.ts).
 */
export const DATE_WIDGET = 'date';

/**
 * A date field: typed and shown as 2026-12-01, stored as that text. Not
 * Decap's datetime widget: the browser's date picker shows the browser's
 * locale (mm/dd/yyyy in English) and Decap adds “UTC” to it.
 */
function dateField(base: { name: string; label: string; hint: string; required: boolean }, optional: boolean): DecapField {
  return { ...base, widget: DATE_WIDGET, pattern: ['^\\d{4}-\\d{2}-\\d{2}$', '日期写成 2026-12-01 这样：年-月-日，月和日都是两位数'], default: optional ? '' : undefined };
}

/** One zod field as a Decap field. */
function toField(name: string, path: string, schema: z.ZodType, hints: Readonly<Record<string, string>>, inOptional: boolean): DecapField {
  const { type, optional } = unwrap(schema);
  const hint = hints[path];
  if (hint === undefined) throw new Error(`src/admin/labels.ts 里没有字段 ${path} 的说明（hint）`);
  // Inside an optional object (speaker), nothing is required by the form: the schema check before saving
  // (main.ts) asks for name and role only when a speaker is given.
  const base = { name, label: label(path), hint, required: !optional && !inOptional };
  const ref = refOf.get(type);
  if (ref === 'image') return { ...base, widget: 'image', choose_url: false };
  if (ref) return { ...base, widget: 'relation', ...relationTo(ref) };

  const def = type._zod.def as { type: string; element?: z.ZodType };
  switch (def.type) {
    case 'string':
      return { ...base, widget: LONG_TEXT.has(path) ? 'text' : 'string' };
    case 'number':
      return { ...base, widget: 'number', value_type: 'int' };
    case 'boolean':
      return { ...base, widget: 'boolean', default: false };
    case 'date':
      return dateField(base, optional);
    case 'pipe': {
      // A calendar date (calendarDate() in src/lib/schema.ts): a date, string or number, then a check of the day.
      const input = (def as { in?: z.ZodType }).in;
      const options = input ? (input._zod.def as { options?: readonly z.ZodType[] }).options : undefined;
      if (options?.some((o) => (o._zod.def as { type: string }).type === 'date')) return dateField(base, optional);
      throw new Error(`字段 ${path} 的类型 pipe 还不能生成表单，请在 src/admin/fields.ts 里加上`);
    }
    case 'enum':
      return { ...base, widget: 'select', options: choices(path, name, (type as z.ZodEnum).options as string[]) };
    case 'array': {
      const element = unwrap(def.element as z.ZodType).type;
      const elementRef = refOf.get(element);
      if (elementRef && elementRef !== 'image') {
        return { ...base, widget: 'relation', multiple: true, ...relationTo(elementRef), ...(optional ? {} : { min: 1 }) };
      }
      return { ...base, widget: 'list', field: { name: 'item', label: base.label, widget: 'string' } };
    }
    case 'object':
      return { ...base, widget: 'object', collapsed: false, fields: objectFields(type as z.ZodObject, hints, `${path}.`, optional || inOptional) };
    default:
      throw new Error(`字段 ${path} 的类型 ${def.type} 还不能生成表单，请在 src/admin/fields.ts 里加上`);
  }
}

/** The fields of a zod object, in its order. */
export function objectFields(schema: z.ZodObject, hints: Readonly<Record<string, string>>, prefix = '', inOptional = false): DecapField[] {
  return Object.entries(schema.shape).map(([name, field]) => toField(name, `${prefix}${name}`, field as z.ZodType, hints, inOptional));
}

/** The widget of the article body: a textarea safe for input methods (text-widget.ts, registered by main.ts). */
export const BODY_WIDGET = 'article-body';

/**
 * The article form.
 *
 * @param lang  'zh-CN' for the Chinese articles (no translationOf), 'en' for translations
 *              (translationOf required, picked from the Chinese articles)
 */
export function articleFields(lang: 'zh-CN' | 'en'): DecapField[] {
  const fields = objectFields(formArticleSchema, ARTICLE_HINTS).flatMap((field): DecapField[] => {
    if (field.name === 'lang') return [{ name: 'lang', label: field.label, widget: 'hidden', default: lang }];
    if (field.name === 'translationOf') return lang === 'en' ? [{ ...field, required: true }] : [];
    return [field];
  });
  const body: DecapField = {
    name: 'body',
    label: '正文',
    hint: ARTICLE_HINTS.body,
    // The markdown as it is (Decap's rich-text mode would rewrite Chinese bold lead-ins).
    widget: BODY_WIDGET,
    required: true,
  };
  return [...fields, body];
}

/** Chinese names of the data files. */
export const DATA_FILE_LABELS = { departments: '部门', topics: '主题', columns: '栏目' } as const;

/** The form of one data file: a list of entries. */
export function dataFields(which: 'departments' | 'topics' | 'columns'): DecapField[] {
  const schema = { departments: departmentSchema, topics: topicSchema, columns: columnSchema }[which];
  return [
    {
      name: 'items',
      label: DATA_FILE_LABELS[which],
      widget: 'list',
      summary: '{{fields.name.zh}}（{{fields.id}}）',
      collapsed: true,
      add_to_top: false,
      fields: objectFields(schema, DATA_HINTS).map((f) =>
        f.name === 'id' ? { ...f, pattern: [KEBAB_ID.source, '只能用小写英文字母、数字和连字符，如 yongan-town'] } : f,
      ),
    },
  ];
}
