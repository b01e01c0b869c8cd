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
    if (block.querySelector(InstagramSelectors.textBlock) !== null) return isOnPlayer(target, post);
    if (block.matches(InstagramSelectors.media) || block.querySelector(InstagramSelectors.media) !== null) {
      return true;
    }
  }
  return false;
}

/**
 * A video's player lies over the whole video (the Reels viewer: a block beside
 * the video, role group, whose own button also holds the author row, Follow,
 * caption and mute button), so a browser sends a double-click on the video to
 * the player. On the player's own button, or a bare block of it, it is on the
 * video; on words, or on a button nested in that one, it is not.
 */
function isOnPlayer(target: Element, post: Element): boolean {
  const player = target.closest(InstagramSelectors.player);
  if (player === null || !post.contains(player) || hasOwnText(target)) return false;
  const button = target.closest(InstagramSelectors.scriptedButton);
  if (button !== null && player.contains(button)) {
    const outer = button.parentElement?.closest(InstagramSelectors.scriptedButton);
    if (outer && player.contains(outer)) return false;
  }
  for (let block = player.parentElement; block !== null && block !== post; block = block.parentElement) {
    const media = block.querySelector(InstagramSelectors.media);
    if (media !== null && !player.contains(media)) return true;
  }
  return false;
}

const hasOwnText = (element: Element): boolean =>
  [...element.childNodes].some((node) => node.nodeType === 3 && node.textContent?.trim());

/** The post's own like button; comment hearts are smaller and do not count. */
function postLikeButton(post: Element): HTMLElement | null {
  for (const icon of post.querySelectorAll(InstagramSelectors.icon)) {
    if (isPostLikeIcon(icon)) return icon.closest<HTMLElement>(InstagramSelectors.clickable);
  }
  return null;
}
