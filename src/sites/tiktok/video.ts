import type { AccountRef } from '../../lists/platform';
import { firstAccount, videoUrlAuthor } from './author';
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
 * - In the feed, its item, authored by the item's avatar / handle.
 * - In browse mode, the smallest block around it that shows a `browse-username`;
 *   the URL (/@user/video/<id>) must agree, since right after TikTok swaps
 *   videos the previous author row can linger. A video page whose author row
 *   is not found falls back on the URL alone.
 */
export function videoOf(element: Element): Video | null {
  const item = element.closest(TikTokSelectors.feedItem);
  if (item !== null) {
    const author = firstAccount(item, TikTokSelectors.feedAuthor)?.account;
    return author === undefined ? null : { scope: item, author };
  }
  return browseVideo(element);
}

function browseVideo(element: Element): Video | null {
  const fromUrl = videoUrlAuthor(element.ownerDocument);
  for (let scope = element.parentElement; scope !== null; scope = scope.parentElement) {
    const row = firstAccount(scope, TikTokSelectors.browseAuthor);
    if (row === null) continue;
    if (fromUrl !== null && fromUrl.id !== row.account.id) return null;
    return { scope, author: row.account };
  }
  return fromUrl === null ? null : { scope: element.ownerDocument.documentElement, author: fromUrl };
}
