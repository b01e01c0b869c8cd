import { parseListFile } from '../lists/import';
import { countAccounts } from '../lists/count-accounts';
import type { ImportResponse } from '../messaging/protocol';
import type { CandidateList } from '../lists/schema';
import { sizeProblem } from '../lists/size-limits';
import { importedLists } from '../settings/imported-lists';
import { listSwitches, readListSwitches, withSwitch } from '../settings/list-switches';
import { storedImportedLists } from './active-lists';
import { bumpListsRevision } from './manage-lists';

/**
 * Validates a list file in full and stores it in one write. On any problem
 * nothing is written, so the lists in force stay exactly as they were.
 */
export async function importListText(text: string): Promise<ImportResponse> {
  // The page checks this too; a message may come from elsewhere, and parsing is the costly part.
  const tooBig = sizeProblem(text);
  if (tooBig !== null) return { ok: false, problems: [{ path: '', ...tooBig }] };
  const result = parseListFile(text);
  if (!result.ok) return { ok: false, problems: result.problems };
  const { list } = result;
  await storeImportedList(list, { switchOn: true });
  return { ok: true, listId: list.id, title: list.title, accounts: countAccounts(list) };
}

/**
 * Stores a checked list in one write, in place of any earlier copy with its
 * id, and tells every tab. `switchOn`: importing a list is asking for it, so a
 * copy switched off earlier comes back on; a subscription's routine update
 * leaves the user's switch as it was.
 */
export async function storeImportedList(list: CandidateList, { switchOn }: { switchOn: boolean }): Promise<void> {
  const others = (await storedImportedLists()).filter((stored) => stored.id !== list.id);
  await importedLists.setValue([list, ...others]);
  if (switchOn) await listSwitches.setValue(withSwitch(await readListSwitches(), list.id, true));
  await bumpListsRevision();
}
