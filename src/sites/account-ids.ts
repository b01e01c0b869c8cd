import type { AccountRef } from '../lists/platform';
import type { DetectedAction, Markable } from './adapter';

/**
 * Ids of one account as an action's or a marker's account: the first is the
 * one named, the other distinct ids its alternates; null when there is none.
 */
export function asAccount(ids: readonly (AccountRef | null)[]): Pick<DetectedAction & Markable, 'account' | 'alternates'> | null {
  const [account, ...alternates] = ids.filter(
    (id, i): id is AccountRef => id !== null && ids.findIndex((other) => other?.id === id.id) === i,
  );
  if (account === undefined) return null;
  return alternates.length === 0 ? { account } : { account, alternates };
}
