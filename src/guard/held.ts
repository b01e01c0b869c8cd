import type { Intent } from './intent';
import { accountKey, type AccountRef, type Platform } from '../lists/platform';
import type { Listed, ListedHashtag } from '../lists/listed-hashtag';

/**
 * An action the guard holds, as the warning and the history see it: what the
 * user is about to do, where, about whom, and what decided it.
 */
export interface Held {
  intent: Intent;
  platform: Platform;
  /** The control pressed; the warning is anchored next to it and proceed clicks it once. */
  element: HTMLElement;
  /** How to perform the action again when a click on `element` would not; called once on proceed. */
  replay?: () => void;
  /**
   * The account the warning's `data-account` names: the post's author for a
   * like, follow, comment or share; for a new post the mentioned listed
   * account, or null when only a hashtag decided it.
   */
  account: AccountRef | null;
  /** `account`, `hashtag:#<tag>` or `mention:<platform>:<id>`: the warning's `data-match`. */
  match: string;
}

/**
 * The warning's `data-account` and the history's account: the listed account
 * when an account decided (an alternate id of the author, a mention), else
 * the post's author, or nothing for a new post only a hashtag decided.
 */
export function warnedAccount(held: Held, listed: Listed): string {
  if (!isHashtag(listed)) return listed.key;
  return held.account ? accountKey(held.account) : '';
}

export function isHashtag(listed: Listed): listed is ListedHashtag {
  return listed.key.startsWith('#');
}
