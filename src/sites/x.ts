import type { SiteAdapter } from './adapter';
import { targetElement } from './event-target';
import { detectFollowClick } from './x/follow-target';
import { detectShortcut } from './x/keyboard';
import { detectLikeClick } from './x/like';
import { markable, markableSelector, markableSelectorAt } from './x/markable';
import { profileOwner } from './x/profile-page';
import { detectPublishClick, detectPublishKey } from './x/publish';
import { detectReplyClick, detectReplyKey } from './x/reply';
import { detectShareClick } from './x/share';

/**
 * X (x.com, twitter.com): likes (click, `l`), follows, replies (Reply button,
 * Ctrl/Cmd+Enter) and shares (repost and share buttons, `t`), each with the
 * text of the post it touches; and new posts, replies and quotes published
 * from any composer (its button, Ctrl/Cmd+Enter).
 */
export const xAdapter: SiteAdapter = {
  platform: 'x',
  events: ['click', 'keydown'],
  detect(event) {
    const target = targetElement(event);
    if (target === null) return null;
    if (event.type === 'keydown') {
      const key = event as KeyboardEvent;
      return detectShortcut(key, target) ?? detectReplyKey(key, target);
    }
    if (event.type === 'click') {
      return detectLikeClick(target) ?? detectShareClick(target) ?? detectFollowClick(target) ?? detectReplyClick(target);
    }
    return null;
  },
  publish(event) {
    const target = targetElement(event);
    if (target === null) return null;
    if (event.type === 'keydown') return detectPublishKey(event as KeyboardEvent, target);
    return event.type === 'click' ? detectPublishClick(target) : null;
  },
  profileOwner,
  markableSelector,
  markableSelectorAt,
  markable,
};
