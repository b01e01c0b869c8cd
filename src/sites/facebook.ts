import type { DetectedAction, SiteAdapter } from './adapter';
import { targetElement } from './event-target';
import { detectCommentKey, detectCommentSend } from './facebook/comment';
import { detectFollow, detectPageLike } from './facebook/follow';
import { detectLikeShortcut } from './facebook/keyboard';
import { controlKind, postControlKind } from './facebook/labels';
import { markable, markableSelector } from './facebook/markable';
import { postContainer } from './facebook/post';
import { detectReaction, detectShare } from './facebook/post-actions';
import { detectLayerReaction, reactionLayer } from './facebook/reaction-layer';
import { profileOwner } from './facebook/profile-page';
import { detectPublish } from './facebook/publish';
import { FacebookSelectors } from './facebook/selectors';
import { detectCommentSubmit } from './facebook/mobile/comment';
import { detectMobileControl, mobileControl } from './facebook/mobile/controls';
import { mobileMarkable, mobileMarkableSelector } from './facebook/mobile/markable';

/**
 * Facebook (www., web., m., mbasic.facebook.com): likes and reactions on posts and
 * comments (click, `l`, the reaction bar), follows (Follow, Like Page, in-feed
 * Follow), comments and replies (Enter, the composer's send button; the comment
 * form on the mobile layouts) and shares (the Share button that opens the share
 * menu), in the feed, a post's dialog and the photo viewer, each with the text
 * of the post or comment it touches; and new posts from the Create post dialog
 * (its Post button, by click or Enter). The server-rendered
 * mobile layouts' action links are told apart first: their markup is their own.
 */
export const facebookAdapter: SiteAdapter = {
  platform: 'facebook',
  // Basa Jawa and Basa Sunda by the action bar's shape (facebook/action-bar.ts).
  labelLanguages: ['id', 'en', 'jv', 'su'],
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
  publish(event) {
    const key = (event as KeyboardEvent).key;
    const control = event.type === 'click' || key === 'Enter' || key === ' ' ? targetElement(event)?.closest<HTMLElement>(FacebookSelectors.control) : null;
    return control ? detectPublish(control) : null;
  },
  profileOwner,
  markableSelector: `${mobileMarkableSelector}, ${markableSelector}`,
  markable: (element) => (element.matches(mobileMarkableSelector) ? mobileMarkable(element) : markable(element)),
};

function detectPress(control: HTMLElement | null): DetectedAction | null {
  if (control === null) return null;
  const layer = reactionLayer(control);
  if (layer !== null) return detectLayerReaction(control, layer);
  const send = detectCommentSend(control);
  if (send !== null) return send;
  const post = postContainer(control);
  switch (post === null ? controlKind(control) : postControlKind(control)) {
    case 'like':
      // Outside posts, only a page header's Like is an action: it likes (follows) the page.
      return post === null ? detectPageLike(control) : detectReaction(control);
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
