import type { DetectedAction } from '../adapter';
import { postContainer } from './post';
import { isPostLikeIcon, postAction } from './icon-button';
import { InstagramSelectors } from './selectors';

/**
 * A double-click (a double-tap in touch browsers) on a post's photo or video
 * likes the post. On an already liked post it does nothing, and the post shows
 * Unlike instead of Like, so no like button is found. Elsewhere (caption,
 * comments, buttons) a double-click only selects text.
 */
export function detectDoubleTap(target: Element): DetectedAction | null {
  const post = postContainer(target);
  if (post === null || !isOnMedia(target, post)) return null;
  const like = postLikeButton(post);
  return like === null ? null : postAction('like', like);
}

/**
 * Whether the target lies in the media block: walking up, a block holding the
 * photo or video is reached before any block holding a link or control. The
 * caption and comments sit beside the media under a common ancestor, but
 * always next to their author's link, so the walk from them stops first.
 */
function isOnMedia(target: Element, post: Element): boolean {
  if (target.closest(InstagramSelectors.control) !== null) return false;
  for (let block: Element | null = target; block !== null && block !== post; block = block.parentElement) {
    if (block.querySelector(InstagramSelectors.textBlock) !== null) return false;
    if (block.matches(InstagramSelectors.media) || block.querySelector(InstagramSelectors.media) !== null) {
      return true;
    }
  }
  return false;
}

/** The post's own like button; comment hearts are smaller and do not count. */
function postLikeButton(post: Element): HTMLElement | null {
  for (const icon of post.querySelectorAll(InstagramSelectors.icon)) {
    if (isPostLikeIcon(icon)) return icon.closest<HTMLElement>(InstagramSelectors.clickable);
  }
  return null;
}
