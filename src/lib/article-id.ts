/**
 * Article ids come from the file name, not the folder: `2023/yongan-li-feng.md`
 * is `yongan-li-feng`, and its English translation `2023/yongan-li-feng.en.md`
 * is `yongan-li-feng.en`. The year folders only keep the tree tidy.
 */
export function articleIdFromPath(entry: string): string {
  const base = entry.split('/').pop() ?? entry;
  return base.replace(/\.md$/i, '');
}

/** The URL slug of an article: its id without a language suffix. */
export function articleSlug(id: string): string {
  return id.replace(/\.en$/, '');
}
