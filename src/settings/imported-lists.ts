import { storage } from 'wxt/utils/storage';
import type { CandidateList } from '../lists/schema';

/**
 * Lists the user imported, in the normalised form the importer produced, as
 * one JSON text (src/background/active-lists.ts says why); versions before
 * 0.2 stored the objects themselves, which still read. Written only by the
 * background, in one `set`, so an import is all or nothing.
 */
export type StoredLists = CandidateList[] | string;

export const importedLists = /* @__PURE__ */ storage.defineItem<StoredLists>('local:importedLists', {
  fallback: [],
  version: 1,
});

/**
 * Bumped after every change to the active lists. Tabs watch this small value
 * rather than the lists themselves, which can be megabytes.
 */
export const LISTS_REVISION_KEY = 'listsRevision';

export const listsRevision = /* @__PURE__ */ storage.defineItem<number>(`local:${LISTS_REVISION_KEY}`, {
  fallback: 0,
  version: 1,
});
