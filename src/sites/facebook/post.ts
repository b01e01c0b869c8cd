import type { AccountRef } from '../../lists/platform';
import { accountFromLink, firstProfileLink } from './account-link';
import { postPanel } from './post-panel';
import { FacebookSelectors } from './selectors';

/**
 * The post an element belongs to: its feed unit, or outside feeds the
 * outermost article (comments are articles nested in it), unless that sits
 * in a panel whose own action bar makes the panel the post (a post's dialog,
 * the photo viewer), where articles are the comments.
 */
export function postContainer(element: Element): Element | null {
  const unit = element.closest(FacebookSelectors.feedUnit);
  if (unit !== null) return unit;
  let post: Element | null = null;
  for (let article = element.closest(FacebookSelectors.article); article !== null; ) {
    post = article;
    article = article.parentElement?.closest(FacebookSelectors.article) ?? null;
  }
  return postPanel(post ?? element) ?? post;
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
 * the marker fall back to the first linked heading; a panel (the photo viewer)
 * has none, and its first profile link outside the comments is the author's,
 * taken on the name rather than the avatar.
 */
export function postAuthor(post: Element): Author | null {
  const row = authorRows(post)[0] ?? headings(post)[0];
  if (row !== undefined) return firstProfileLink(row);
  return post.matches(FacebookSelectors.panel) ? panelAuthor(post) : null;
}

function panelAuthor(panel: Element): Author | null {
  let first: Author | null = null;
  for (const link of ownParts(panel, FacebookSelectors.link) as HTMLElement[]) {
    const account = accountFromLink(link);
    if (account === null) continue;
    if (first === null) first = { link, account };
    else if (account.id !== first.account.id) break;
    if (link.textContent.trim() !== '') return { link, account };
  }
  return first;
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

/** The parts of a post matching `selector` that are not in one of its comments. */
export function ownParts(post: Element, selector: string): Element[] {
  return [...post.querySelectorAll(selector)].filter((part) => commentOf(part, post) === null);
}
