import type { AccountRef } from '../../lists/platform';
import { linkedChannel } from './account-link';
import { YouTubeSelectors } from './selectors';

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
 * The owner of the video whose watch page holds `element`. During navigation
 * YouTube changes the URL first and re-renders the owner row later, so the row
 * may still name the previous video's channel: unless the page element renders
 * the video the URL names, no owner is given rather than a wrong one.
 */
export function watchOwner(element: Element): AccountRef | null {
  const page = element.closest(YouTubeSelectors.watchPage);
  const shown = page?.getAttribute('video-id');
  if (!page || !shown || shown !== new URL(element.ownerDocument.URL).searchParams.get('v')) return null;
  return linkedChannel(page.querySelector(YouTubeSelectors.watchOwner));
}
