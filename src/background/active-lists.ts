import { z } from 'zod';
import { CandidateListSchema, type CandidateList } from '../lists/schema';
import { defaultLists } from '../lists/default-lists';
import { importedLists } from '../settings/imported-lists';
import { readListSwitches } from '../settings/list-switches';
import { readSubscriptions } from '../settings/subscriptions';

const StoredListsSchema = z.array(CandidateListSchema);

export interface KnownList {
  list: CandidateList;
  origin: 'bundled' | 'imported';
  enabled: boolean;
  /** Brought by a subscription the institution's policy preloads: always on. */
  managed: boolean;
}

export type ActiveList = Omit<KnownList, 'enabled' | 'managed'>;

/**
 * Every list, switched on or off, in priority order: imported lists first, so
 * a newer copy of a shipped list (same id) replaces the bundled one.
 */
export async function knownLists(): Promise<KnownList[]> {
  const [imported, switches, managed] = await Promise.all([storedImportedLists(), readListSwitches(), managedListIds()]);
  const disabled = new Set(switches.disabled);
  const importedIds = new Set(imported.map((list) => list.id));
  return [
    ...imported.map((list) => ({ list, origin: 'imported' as const })),
    ...defaultLists()
      .filter((list) => !importedIds.has(list.id))
      .map((list) => ({ list, origin: 'bundled' as const })),
  ].map((known) => {
    const isManaged = known.origin === 'imported' && managed.has(known.list.id);
    return { ...known, managed: isManaged, enabled: isManaged || !disabled.has(known.list.id) };
  });
}

/**
 * Lists an institution's policy brings in: a switch the user flipped before
 * the policy arrived must not keep them off. Damaged subscription records
 * lock nothing, so they cannot hide the lists either.
 */
async function managedListIds(): Promise<Set<string>> {
  const subscriptions = await readSubscriptions().catch(() => []);
  return new Set(subscriptions.flatMap((s) => (s.managed && s.accepted ? [s.accepted.listId] : [])));
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
