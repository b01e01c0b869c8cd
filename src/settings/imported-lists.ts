import { storage } from 'wxt/utils/storage';
import type { CandidateList } from '../lists/schema';

/**
 * Lists the user imported, in the normalised form the importer produced.
 * Written only by the background, in one `set`, so an import is all or nothing.
 */
export const importedLists = storage.defineItem<CandidateList[]>('local:importedLists', {
  fallback: [],
  version: 1,
});

/**
 * Bumped after every change to the active lists. Tabs watch this small value
 * rather than the lists themselves, which can be megabytes.
 */
export const listsRevision = storage.defineItem<number>('local:listsRevision', {
  fallback: 0,
  version: 1,
});
