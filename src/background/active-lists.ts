import { z } from 'zod';
import { CandidateListSchema, type CandidateList } from '../lists/schema';
import { defaultLists } from '../lists/default-lists';
import { importedLists } from '../settings/imported-lists';

const StoredListsSchema = z.array(CandidateListSchema);

export interface ActiveList {
  list: CandidateList;
  origin: 'bundled' | 'imported';
}

/**
 * The lists that warn, in priority order: imported lists first, so a newer
 * copy of a shipped list (same id) replaces the bundled one.
 */
export async function activeLists(): Promise<ActiveList[]> {
  const imported = await storedImportedLists();
  const importedIds = new Set(imported.map((list) => list.id));
  return [
    ...imported.map((list) => ({ list, origin: 'imported' as const })),
    ...defaultLists()
      .filter((list) => !importedIds.has(list.id))
      .map((list) => ({ list, origin: 'bundled' as const })),
  ];
}

/** Reads the imported lists, refusing stored data that no longer fits the schema. */
export async function storedImportedLists(): Promise<CandidateList[]> {
  const parsed = StoredListsSchema.safeParse(await importedLists.getValue());
  if (!parsed.success) {
    throw new Error(`stored imported lists are corrupt: ${parsed.error.issues[0]?.message ?? 'unknown problem'}`);
  }
  return parsed.data;
}
