/**
 * Where the editor and maintainer tools find the repository: its root
 * (ROOT), the real content folder, the source newspaper texts kept for
 * the importer's closeness checks, and the benchmark's scratch folder.
 */
import { join, resolve } from 'node:path';

/** The repository's root folder. */
export const ROOT = resolve(import.meta.dirname, '../../..');
/** The real content folder (the tools take SHIZHONG_CONTENT_DIR where they build other content). */
export const CONTENT = join(ROOT, 'content');
/** The two source pages of the district paper, as OCR text. */
export const SEEDS_DIR = join(ROOT, 'tests/fixtures/seeds');
/** The benchmark's generated corpora and builds (never committed). */
export const BENCH_DIR = join(ROOT, '.bench');
