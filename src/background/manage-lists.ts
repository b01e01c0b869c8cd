import { countAccounts } from '../lists/count-accounts';
import { countHashtags } from '../lists/listed-hashtag';
import { PLATFORMS } from '../lists/platform';
import type { CandidateList } from '../lists/schema';
import type { ListSummary } from '../messaging/protocol';
import { listsRevision } from '../settings/imported-lists';
import { listSwitches, readListSwitches, withSwitch } from '../settings/list-switches';
import { readSubscriptions } from '../settings/subscriptions';
import { knownLists, storedImportedLists, writeImportedLists } from './active-lists';

/** Tells every open tab (and the background's own tables) that the lists in force changed. */
export async function bumpListsRevision(): Promise<void> {
  await listsRevision.setValue((await listsRevision.getValue()) + 1);
}

export async function setListEnabled(listId: string, enabled: boolean): Promise<void> {
  const found = await findList(listId);
  if (found.managed && !enabled) throw new Error(`"${listId}" is provided by your institution's policy and cannot be switched off`);
  await listSwitches.setValue(withSwitch(await readListSwitches(), listId, enabled));
  await bumpListsRevision();
}

/** Only imported lists can go: a shipped one can be switched off, and comes back with every update anyway. */
export async function removeImportedList(listId: string): Promise<void> {
  const stored = await storedImportedLists();
  if (!stored.some((list) => list.id === listId)) throw new Error(`"${listId}" is not an imported list; shipped lists can only be switched off`);
  const subscription = (await readSubscriptions()).find((s) => s.accepted?.listId === listId);
  if (subscription) throw new Error(`"${listId}" comes from the subscription to ${subscription.url}; end the subscription instead`);
  await writeImportedLists(stored.filter((list) => list.id !== listId));
  // A shipped list with the same id takes the removed copy's place, switched on.
  await listSwitches.setValue(withSwitch(await readListSwitches(), listId, true));
  await bumpListsRevision();
}

/** The list as stored (normalised), as the JSON a user can import again. */
export async function exportList(listId: string): Promise<string> {
  return `${JSON.stringify((await findList(listId)).list, null, 2)}\n`;
}

export async function summariseLists(): Promise<ListSummary[]> {
  // Only a label: damaged subscription records must not hide the lists themselves.
  const subscribed = new Set((await readSubscriptions().catch(() => [])).map((s) => s.accepted?.listId));
  return (await knownLists()).map(({ list, origin: stored, enabled, managed }) => {
    const origin = stored === 'imported' && subscribed.has(list.id) ? 'subscribed' : stored;
    const platforms = Object.fromEntries(PLATFORMS.map((platform) => [platform, 0]));
    for (const entry of list.entries) for (const account of entry.accounts) platforms[account.platform]! += 1;
    const summary: ListSummary = {
      id: list.id,
      title: list.title,
      origin,
      enabled,
      managed,
      updated: list.updated,
      accounts: countAccounts(list),
      hashtags: countHashtags(list),
      platforms,
      sources: sourcesOf(list),
    };
    if (list.expires !== undefined) summary.expires = list.expires;
    return summary;
  });
}

async function findList(listId: string) {
  const found = (await knownLists()).find((known) => known.list.id === listId);
  if (!found) throw new Error(`no list "${listId}"`);
  return found;
}

function sourcesOf(list: CandidateList): string[] {
  return [...(list.sources ?? []), ...(list.source === undefined ? [] : [list.source])];
}
