import type { CandidateList } from '../lists/schema';
import { defaultLists } from '../lists/default-lists';
import { checkStoredList, parseJson, type ImportProblem } from '../lists/import';
import { importedLists, listsRevision, type StoredLists } from '../settings/imported-lists';
import { readListSwitches } from '../settings/list-switches';
import { readSubscriptions } from '../settings/subscriptions';
import { isPacked, packText, unpackText } from './packed-text';

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
export async function knownLists(given?: ImportedLists): Promise<KnownList[]> {
  const [imported, switches, managed] = await Promise.all([given?.imported ?? storedImportedLists(), readListSwitches(), managedListIds()]);
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

/** The imported lists as they are about to be stored, instead of as they are. */
interface ImportedLists {
  imported: CandidateList[];
}

/** The lists that warn: the known ones the user has not switched off. */
export async function activeLists(given?: ImportedLists): Promise<ActiveList[]> {
  return (await knownLists(given)).filter((known) => known.enabled).map(({ list, origin }) => ({ list, origin }));
}

/**
 * The imported lists this background last wrote, with the revision that
 * made them active: a million accounts take seconds to read back from
 * storage. Anything written by other hands comes with another revision.
 */
let known: { revision: number; lists: CandidateList[] } | null = null;

/** Reads the imported lists, refusing stored data that no longer fits the schema. */
export async function storedImportedLists(): Promise<CandidateList[]> {
  const revision = await listsRevision.getValue();
  if (known?.revision === revision) return known.lists;
  const stored = await importedLists.getValue();
  return checkStoredLists(typeof stored === 'string' && isPacked(stored) ? await unpacked(stored) : stored);
}

async function unpacked(stored: string): Promise<string> {
  try {
    return await unpackText(stored);
  } catch (error) {
    throw corrupt(error instanceof Error ? error.message : String(error));
  }
}

/**
 * Stores the imported lists as one JSON text, gzipped (packed-text.ts). As
 * objects, a million accounts took 146 s to store on this project's machine
 * and froze every open tab, which the browser hands every storage change to;
 * as JSON text 11 s, packed a tenth of the bytes. Then bumps the revision
 * that tells the tabs, and keeps the lists for the next read.
 */
export async function writeImportedLists(lists: CandidateList[]): Promise<void> {
  await importedLists.setValue(await packText(JSON.stringify(lists)));
  const revision = (await listsRevision.getValue()) + 1;
  known = { revision, lists };
  await listsRevision.setValue(revision);
}

/** The stored value, unpacked, as lists: JSON text, or the objects earlier versions stored. */
function checkStoredLists(stored: StoredLists): CandidateList[] {
  let value: unknown = stored;
  if (typeof stored === 'string') {
    const json = parseJson(stored);
    if (!json.ok) throw corrupt(json.problem.message);
    value = json.value;
  }
  if (!Array.isArray(value)) throw corrupt('not a list of lists');
  return value.map((list: unknown, i) => {
    let first: ImportProblem | undefined;
    const checked = checkStoredList(list, (problem) => void (first ??= problem));
    if (checked === null) throw corrupt(`list ${i}: ${first?.path ?? ''} ${first?.message ?? 'unknown problem'}`);
    return checked;
  });
}

function corrupt(detail: string): Error {
  return new Error(`stored imported lists are corrupt: ${detail}`);
}
