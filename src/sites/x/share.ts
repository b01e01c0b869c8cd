import type { DetectedAction } from '../adapter';
import { postAction } from './post-action';
import { XSelectors } from './selectors';

/**
 * A click on the repost button or the share button: a share of that post's
 * author. Both open a menu (Repost / Quote; Copy link / Send via …) whose items
 * do the sharing; holding the click that opens it stops every item at once, and
 * proceeding replays that click, so the user picks from the menu as usual. An
 * `unretweet` button opens "Undo repost" instead and is not matched.
 */
export function detectShareClick(target: Element): DetectedAction | null {
  const button = target.closest<HTMLElement>(`${XSelectors.retweetButton}, ${XSelectors.shareButton}`);
  return button === null ? null : postAction(button, 'share');
}
