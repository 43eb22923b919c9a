/** Decap's Redux store (decap-cms-core's own module; the package has no types for it). */
declare module 'decap-cms-core/dist/esm/redux/index.js' {
  export const store: {
    getState(): { entryDraft: unknown; collections: { get(name: string): unknown } };
    dispatch(action: { type: string; payload?: unknown } | ((...args: never[]) => unknown)): unknown;
    subscribe(listener: () => void): () => void;
  };
}

declare module 'decap-cms-core/dist/esm/actions/entries.js' {
  /** A thunk that loads an entry from the backend and makes it the form's draft. */
  export function loadEntry(collection: unknown, slug: string): (...args: never[]) => unknown;
}
