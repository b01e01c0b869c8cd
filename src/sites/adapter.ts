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
   * Other ids the page shows for the same account (a YouTube channel's UC…
   * id beside its @handle), only where the page proves they are one account.
   * The action is listed when any id is; the warning names the listed one.
   */
  alternates?: readonly AccountRef[];
  /**
   * The control that performs the action. The warning is anchored next to it,
   * and on "proceed" the guard replays the action by clicking it once (a held
   * key press or double-click is replayed as a click on this control too).
   */
  element: HTMLElement;
  /**
   * How to perform the action again when a click on `element` would not (a
   * comment box that posts on Enter and has no button); called once on proceed.
   */
  replay?: () => void;
  /**
   * The visible text of the post this action touches, and of any post it
   * quotes or reposts, for the campaign hashtags in it. A function, so the
   * text is read only when an action is about to happen on a post whose
   * author is not listed, never for every post that scrolls by. Absent where
   * the action touches no post (a follow from a profile header).
   */
  text?: () => string;
}

/**
 * A new post, reply or quote the user is about to publish from the site's
 * composer: held when its text mentions a listed account or uses a listed
 * hashtag.
 */
export interface Publish {
  /**
   * The control that publishes (Post / Kirim / Posting). The warning is
   * anchored next to it and, on proceed, the guard clicks it once.
   */
  element: HTMLElement;
  /** The text as typed, read only when asked. */
  text: () => string;
  /** How to publish again when a click on `element` would not (a keyboard shortcut); called once on proceed. */
  replay?: () => void;
}

/** The guarded event kinds; the guard listens on window in the capture phase. */
export type GuardedEventType = 'click' | 'dblclick' | 'keydown' | 'submit';

/** A place on the page that shows content of, or is about, one account. */
export interface Markable {
  account: AccountRef;
  /** As for DetectedAction: the same account's other ids on this page. */
  alternates?: readonly AccountRef[];
  /** `post`: a post or comment by the account; `profile`: the account's profile or channel header. */
  kind: 'post' | 'profile';
  /**
   * The marker is appended as the last child of this element as a small
   * inline label; choose a single-line row (the author's name row, the
   * profile's name heading) so the label never changes the page's height.
   */
  anchor: HTMLElement;
  /** Profiles only: the user already follows this account. */
  followed?: boolean;
}

/**
 * Pure DOM → facts for one site. Adapters never touch storage or UI, and never
 * keep state between calls: everything they answer comes from the DOM and URL.
 */
export interface SiteAdapter {
  platform: Platform;
  /**
   * The interface languages (primary subtags of `<html lang>`) in which this
   * adapter tells every control apart, where some controls are told apart
   * only by their label. Absent when no control depends on a label. A page in
   * another language may hold fewer actions, and its tab says so.
   */
  labelLanguages?: readonly string[];
  /** Event types this site performs guarded actions on. */
  events: readonly GuardedEventType[];
  /**
   * The action this event would perform, or null when it performs none of the
   * guarded intents (including undo actions such as unlike or unfollow).
   * Called for every guarded event: no layout reads, no document-wide queries.
   * `previous` is the element the click before this one landed on, kept by
   * the guard so that adapters keep no state: a popup menu's item is tied to
   * the control that opened it only by that order (YouTube's ⋮ menus).
   */
  detect(event: Event, previous?: Element | null): DetectedAction | null;
  /**
   * The new post, reply or quote this event would publish (a press of the
   * composer's Post button, or its keyboard shortcut), or null. Asked for
   * the same events as `detect`, with the same limits; a reply box the site
   * shares with its new-post composer answers both (a comment on the post's
   * author from `detect`, the typed text from here).
   */
  publish?(event: Event): Publish | null;
  /** The account whose profile this page is, or null when it is not a profile page. */
  profileOwner(url: URL, doc: Document): AccountRef | null;
  /** Matches every element `markable` may answer for: posts and profile headers. */
  markableSelector: string;
  /**
   * The part of `markableSelector` worth searching for on a page at this URL,
   * where that is narrower; the whole of it when absent. Every post added to a
   * feed is searched for each part, so a part that cannot be marked on this
   * page (X's profile header off a profile page) is work for nothing.
   */
  markableSelectorAt?(url: URL): string;
  /** What to mark for one element matching `markableSelector`, or null. */
  markable(element: Element): Markable | null;
}
