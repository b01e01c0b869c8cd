import { parseListFile, type ImportProblem } from '../lists/import';
import { countAccounts } from '../lists/count-accounts';
import type { ImportResponse } from '../messaging/protocol';
import { ProblemTally } from '../lists/problem-tally';
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
  if (!result.ok) return refusal(result.problems);
  const { list } = result;
  await storeImportedList(list, { switchOn: true });
  return { ok: true, listId: list.id, title: list.title, accounts: countAccounts(list) };
}

/**
 * The answer for a refused file: its first problems in full, the rest counted
 * by code, so a file with a million problems sends the options page a few
 * hundred lines rather than a million.
 */
function refusal(problems: readonly ImportProblem[]): ImportResponse {
  const tally = new ProblemTally<ImportProblem>();
  for (const problem of problems) tally.add(problem);
  const hidden = tally.hidden();
  const shown = tally.shown();
  return hidden === null
    ? { ok: false, problems: shown }
    : { ok: false, problems: shown, hidden };
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
