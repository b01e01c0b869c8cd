import type { AccountRef } from '../../lists/platform';
import { agreedAccount, firstAccount, videoUrlAuthor } from './author';
import { TikTokSelectors } from './selectors';

/** One video around a control: the block holding its controls, and its author. */
export interface Video {
  scope: Element;
  author: AccountRef;
}

/**
 * The video a control or player belongs to, always read from the control's
 * own surroundings: the feed keeps several videos in the DOM at once, and the
 * one in the viewport need not be the one clicked.
 * - In the feed, its item, authored by the item's avatar and handle.
 * - Elsewhere (browse mode, or a feed whose items lost their hook), the
 *   smallest block around it that names an author: a `browse-username`, a
 *   feed video's avatar or handle. Every name there must agree (a block with
 *   several authors is a list, not one video), and so must the URL of a video
 *   page (/@user/video/<id>): right after TikTok swaps videos the previous
 *   author row can linger. A video page whose author row is not found falls
 *   back on the URL alone.
 */
export function videoOf(element: Element): Video | null {
  const item = element.closest(TikTokSelectors.feedItem);
  if (item !== null) {
    const author = agreedAccount(item, TikTokSelectors.feedAuthor)?.account;
    return author === undefined ? null : { scope: item, author };
  }
  return browseVideo(element);
}

function browseVideo(element: Element): Video | null {
  const fromUrl = videoUrlAuthor(element.ownerDocument);
  for (let scope = element.parentElement; scope !== null; scope = scope.parentElement) {
    if (firstAccount(scope, TikTokSelectors.videoAuthor) === null) continue;
    const row = agreedAccount(scope, TikTokSelectors.videoAuthor);
    if (row === null || (fromUrl !== null && fromUrl.id !== row.account.id)) return null;
    return { scope, author: row.account };
  }
  return fromUrl === null ? null : { scope: element.ownerDocument.documentElement, author: fromUrl };
}
