import type { Markable } from '../adapter';
import { firstAccount } from './author';
import { profileOwner } from './profile-page';
import { followsAlready } from './follow';
import { TikTokSelectors } from './selectors';
import { videoOf } from './video';

/** Feed videos, the author row in browse mode, and a profile header's handle heading. */
export const markableSelector = [TikTokSelectors.feedItem, TikTokSelectors.browseAuthor, TikTokSelectors.profileTitle].join(', ');

export function markable(element: Element): Markable | null {
  if (element.matches(TikTokSelectors.feedItem)) return markableFeedItem(element);
  if (element.matches(TikTokSelectors.browseAuthor)) return markableBrowseAuthor(element as HTMLElement);
  return markableProfile(element as HTMLElement);
}

/** The label follows the handle under the video, on its line. */
function markableFeedItem(item: Element): Markable | null {
  const name = firstAccount(item, TikTokSelectors.feedAuthorName);
  const anchor = name === null ? null : rowOf(name.element);
  return name === null || anchor === null ? null : { account: name.account, kind: 'post', anchor };
}

/** Browse mode's author row; it counts only when it is the shown video's author (see videoOf). */
function markableBrowseAuthor(handle: HTMLElement): Markable | null {
  const author = videoOf(handle)?.author;
  const anchor = rowOf(handle);
  return author === undefined || anchor === null ? null : { account: author, kind: 'post', anchor };
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

/** Whether the header's follow button (the nearest one around the heading) already follows. */
function headerFollows(title: Element): boolean {
  for (let block = title.parentElement; block !== null; block = block.parentElement) {
    const button = block.querySelector(TikTokSelectors.followButton);
    if (button !== null) return followsAlready(button);
  }
  return false;
}
