import type { DetectedAction, SiteAdapter } from './adapter';
import { targetElement } from './event-target';
import { commentOn, commentSubmit } from './instagram/comment';
import { detectDoubleTap } from './instagram/double-tap';
import { detectFollowPress } from './instagram/follow';
import { detectIconPress } from './instagram/icon-button';
import { markable, markableSelector, markableSelectorAt } from './instagram/markable';
import { profileOwner } from './instagram/profile-page';
import { publish } from './instagram/publish';
import { InstagramSelectors } from './instagram/selectors';

/**
 * Instagram (www.instagram.com): likes (post hearts, comment hearts, a
 * double-click on the media), follows, comments (Post button, Enter) and
 * shares (send and repost), by pointer or keyboard; the text of the post
 * each touches, and the comments and replies typed in its comment forms.
 */
export const instagramAdapter: SiteAdapter = {
  platform: 'instagram',
  // Follow, Repost and a liked heart are told by their label; Like and Share by their drawing too.
  labelLanguages: ['id', 'en'],
  events: ['click', 'dblclick', 'keydown', 'submit'],
  detect(event) {
    const target = targetElement(event);
    if (target === null) return null;
    if (event.type === 'dblclick') return detectDoubleTap(target);
    const comment = commentSubmit(event, target);
    if (comment !== null) return commentOn(comment);
    if (event.type === 'click') return detectPress(target.closest<HTMLElement>(InstagramSelectors.clickable));
    return event.type === 'keydown' ? detectKeyPress(event as KeyboardEvent, target) : null;
  },
  publish(event) {
    const target = targetElement(event);
    return target === null ? null : publish(event, target);
  },
  profileOwner,
  markableSelector,
  markableSelectorAt,
  markable,
};

function detectPress(button: HTMLElement | null): DetectedAction | null {
  if (button === null) return null;
  return detectIconPress(button) ?? detectFollowPress(button);
}

/**
 * Instagram's buttons are mostly div[role="button"], which the browser does
 * not click on Enter or Space: Instagram's own key handler does, so the key
 * press itself is the action.
 */
function detectKeyPress(event: KeyboardEvent, target: Element): DetectedAction | null {
  if (event.key !== 'Enter' && event.key !== ' ') return null;
  return target.matches(InstagramSelectors.scriptedButton) ? detectPress(target as HTMLElement) : null;
}
