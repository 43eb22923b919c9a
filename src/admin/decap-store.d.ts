/** Decap's Redux store (decap-cms-core's own module; the package has no types for it). */
declare module 'decap-cms-core/dist/esm/redux/index.js' {
  import type { Map } from 'immutable';
  export const store: {
    getState(): { entryDraft: Map<string, unknown> };
    dispatch(action: { type: string; payload?: unknown }): unknown;
    subscribe(listener: () => void): () => void;
  };
}
