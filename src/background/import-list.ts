import { checkListSteps, parseJson, type ImportProblem } from '../lists/import';
import { countAccounts } from '../lists/count-accounts';
import type { ImportResponse } from '../messaging/protocol';
import { ProblemTally } from '../lists/problem-tally';
import type { CandidateList } from '../lists/schema';
import { sizeProblem } from '../lists/size-limits';
import { listSwitches, readListSwitches, withSwitch } from '../settings/list-switches';
import type { ImportProgress } from '../messaging/import-progress';
import { activeLists, storedImportedLists, writeImportedLists } from './active-lists';
import type { AccountTables } from './account-tables';

export interface ImportDeps {
  /** Built before the list is stored, so the importer says a list is active only once the tabs can have it. */
  tables?: AccountTables;
  /** Called between steps of a long import, for the options page's progress bar. */
  progress?: (progress: ImportProgress) => void;
}

/**
 * Validates a list file in full and stores it in one write. On any problem
 * nothing is written, so the lists in force stay exactly as they were. The
 * checks run in steps with a macrotask between them: the background keeps
 * answering the tabs (whose lists stay in force meanwhile) and reports progress.
 */
export async function importListText(text: string, deps: ImportDeps = {}): Promise<ImportResponse> {
  // The page checks this too; a message may come from elsewhere, and parsing is the costly part.
  const tooBig = sizeProblem(text);
  if (tooBig !== null) return { ok: false, problems: [{ path: '', ...tooBig }] };
  const json = parseJson(text);
  if (!json.ok) return { ok: false, problems: [json.problem] };
  const tally = new ProblemTally<ImportProblem>();
  const list = await checkInSteps(json.value, tally, deps.progress);
  if (list === null) return refusal(tally);
  deps.progress?.({ stage: 'saving' });
  await storeImportedList(list, { switchOn: true, tables: deps.tables });
  return { ok: true, listId: list.id, title: list.title, accounts: countAccounts(list) };
}

async function checkInSteps(data: unknown, tally: ProblemTally<ImportProblem>, progress: ImportDeps['progress']): Promise<CandidateList | null> {
  const entries = (data as { entries?: unknown } | null)?.entries;
  const total = Array.isArray(entries) ? entries.length : 0;
  const steps = checkListSteps(data, tally.add);
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    progress?.({ stage: 'checking', done: step.value, total });
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

/**
 * The answer for a refused file: its first problems in full, the rest counted
 * by code, so a file with a million problems sends the options page a few
 * hundred lines rather than a million.
 */
function refusal(tally: ProblemTally<ImportProblem>): ImportResponse {
  const hidden = tally.hidden();
  const shown = tally.shown();
  return hidden === null ? { ok: false, problems: shown } : { ok: false, problems: shown, hidden };
}

/**
 * Stores a checked list in one write, in place of any earlier copy with its
 * id, and tells every tab. `switchOn`: importing a list is asking for it, so a
 * copy switched off earlier comes back on; a subscription's routine update
 * leaves the user's switch as it was. With `tables`, the tables of the lists
 * then in force are built before the tabs are told.
 */
export async function storeImportedList(
  list: CandidateList,
  { switchOn, tables }: { switchOn: boolean; tables?: AccountTables | undefined },
): Promise<void> {
  const others = (await storedImportedLists()).filter((stored) => stored.id !== list.id);
  if (switchOn) await listSwitches.setValue(withSwitch(await readListSwitches(), list.id, true));
  const lists = [list, ...others];
  if (tables) tables.prepare((await activeLists({ imported: lists })).map((active) => active.list));
  await writeImportedLists(lists);
}
