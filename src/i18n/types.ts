import type { zhCN } from './zh-CN';

/** Literal string types widened to `string`, so other languages can fill the same keys. */
type Widen<T> = T extends string ? string : { [K in keyof T]: Widen<T[K]> };

/** The shape of a UI dictionary: exactly the keys of the Chinese one. */
export type UIStrings = Widen<typeof zhCN>;
