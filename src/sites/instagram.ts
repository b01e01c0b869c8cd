import type { DetectedAction, SiteAdapter } from './adapter';
import { targetElement } from './event-target';
import { detectCommentKey, detectCommentPress, detectCommentSubmit } from './instagram/comment';
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
    switch (event.type) {
      case 'click':
        return detectPress(target.closest<HTMLElement>(InstagramSelectors.clickable));
      case 'dblclick':
        return detectDoubleTap(target);
      case 'keydown':
        return detectCommentKey(event as KeyboardEvent, target) ?? detectKeyPress(event as KeyboardEvent, target);
      case 'submit':
        return detectCommentSubmit(target);
      default:
        return null;
    }
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
  return detectIconPress(button) ?? detectFollowPress(button) ?? detectCommentPress(button);
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
