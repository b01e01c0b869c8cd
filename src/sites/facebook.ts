import type { DetectedAction, SiteAdapter } from './adapter';
import { targetElement } from './event-target';
import { detectCommentKey } from './facebook/comment';
import { detectFollow } from './facebook/follow';
import { detectLikeShortcut } from './facebook/keyboard';
import { controlKind } from './facebook/labels';
import { markable, markableSelector } from './facebook/markable';
import { postContainer } from './facebook/post';
import { detectReaction, detectShare } from './facebook/post-actions';
import { profileOwner } from './facebook/profile-page';
import { FacebookSelectors } from './facebook/selectors';
import { detectCommentSubmit } from './facebook/mobile/comment';
import { detectMobileControl, mobileControl } from './facebook/mobile/controls';
import { mobileMarkable, mobileMarkableSelector } from './facebook/mobile/markable';

/**
 * Facebook (www., web., m., mbasic.facebook.com): likes and reactions on posts and
 * comments (click, `l`), follows (Follow, Like Page, in-feed Follow), comments
 * and replies (Enter; the comment form on the mobile layouts) and shares (the
 * Share button that opens the share menu). The server-rendered mobile layouts'
 * action links are told apart first: their markup is their own.
 */
export const facebookAdapter: SiteAdapter = {
  platform: 'facebook',
  events: ['click', 'keydown', 'submit'],
  detect(event) {
    if (event.type === 'submit') return detectCommentSubmit(event);
    const target = targetElement(event);
    if (target === null) return null;
    // Enter on a focused link makes the browser click it: the click is held.
    const mobile = mobileControl(target);
    if (mobile !== null) return event.type === 'click' ? detectMobileControl(mobile) : null;
    if (event.type === 'click') return detectPress(target.closest<HTMLElement>(FacebookSelectors.control));
    if (event.type !== 'keydown') return null;
    const key = event as KeyboardEvent;
    return detectCommentKey(key, target) ?? detectLikeShortcut(key, target) ?? detectKeyPress(key, target);
  },
  profileOwner,
  markableSelector: `${mobileMarkableSelector}, ${markableSelector}`,
  markable: (element) => (element.matches(mobileMarkableSelector) ? mobileMarkable(element) : markable(element)),
};

function detectPress(control: HTMLElement | null): DetectedAction | null {
  if (control === null) return null;
  switch (controlKind(control)) {
    case 'like':
      // Outside posts, a Like button likes the page whose header it is in.
      return postContainer(control) === null ? detectFollow(control) : detectReaction(control);
    case 'share':
      return detectShare(control);
    case 'follow':
      return detectFollow(control);
    default:
      return null;
  }
}

/** Facebook's div buttons act on Enter and Space through its own key handler, not the browser's. */
function detectKeyPress(event: KeyboardEvent, target: Element): DetectedAction | null {
  if (event.key !== 'Enter' && event.key !== ' ') return null;
  return target.matches(FacebookSelectors.control) ? detectPress(target as HTMLElement) : null;
}
