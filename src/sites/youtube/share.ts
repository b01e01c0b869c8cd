import type { DetectedAction } from '../adapter';
import { contentOwner } from './content-owner';
import { contentText } from './content-text';
import { actionOn } from './found-channel';
import { YouTubeLabels, YouTubeSelectors } from './selectors';

/**
 * A press on the Share button of a Short or of the watched video. It opens
 * the share panel whose entries do the sharing; holding the press that opens
 * it stops them all, and proceeding replays it so the user picks as usual.
 */
export function detectShareClick(target: Element): DetectedAction | null {
  const button = target.closest<HTMLElement>(YouTubeSelectors.button);
  if (button === null || !isShareButton(button)) return null;
  return actionOn('share', contentOwner(button), button, () => contentText(button));
}

function isShareButton(button: HTMLElement): boolean {
  if (button.closest(YouTubeSelectors.reelShare) !== null) return button.closest(YouTubeSelectors.reel) !== null;
  const row = button.closest(`${YouTubeSelectors.watchActions}, ${YouTubeSelectors.reelActions}`);
  return row !== null && YouTubeLabels.share.has(button.getAttribute('aria-label') ?? '');
}
