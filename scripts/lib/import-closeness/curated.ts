/** An article as an editor curated it: the shape the closeness harness compares drafts with. */
export interface CuratedArticle {
  id: string;
  data: Record<string, unknown>;
  body: string;
}
