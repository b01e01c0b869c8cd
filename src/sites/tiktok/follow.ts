import type { DetectedAction } from '../adapter';
import { TikTokSelectors, TikTokUndoFollowLabels } from './selectors';
import { subjectOf } from './subject';
import { videoOf } from './video';

/**
 * A press on a follow button; one that already follows unfollows, which is no
 * intent. A video's own follow buttons follow its author; any other follows
 * whom its surroundings name (the profile header's owner, a user card's account).
 */
export function detectFollow(control: HTMLElement): DetectedAction | null {
  if (followsAlready(control)) return null;
  const ofVideo = control.matches(TikTokSelectors.videoFollow) || control.querySelector(TikTokSelectors.videoFollow) !== null;
  const account = ofVideo ? (videoOf(control)?.author ?? null) : subjectOf(control, true);
  return account === null ? null : { intent: 'follow', account, element: control };
}

/**
 * Whether a follow button already follows: a design-system button that is
 * not the primary one says so in any language; its text (see
 * TikTokUndoFollowLabels) says so on older or plain buttons.
 */
export function followsAlready(button: Element): boolean {
  const designed = button.closest(TikTokSelectors.designButton);
  if (designed !== null && !designed.matches(TikTokSelectors.primaryButton)) return true;
  return TikTokUndoFollowLabels.has(button.textContent?.trim().toLowerCase() ?? '');
}
