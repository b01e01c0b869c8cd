import type { AccountRef } from '../../lists/platform';
import { accountFromLink, firstProfileLink } from './account-link';
import { reelContainer } from './reel';
import { InstagramSelectors } from './selectors';

/** Post permalinks: /p/<code>/, /reel/<code>/, /tv/<code>/, optionally after /<user>. */
const POST_PATH = /^\/(?:[^/]+\/)?(?:p|reel|tv)\/[^/]+\/?$/;

/**
 * The post an element belongs to: its article in feeds, the dialog Instagram
 * opens a post in, on a post page the whole main column, or a reel in the
 * Reels viewer. Elsewhere `main` holds many posts (the Reels viewer, a
 * profile grid), so it never counts as one.
 */
export function postContainer(element: Element): Element | null {
  const own = element.closest(`${InstagramSelectors.article}, ${InstagramSelectors.dialog}`);
  if (own !== null) return own;
  const main = element.closest(InstagramSelectors.main);
  if (main !== null && isPostPage(element.ownerDocument)) return main;
  return reelContainer(element);
}

export const isPostPath = (path: string): boolean => POST_PATH.test(path);

export const isPostPage = (doc: Document): boolean => isPostPath(new URL(doc.URL).pathname);

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
