import type { AccountRef } from '../../lists/platform';
import { channelIds, linkedChannels } from './account-link';
import { videoMetadataChannel } from './page-metadata';
import { YouTubeSelectors } from './selectors';
import { rendersUrlVideo } from './watch-video';

/**
 * Every id of the channel whose content an action at `element` touches: a
 * comment's author for anything inside that comment (its like, its reply
 * box), else the Short it sits on, else the watched video's owner. Empty when
 * there is none.
 */
export function contentOwner(element: Element): AccountRef[] {
  const comment = element.closest(YouTubeSelectors.comment);
  if (comment !== null) return linkedChannels(comment.querySelector(YouTubeSelectors.commentAuthor));
  const reel = element.closest(YouTubeSelectors.reel);
  if (reel !== null) return linkedChannels(reel.querySelector(YouTubeSelectors.reelChannel));
  return watchOwner(element);
}

/**
 * The owner of the video whose watch page holds `element` (desktop or
 * mobile), or none unless the page renders the video the URL names (see
 * rendersUrlVideo). The owner row links the channel by its handle or its UC…
 * id; the video's microdata, when it is this video's, adds the other.
 */
export function watchOwner(element: Element): AccountRef[] {
  if (!rendersUrlVideo(element)) return [];
  const row = element.closest(YouTubeSelectors.watchPage)?.querySelector(YouTubeSelectors.watchOwner) ?? null;
  const linked = linkedChannels(row);
  if (linked.length === 0) return [];
  const video = new URL(element.ownerDocument.URL).searchParams.get('v') ?? '';
  return channelIds([...linked, ...videoMetadataChannel(element.ownerDocument, video)]);
}
