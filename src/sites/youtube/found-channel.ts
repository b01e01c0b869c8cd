import type { AccountRef } from '../../lists/platform';
import type { DetectedAction } from '../adapter';
import { asAccount } from '../account-ids';

/**
 * The action of `intent` at `element` on a channel known by these ids (see
 * channelIds), or null when none was found; with the text of the content it
 * touches, where it touches some.
 */
export function actionOn(
  intent: DetectedAction['intent'],
  ids: readonly AccountRef[],
  element: HTMLElement,
  text?: () => string,
): DetectedAction | null {
  const named = asAccount(ids);
  return named === null ? null : { intent, ...named, element, text };
}
