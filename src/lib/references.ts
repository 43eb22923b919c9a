/**
 * Astro's reference() checks the shape of an id, not that the id exists.
 * This finds every id in an article's frontmatter that names nothing, so
 * the build can stop with the file, the field and the ids that exist.
 */
export interface ReferenceSource {
  /** The file the article came from, relative to the project. */
  file: string;
  departments: readonly string[];
  topics: readonly string[];
  column?: string | undefined;
  speakerDepartment?: string | undefined;
  translationOf?: string | undefined;
}

export interface KnownIds {
  departments: ReadonlySet<string>;
  topics: ReadonlySet<string>;
  columns: ReadonlySet<string>;
  articles: ReadonlySet<string>;
}

/** Where each kind of id is defined, inside the content folder. */
const DATA_FILE = {
  departments: 'departments.yaml',
  topics: 'topics.yaml',
  columns: 'columns.yaml',
  articles: 'articles/',
} as const;

/**
 * Every unknown reference, one message per problem; empty when all is
 * well. `contentDir` is the content folder as shown to the editor
 * (`content` unless SHIZHONG_CONTENT_DIR says otherwise).
 */
function problemIn(contentDir: string) {
  const folder = contentDir.replace(/^\.\//, '').replace(/\/+$/, '');
  return (file: string, field: string, id: string, kind: keyof KnownIds, ids: ReadonlySet<string>) =>
    `${file}: 字段 ${field} 的值 “${id}” 不存在（field ${field}: unknown id "${id}"）。` +
    `请使用 ${folder}/${DATA_FILE[kind]} 中已有的 id：${[...ids].sort().join('、')}`;
}

export function findUnknownReferences(articles: readonly ReferenceSource[], known: KnownIds, contentDir = 'content'): string[] {
  const problem = problemIn(contentDir);
  const problems: string[] = [];
  for (const a of articles) {
    a.departments.forEach((id, i) => {
      if (!known.departments.has(id)) problems.push(problem(a.file, `departments[${i}]`, id, 'departments', known.departments));
    });
    a.topics.forEach((id, i) => {
      if (!known.topics.has(id)) problems.push(problem(a.file, `topics[${i}]`, id, 'topics', known.topics));
    });
    if (a.column && !known.columns.has(a.column)) problems.push(problem(a.file, 'column', a.column, 'columns', known.columns));
    if (a.speakerDepartment && !known.departments.has(a.speakerDepartment)) {
      problems.push(problem(a.file, 'speaker.department', a.speakerDepartment, 'departments', known.departments));
    }
    if (a.translationOf && !known.articles.has(a.translationOf)) {
      problems.push(problem(a.file, 'translationOf', a.translationOf, 'articles', known.articles));
    }
  }
  return problems;
}

/** An entry of companies.yaml that may name the department it is. */
export interface CompanyReferenceSource {
  id: string;
  department?: string | null | undefined;
}

/**
 * Every `department` of companies.yaml that names no department, one
 * message each (the file, the entry and the ids that exist).
 */
export function findUnknownCompanyDepartments(
  companies: readonly CompanyReferenceSource[],
  departments: ReadonlySet<string>,
  contentDir = 'content',
): string[] {
  const problem = problemIn(contentDir);
  const file = `${contentDir.replace(/^\.\//, '').replace(/\/+$/, '')}/companies.yaml`;
  return companies
    .filter((c) => c.department && !departments.has(c.department))
    .map((c) => problem(`${file}（${c.id}）`, 'department', c.department!, 'departments', departments));
}
