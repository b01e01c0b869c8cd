import type { Markable } from '../adapter';
import type { AccountRef } from '../../lists/platform';
import { firstLinkedAccount, mentionsAccount } from './account-link';
import { authorNameBlock } from './author';
import { profileAccountFromPath, profileOwner } from './profile-page';
import { XSelectors } from './selectors';

/**
 * Posts and the profile header. A quoted post is no article of its own, so only
 * the outer post is marked, with the author likes count (a repost's original
 * author, not the reposter).
 */
export const markableSelector = `${XSelectors.tweet}, ${XSelectors.profileHeaderName}`;

/** Off a profile page only posts: markableProfile answers nothing there. */
export function markableSelectorAt(url: URL): string {
  return profileAccountFromPath(url) === null ? XSelectors.tweet : markableSelector;
}

export function markable(element: Element): Markable | null {
  return element.matches(XSelectors.tweet) ? markablePost(element) : markableProfile(element);
}

function markablePost(tweet: Element): Markable | null {
  const nameBlock = authorNameBlock(tweet);
  const account = nameBlock === null ? null : firstLinkedAccount(nameBlock);
  return nameBlock === null || account === null ? null : new MarkablePost(account, nameBlock);
}

/**
 * The anchor is looked up only when a marker goes in: most posts in a feed
 * are by unlisted authors, and each element a content script touches for the
 * first time costs it a wrapper. A class, not an object literal with a
 * getter: V8 builds such a literal's accessor at run time, about 1 µs per
 * post (node, 2,000,000 objects: 1.1–1.6 µs a literal, 0.03–0.07 µs a class).
 */
class MarkablePost implements Markable {
  readonly kind = 'post';
  constructor(
    readonly account: AccountRef,
    private readonly nameBlock: HTMLElement,
  ) {}

  /** The block's first row holds the linked name and badges; the second, the handle and time. */
  get anchor(): HTMLElement {
    return (this.nameBlock.firstElementChild as HTMLElement | null) ?? this.nameBlock;
  }
}

/**
 * The header's owner comes from the page (URL and title or header), and the
 * header must name that owner itself: right after X navigates, the previous
 * profile's header can still be in the document.
 */
function markableProfile(header: Element): Markable | null {
  const doc = header.ownerDocument;
  const account = profileOwner(new URL(doc.URL), doc);
  if (account === null || !mentionsAccount(header.textContent ?? '', account)) return null;
  const anchor = header.querySelector(XSelectors.displayName)?.parentElement ?? (header as HTMLElement);
  return { account, kind: 'profile', anchor, followed: headerFollows(header) };
}

/**
 * Whether the header's follow button reads Following. The button sits beside
 * the name, not inside it, so the nearest ancestor holding a follow button is
 * the header; the search stays within the primary column, away from the
 * sidebar's suggestions.
 */
function headerFollows(header: Element): boolean {
  const limit = header.closest(XSelectors.primaryColumn);
  const either = `${XSelectors.followButton}, ${XSelectors.unfollowButton}`;
  for (let scope = header.parentElement; scope !== null; scope = scope.parentElement) {
    const button = scope.querySelector(either);
    if (button !== null) return button.matches(XSelectors.unfollowButton);
    if (scope === limit) return false;
  }
  return false;
}
