import type { Markable } from '../adapter';
import { buttonText } from './button-text';
import { authorNameLink, postAuthor, postContainer } from './post';
import { isProfileHeader, profileHeading, profileOwner } from './profile-page';
import { InstagramLabels, InstagramSelectors } from './selectors';

/**
 * Feed posts (articles), the author row of a post page or dialog (a header
 * inside the post), and a profile page's header. A header inside an article
 * is left to the article, so a post is marked once.
 */
export const markableSelector = `${InstagramSelectors.article}, ${InstagramSelectors.header}`;

export function markable(element: Element): Markable | null {
  if (element.matches(InstagramSelectors.article)) return markablePost(element);
  if (!isProfileHeader(element)) {
    const post = postContainer(element);
    return post === null || post.matches(InstagramSelectors.article) ? null : markablePost(post);
  }
  return markableProfile(element);
}

/** The label goes on the author row, after the username. */
function markablePost(post: Element): Markable | null {
  const account = postAuthor(post);
  const link = account === null ? null : authorNameLink(post, account);
  const anchor = link === null ? null : nameRow(link, post);
  return account === null || anchor === null ? null : { account, kind: 'post', anchor };
}

/**
 * Instagram wraps the username in blocks (`<div><a><div><span>`), so a label
 * appended beside the link would start a line of its own and push the post
 * down. The row is the nearest wrapper holding more than the name (its badge,
 * time stamp, Follow), where the label lines up at the end.
 */
function nameRow(link: HTMLElement, post: Element): HTMLElement | null {
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

function headerFollows(header: Element): boolean {
  for (const button of header.querySelectorAll(InstagramSelectors.clickable)) {
    if (InstagramLabels.following.has(buttonText(button))) return true;
  }
  return false;
}
