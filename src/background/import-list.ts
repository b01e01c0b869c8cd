import { parseListFile } from '../lists/import';
import { countAccounts } from '../lists/count-accounts';
import type { ImportResponse } from '../messaging/protocol';
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
  const others = (await storedImportedLists()).filter((stored) => stored.id !== list.id);
  await importedLists.setValue([list, ...others]);
  // Importing a list is asking for it: a copy switched off earlier comes back on.
  await listSwitches.setValue(withSwitch(await readListSwitches(), list.id, true));
  await bumpListsRevision();
  return { ok: true, listId: list.id, title: list.title, accounts: countAccounts(list) };
}
