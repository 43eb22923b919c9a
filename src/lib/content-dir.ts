/**
 * Where the content lives. `content/` in the repository; the benchmark
 * points SHIZHONG_CONTENT_DIR at a generated corpus elsewhere.
 */
export const contentDir: string = process.env.SHIZHONG_CONTENT_DIR ?? './content';
