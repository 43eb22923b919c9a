/**
 * Release bookkeeping shared by the targets: names, which one to roll back
 * to, which ones to delete. A release is named by its UTC time
 * (`20261201T074512.123Z`), so names sort in the order they were made.
 */

const RELEASE_NAME = /^\d{8}T\d{6}\.\d{3}Z(-\d+)?$/;

export function isReleaseName(name: string): boolean {
  return RELEASE_NAME.test(name);
}

/** Release names among `names`, oldest first. */
export function sortReleases(names: readonly string[]): string[] {
  return names.filter(isReleaseName).sort();
}

/** A new release name for `now`, different from every existing one. */
export function newReleaseName(existing: readonly string[], now = new Date()): string {
  const base = now.toISOString().replace(/[-:]/g, '');
  if (!existing.includes(base)) return base;
  let n = 2;
  while (existing.includes(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

/** The release before `current`, which --rollback puts back. */
export function previousRelease(releases: readonly string[], current: string | undefined): string | undefined {
  const sorted = sortReleases(releases);
  if (current === undefined) return undefined;
  const at = sorted.indexOf(current);
  return at > 0 ? sorted[at - 1] : undefined;
}

/**
 * Releases to delete so that the newest `keep` remain, and the live one
 * always (after a rollback it may be older than the newest).
 */
export function releasesToPrune(releases: readonly string[], current: string | undefined, keep: number): string[] {
  const sorted = sortReleases(releases);
  const kept = new Set(sorted.slice(-keep));
  if (current) kept.add(current);
  return sorted.filter((r) => !kept.has(r));
}
