import type { DetectedAction } from '../adapter';
import { likeAction } from './controls';
import { TikTokSelectors } from './selectors';
import { videoOf } from './video';

/**
 * A double-click on a playing video likes it (feed, video page, a video
 * opened over a profile), replayed through the video's like button; on an
 * already liked video it does nothing, and that button is pressed. Overlays
 * inside the player count, unless they are controls (mute, progress bar).
 */
export function detectDoubleClick(target: Element): DetectedAction | null {
  if (!isOnPlayer(target)) return null;
  const like = videoOf(target)?.scope.querySelector(TikTokSelectors.like)?.closest<HTMLElement>(TikTokSelectors.clickable);
  return like ? likeAction(like) : null;
}

function isOnPlayer(target: Element): boolean {
  return target.closest(TikTokSelectors.playerControl) === null && target.closest(TikTokSelectors.player) !== null;
}
