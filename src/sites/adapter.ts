import type { AccountRef, Platform } from '../lists/platform';
import type { Intent } from '../guard/intent';

/**
 * What a site adapter reads from one user event: the action it would perform,
 * whose content it touches, and the control that performs it.
 */
export interface DetectedAction {
  intent: Intent;
  account: AccountRef;
  /**
   * The control that performs the action. The warning is anchored next to it,
   * and on "proceed" the guard replays the action by clicking it once.
   */
  element: HTMLElement;
}

/** The guarded event kinds; the guard listens on window in the capture phase. */
export type GuardedEventType = 'click' | 'dblclick' | 'keydown' | 'submit';

/**
 * Pure DOM → facts for one site. Adapters never touch storage or UI, and never
 * keep state between calls: everything they answer comes from the DOM and URL.
 */
export interface SiteAdapter {
  platform: Platform;
  /** Event types this site performs guarded actions on. */
  events: readonly GuardedEventType[];
  /**
   * The action this event would perform, or null when it performs none of the
   * guarded intents (including undo actions such as unlike or unfollow).
   */
  detect(event: Event): DetectedAction | null;
  /** The account whose profile this page is, or null when it is not a profile page. */
  profileOwner(url: URL, doc: Document): AccountRef | null;
}
