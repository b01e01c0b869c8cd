import type { DetectedAction } from '../adapter';
import { TikTokSelectors, TikTokUndoFollowLabels } from './selectors';
import { subjectOf } from './subject';
import { videoOf } from './video';

/** The page languages whose words for "already following" TikTokUndoFollowLabels lists. */
const LABELLED_LANGUAGES: ReadonlySet<string> = new Set(['en', 'id']);

/**
 * A press on a follow button; one that already follows unfollows, which is no
 * intent, and so is one whose state cannot be told. A video's own follow
 * buttons follow its author; any other follows whom its surroundings name
 * (the profile header's owner, a user card's account).
 */
export function detectFollow(control: HTMLElement): DetectedAction | null {
  if (followsAlready(control) !== false) return null;
  const ofVideo = control.matches(TikTokSelectors.videoFollow) || control.querySelector(TikTokSelectors.videoFollow) !== null;
  const account = ofVideo ? (videoOf(control)?.author ?? null) : subjectOf(control, true);
  return account === null ? null : { intent: 'follow', account, element: control };
}

/**
 * Whether a follow button already follows, or null when that cannot be told.
 * A design-system button that is not the primary one follows, in any
 * language; so does one whose text is an undo label. Otherwise a primary
 * button, or one without words (the "+" on an avatar, shown only to those who
 * do not follow), does not; nor does any other text on a page in a language
 * the labels cover. Other text might mean "Following" in a language they miss.
 */
export function followsAlready(button: Element): boolean | null {
  const designed = button.closest(TikTokSelectors.designButton);
  if (designed !== null && !designed.matches(TikTokSelectors.primaryButton)) return true;
  const text = button.textContent?.trim().toLowerCase() ?? '';
  if (TikTokUndoFollowLabels.has(text)) return true;
  if (designed !== null || text === '') return false;
  const language = button.ownerDocument.documentElement.lang.toLowerCase().split('-')[0] ?? '';
  return LABELLED_LANGUAGES.has(language) ? false : null;
}
