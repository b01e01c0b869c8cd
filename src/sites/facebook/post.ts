import type { AccountRef } from '../../lists/platform';
import { firstProfileLink } from './account-link';
import { FacebookSelectors } from './selectors';

/**
 * The post an element belongs to: its feed unit, or outside feeds the
 * outermost article (comments are articles nested in it).
 */
export function postContainer(element: Element): Element | null {
  const unit = element.closest(FacebookSelectors.feedUnit);
  if (unit !== null) return unit;
  let post: Element | null = null;
  for (let article = element.closest(FacebookSelectors.article); article !== null; ) {
    post = article;
    article = article.parentElement?.closest(FacebookSelectors.article) ?? null;
  }
  return post;
}

/** The comment (or reply) an element sits in, within its post; null for the post's own parts. */
export function commentOf(element: Element, post: Element): Element | null {
  const article = element.closest(FacebookSelectors.article);
  return article !== null && article !== post && post.contains(article) ? article : null;
}

/** Linked author of a post's header, or of a comment (whose first link is its author's name). */
export interface Author {
  link: HTMLElement;
  account: AccountRef;
}

/**
 * The post's author: the link in its first author row, the sharer's on a share
 * (the original it embeds comes later, with a row of its own). Layouts without
 * the marker fall back to the first linked heading.
 */
export function postAuthor(post: Element): Author | null {
  const row = authorRows(post)[0] ?? headings(post)[0];
  return row === undefined ? null : firstProfileLink(row);
}

/** On a share, the author of the post it embeds; null for a post of its own. */
export function sharedAuthor(post: Element): Author | null {
  const row = authorRows(post)[1];
  return row === undefined ? null : firstProfileLink(row);
}

/** The author of a comment: its first link, on the commenter's name (or avatar). */
export function commentAuthor(comment: Element): Author | null {
  return firstProfileLink(comment);
}

function authorRows(post: Element): Element[] {
  return ownParts(post, FacebookSelectors.authorRow);
}

function headings(post: Element): Element[] {
  return ownParts(post, FacebookSelectors.authorHeading).filter((heading) => heading.querySelector(FacebookSelectors.link));
}

function ownParts(post: Element, selector: string): Element[] {
  return [...post.querySelectorAll(selector)].filter((part) => commentOf(part, post) === null);
}
