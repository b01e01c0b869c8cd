import type { AccountRef } from '../../lists/platform';
import { linkedChannel } from './account-link';
import { YouTubeSelectors } from './selectors';
import { rendersUrlVideo } from './watch-video';

/**
 * The channel whose content an action at `element` touches: a comment's
 * author for anything inside that comment (its like, its reply box), else the
 * Short it sits on, else the watched video's owner.
 */
export function contentOwner(element: Element): AccountRef | null {
  const comment = element.closest(YouTubeSelectors.comment);
  if (comment !== null) return linkedChannel(comment.querySelector(YouTubeSelectors.commentAuthor));
  const reel = element.closest(YouTubeSelectors.reel);
  if (reel !== null) return linkedChannel(reel.querySelector(YouTubeSelectors.reelChannel));
  return watchOwner(element);
}

/**
 * The owner of the video whose watch page holds `element` (desktop or mobile),
 * or null unless the page renders the video the URL names (see rendersUrlVideo).
 */
export function watchOwner(element: Element): AccountRef | null {
  if (!rendersUrlVideo(element)) return null;
  return linkedChannel(element.closest(YouTubeSelectors.watchPage)?.querySelector(YouTubeSelectors.watchOwner) ?? null);
}
