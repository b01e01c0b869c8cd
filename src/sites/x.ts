import type { SiteAdapter } from './adapter';
import { targetElement } from './event-target';
import { detectFollowClick } from './x/follow-target';
import { detectShortcut } from './x/keyboard';
import { detectLikeClick } from './x/like';
import { markable, markableSelector, markableSelectorAt } from './x/markable';
import { profileOwner } from './x/profile-page';
import { detectReplyClick, detectReplyKey } from './x/reply';
import { detectShareClick } from './x/share';

/**
 * X (x.com, twitter.com): likes (click, `l`), follows, replies (Reply button,
 * Ctrl/Cmd+Enter) and shares (repost and share buttons, `t`).
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
  profileOwner,
  markableSelector,
  markableSelectorAt,
  markable,
};
