import type { DetectedAction } from '../adapter';
import { nearestLinkedAccount } from './account-link';
import { postAuthor, postContainer } from './post';
import { InstagramLabels, InstagramSelectors, REPOSTED_MARK } from './selectors';

/**
 * A press on an icon button: like (post or comment heart), share or repost.
 * Undo states (Unlike, a reposted icon) carry other labels or marks and give null.
 */
export function detectIconPress(button: HTMLElement): DetectedAction | null {
  const icon = ownIcon(button);
  if (icon === null) return null;
  const label = icon.getAttribute('aria-label') ?? '';
  if (InstagramLabels.like.has(label)) return isPostLikeIcon(icon) ? postAction('like', button) : commentLike(button);
  if (InstagramLabels.share.has(label)) return postAction('share', button);
  if (InstagramLabels.repost.has(label) && icon.querySelector(REPOSTED_MARK) === null) {
    return postAction('share', button);
  }
  return null;
}

/** The post's own heart (a Like icon of action-bar size), not a comment's. */
export function isPostLikeIcon(icon: Element): boolean {
  return (
    InstagramLabels.like.has(icon.getAttribute('aria-label') ?? '') &&
    icon.getAttribute('height') === InstagramSelectors.postIconHeight
  );
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

/** An action on the whole post touches its author's content. */
export function postAction(intent: DetectedAction['intent'], element: HTMLElement): DetectedAction | null {
  const post = postContainer(element);
  const account = post === null ? null : postAuthor(post);
  return account === null ? null : { intent, account, element };
}

/**
 * A comment's heart likes that comment, so the content touched is the comment
 * author's: the account linked in the comment row around the heart.
 */
function commentLike(button: HTMLElement): DetectedAction | null {
  const post = postContainer(button);
  const account = post === null ? null : nearestLinkedAccount(button, post);
  return account === null ? null : { intent: 'like', account, element: button };
}
