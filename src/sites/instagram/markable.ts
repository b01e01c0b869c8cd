import type { Markable } from '../adapter';
import { resolveHref } from '../account-from-href';
import { INSTAGRAM_ORIGIN, nearestProfileLink } from './account-link';
import { buttonText } from './button-text';
import { authorNameLink, isPostPage, isPostPath, postAuthor, postContainer } from './post';
import { isProfileHeader, profileHeading, profileOwner } from './profile-page';
import { isReelsViewer, isReelsViewerPath, reelAuthor } from './reel';
import { InstagramLabels, InstagramSelectors as S } from './selectors';

/** /p/<code>/c/<id>/, optionally after /<user>: one comment's own page. */
const COMMENT_PATH = /^\/(?:[^/]+\/)?(?:p|reel)\/[^/]+\/c\/\d+\/?$/;

/**
 * Feed posts (articles); a post page or dialog, by the author row it has
 * (a header) or, in layouts without one, as a whole; the comments of a post,
 * by their permalinks; each reel of the Reels viewer, by its author link; and
 * a profile page's header. A post is marked once: by its article, else by
 * its header, else by its page or dialog.
 */
export const markableSelector = [S.article, S.header, S.main, S.dialog, S.commentPermalink, S.reelAuthor].join(', ');

/**
 * The parts that can be marked at this URL: a feed or profile searches each
 * post added for articles and headers alone, as before post pages and reels
 * were read.
 */
export function markableSelectorAt(url: URL): string {
  const parts: string[] = [S.article, S.header];
  if (isPostPath(url.pathname)) parts.push(S.main, S.dialog, S.commentPermalink);
  if (isReelsViewerPath(url.pathname)) parts.push(S.reelAuthor);
  return parts.join(', ');
}

export function markable(element: Element): Markable | null {
  if (element.matches(S.article)) return markablePost(element);
  if (element.matches(S.header)) return markableHeader(element);
  if (element.matches(`${S.main}, ${S.dialog}`)) return isWholePost(element) ? markablePost(element) : null;
  if (element.matches(S.reelAuthor)) return markableReel(element);
  return markableComment(element);
}

function markableHeader(header: Element): Markable | null {
  if (isProfileHeader(header)) return markableProfile(header);
  const post = postContainer(header);
  return post === null || post.matches(S.article) ? null : markablePost(post);
}

/**
 * On a post page, a main or dialog that is the post and has no header or
 * article to be marked by: main always; a dialog when it shows a post's time
 * stamp (others list likes, followers or share targets).
 */
function isWholePost(container: Element): boolean {
  if (!isPostPage(container.ownerDocument)) return false;
  if (container.querySelector(`${S.header}, ${S.article}`) !== null) return false;
  return container.matches(S.main) || container.querySelector(S.permalinkTime) !== null;
}

/** The label goes on the author row, after the username. */
function markablePost(post: Element): Markable | null {
  const account = postAuthor(post);
  const link = account === null ? null : authorNameLink(post, account);
  const anchor = link === null ? null : nameRow(link, post);
  return account === null || anchor === null ? null : { account, kind: 'post', anchor };
}

/** A reel of the Reels viewer, marked on its author row (the name and Follow). */
function markableReel(link: Element): Markable | null {
  const account = isReelsViewer(link.ownerDocument) ? reelAuthor(link) : null;
  const anchor = account === null ? null : nameRow(link as HTMLElement, link.closest(S.main));
  return account === null || anchor === null ? null : { account, kind: 'post', anchor };
}

/**
 * A comment is its author's content: the account linked in the smallest
 * block around its permalink (the row with the name and time), on its row.
 */
function markableComment(permalink: Element): Markable | null {
  const url = resolveHref(permalink.getAttribute('href'), INSTAGRAM_ORIGIN);
  if (url === null || !COMMENT_PATH.test(url.pathname)) return null;
  const post = postContainer(permalink);
  const author = post === null ? null : nearestProfileLink(permalink, post);
  if (author === null) return null;
  const name = authorNameLink(author.scope, author.account) ?? author.link;
  const anchor = nameRow(name, author.scope);
  return anchor === null ? null : { account: author.account, kind: 'post', anchor };
}

/**
 * Instagram wraps the username in blocks (`<div><a><div><span>`), so a label
 * appended beside the link would start a line of its own and push the post
 * down. The row is the nearest wrapper holding more than the name (its badge,
 * time stamp, Follow), where the label lines up at the end.
 */
function nameRow(link: HTMLElement, post: Element | null): HTMLElement | null {
  let row = link.parentElement;
  while (row !== null && row !== post && row.childElementCount === 1) row = row.parentElement;
  return row;
}

/**
 * The header must name the page's owner itself: right after Instagram
 * navigates, the previous profile's header can still be in the document.
 */
function markableProfile(header: Element): Markable | null {
  const doc = header.ownerDocument;
  const account = profileOwner(new URL(doc.URL), doc);
  const heading = account === null ? null : profileHeading(header, account);
  if (account === null || heading === null) return null;
  return { account, kind: 'profile', anchor: heading, followed: headerFollows(header) };
}

/**
 * Whether the header's button says the user follows the account: by its
 * label in the table, or, in other languages, by its shape: Following opens
 * a menu (Unfollow, Mute…) and carries a chevron beside its text, which
 * Follow and Message do not.
 */
function headerFollows(header: Element): boolean {
  for (const button of header.querySelectorAll(S.button)) {
    const text = buttonText(button);
    if (InstagramLabels.following.has(text)) return true;
    if (text !== '' && !InstagramLabels.follow.has(text) && button.querySelector(S.anyIcon) !== null) return true;
  }
  return false;
}
