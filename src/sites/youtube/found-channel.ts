import type { AccountRef } from '../../lists/platform';
import type { DetectedAction, Markable } from '../adapter';

/**
 * A channel known by one or more ids (see channelIds), as an action's or a
 * marker's account: the first id is the one named, the others its alternates.
 */
export function asAccount(ids: readonly AccountRef[]): Pick<DetectedAction & Markable, 'account' | 'alternates'> | null {
  const [account, ...alternates] = ids;
  if (account === undefined) return null;
  return alternates.length === 0 ? { account } : { account, alternates };
}

/** The action of `intent` at `element` on that channel, or null when no channel was found. */
export function actionOn(intent: DetectedAction['intent'], ids: readonly AccountRef[], element: HTMLElement): DetectedAction | null {
  const named = asAccount(ids);
  return named === null ? null : { intent, ...named, element };
}
