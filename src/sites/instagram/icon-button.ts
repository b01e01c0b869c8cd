import type { DetectedAction } from '../adapter';
import { nearestLinkedAccount } from './account-link';
import { iconKind } from './icon-kind';
import { postAuthor, postContainer } from './post';
import { commentText, postText } from './post-text';
import { InstagramSelectors } from './selectors';

/**
 * A press on an icon button: like (post or comment heart), share or repost.
 * Undo states (Unlike, a reposted icon) give null; see iconKind.
 */
export function detectIconPress(button: HTMLElement): DetectedAction | null {
  const icon = ownIcon(button);
  if (icon === null) return null;
  const kind = iconKind(icon);
  if (kind === 'like') return isPostIcon(icon) ? postAction('like', button) : commentLike(button);
  return kind === 'share' ? postAction('share', button) : null;
}

/** The post's own heart (a Like icon of action-bar size), not a comment's. */
export function isPostLikeIcon(icon: Element): boolean {
  return iconKind(icon) === 'like' && isPostIcon(icon);
}

function isPostIcon(icon: Element): boolean {
  return icon.getAttribute('height') === InstagramSelectors.postIconHeight;
}

/**
 * The icon that names this button. An icon inside a nested button names that
 * one: Instagram wraps whole comments in div[role="button"], and a click on a
 * comment's text must not count as a click on its heart.
 */
function ownIcon(button: HTMLElement): Element | null {
  for (const icon of button.querySelectorAll(InstagramSelectors.icon)) {
    if (icon.closest(InstagramSelectors.clickable) === button) return icon;
  }
  return null;
}

/** An action on the whole post touches its author's content and its caption. */
export function postAction(intent: DetectedAction['intent'], element: HTMLElement): DetectedAction | null {
  const post = postContainer(element);
  const account = post === null ? null : postAuthor(post);
  return post === null || account === null ? null : { intent, account, element, text: () => postText(post) };
}

/**
 * A comment's heart likes that comment, so the content touched is the comment
 * author's: the account linked in the comment row around the heart.
 */
function commentLike(button: HTMLElement): DetectedAction | null {
  const post = postContainer(button);
  const account = post === null ? null : nearestLinkedAccount(button, post);
  return post === null || account === null ? null : { intent: 'like', account, element: button, text: () => commentText(button, post) };
}
