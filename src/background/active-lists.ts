import { z } from 'zod';
import { CandidateListSchema, type CandidateList } from '../lists/schema';
import { defaultLists } from '../lists/default-lists';
import { importedLists } from '../settings/imported-lists';
import { readListSwitches } from '../settings/list-switches';

const StoredListsSchema = z.array(CandidateListSchema);

export interface KnownList {
  list: CandidateList;
  origin: 'bundled' | 'imported';
  enabled: boolean;
}

export type ActiveList = Omit<KnownList, 'enabled'>;

/**
 * Every list, switched on or off, in priority order: imported lists first, so
 * a newer copy of a shipped list (same id) replaces the bundled one.
 */
export async function knownLists(): Promise<KnownList[]> {
  const [imported, switches] = await Promise.all([storedImportedLists(), readListSwitches()]);
  const disabled = new Set(switches.disabled);
  const importedIds = new Set(imported.map((list) => list.id));
  return [
    ...imported.map((list) => ({ list, origin: 'imported' as const })),
    ...defaultLists()
      .filter((list) => !importedIds.has(list.id))
      .map((list) => ({ list, origin: 'bundled' as const })),
  ].map((known) => ({ ...known, enabled: !disabled.has(known.list.id) }));
}

/** The lists that warn: the known ones the user has not switched off. */
export async function activeLists(): Promise<ActiveList[]> {
  return (await knownLists()).filter((known) => known.enabled).map(({ list, origin }) => ({ list, origin }));
}

/** Reads the imported lists, refusing stored data that no longer fits the schema. */
export async function storedImportedLists(): Promise<CandidateList[]> {
  const parsed = StoredListsSchema.safeParse(await importedLists.getValue());
  if (!parsed.success) {
    throw new Error(`stored imported lists are corrupt: ${parsed.error.issues[0]?.message ?? 'unknown problem'}`);
  }
  return parsed.data;
}
