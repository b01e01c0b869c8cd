import type { Markable } from '../adapter';
import { linkedVideoAuthor } from './author';
import { profileOwner } from './profile-page';
import { followsAlready } from './follow';
import { TikTokSelectors } from './selectors';
import { videoOf } from './video';

/** Feed videos, the author row in browse mode, a profile grid's tiles and a profile header's heading. */
export const markableSelector = [
  TikTokSelectors.feedItem,
  TikTokSelectors.browseAuthor,
  TikTokSelectors.gridItem,
  TikTokSelectors.profileTitle,
].join(', ');

export function markable(element: Element): Markable | null {
  if (element.matches(TikTokSelectors.feedItem)) return markableFeedItem(element);
  if (element.matches(TikTokSelectors.browseAuthor)) return markableBrowseAuthor(element as HTMLElement);
  if (element.matches(TikTokSelectors.gridItem)) return markableGridItem(element as HTMLElement);
  return markableProfile(element as HTMLElement);
}

/** The label follows the handle under the video, on its line; the author is the one the item's controls act for. */
function markableFeedItem(item: Element): Markable | null {
  const author = videoOf(item)?.author;
  const name = item.querySelector<HTMLElement>(TikTokSelectors.feedAuthorName);
  const anchor = name === null ? null : rowOf(name);
  return author === undefined || anchor === null ? null : { account: author, kind: 'post', anchor };
}

/** Browse mode's author row; it counts only when it is the shown video's author (see videoOf). */
function markableBrowseAuthor(handle: HTMLElement): Markable | null {
  const author = videoOf(handle)?.author;
  const anchor = rowOf(handle);
  return author === undefined || anchor === null ? null : { account: author, kind: 'post', anchor };
}

/**
 * A grid tile is by whoever its video link names: on a profile's own videos
 * that is the owner, on a repost someone else. The label sits on the play
 * count's line, or on the tile when it shows none.
 */
function markableGridItem(tile: HTMLElement): Markable | null {
  const author = linkedVideoAuthor(tile);
  const anchor = tile.querySelector(TikTokSelectors.gridViews)?.parentElement ?? tile;
  return author === null ? null : { account: author, kind: 'post', anchor };
}

function markableProfile(title: HTMLElement): Markable | null {
  const doc = title.ownerDocument;
  const account = profileOwner(new URL(doc.URL), doc);
  return account === null ? null : { account, kind: 'profile', anchor: title, followed: headerFollows(title) };
}

/** The handle's line: the row around its link, or around the handle itself. */
function rowOf(handle: HTMLElement): HTMLElement | null {
  return (handle.closest('a') ?? handle).parentElement;
}

/**
 * Whether the header's follow button already follows. Only the header's own
 * button counts (the header is the smallest block around the heading that
 * holds the avatar): a header that renders none says nothing, whatever a
 * suggested account's button elsewhere reads.
 */
function headerFollows(title: Element): boolean {
  for (let block = title.parentElement; block !== null; block = block.parentElement) {
    const button = block.querySelector(TikTokSelectors.followButton);
    if (button !== null) return followsAlready(button) === true;
    if (block.querySelector(TikTokSelectors.profileAvatar) !== null) return false;
  }
  return false;
}
