import type { AccountRef } from '../../lists/platform';
import { accountFromLink, firstProfileLink } from './account-link';
import { InstagramSelectors } from './selectors';

/** Post permalinks: /p/<code>/, /reel/<code>/, /tv/<code>/, optionally after /<user>. */
const POST_PATH = /^\/(?:[^/]+\/)?(?:p|reel|tv)\/[^/]+\/?$/;

/**
 * The post an element belongs to: its article in feeds, the dialog Instagram
 * opens a post in, or on a post page the whole main column. Elsewhere `main`
 * holds many posts (the reels feed, a profile grid), so it never counts as one.
 */
export function postContainer(element: Element): Element | null {
  const own = element.closest(`${InstagramSelectors.article}, ${InstagramSelectors.dialog}`);
  if (own !== null) return own;
  const main = element.closest(InstagramSelectors.main);
  return main !== null && POST_PATH.test(new URL(element.ownerDocument.URL).pathname) ? main : null;
}

/**
 * The post's author: the account of the first profile link of its header (the avatar,
 * then the username), which comes before the caption, the comments and any
 * "liked by" line. Post pages mark the header with <header>; feed articles
 * have none, so there the first profile link of the article is its header's.
 */
export function postAuthor(post: Element): AccountRef | null {
  return firstProfileLink(authorScope(post))?.account ?? null;
}

/**
 * The author's username link, where a marker can follow the name on its line.
 * The avatar links to the same profile first but holds only a picture.
 */
export function authorNameLink(post: Element, author: AccountRef): HTMLElement | null {
  for (const link of authorScope(post).querySelectorAll<HTMLElement>(InstagramSelectors.link)) {
    if (link.textContent?.trim() && accountFromLink(link)?.id === author.id) return link;
  }
  return null;
}

function authorScope(post: Element): Element {
  return post.querySelector(InstagramSelectors.header) ?? post;
}
