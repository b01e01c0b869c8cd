import { parseListFile } from '../lists/import';
import { countAccounts } from '../lists/count-accounts';
import type { ImportResponse } from '../messaging/protocol';
import { importedLists, listsRevision } from '../settings/imported-lists';
import { storedImportedLists } from './active-lists';

/**
 * Validates a list file in full and stores it in one write. On any problem
 * nothing is written, so the lists in force stay exactly as they were.
 */
export async function importListText(text: string): Promise<ImportResponse> {
  const result = parseListFile(text);
  if (!result.ok) return { ok: false, problems: result.problems };
  const { list } = result;
  const others = (await storedImportedLists()).filter((stored) => stored.id !== list.id);
  await importedLists.setValue([list, ...others]);
  await listsRevision.setValue((await listsRevision.getValue()) + 1);
  return { ok: true, listId: list.id, title: list.title, accounts: countAccounts(list) };
}
