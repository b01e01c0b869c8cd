import type { SiteAdapter } from './adapter';
import { targetElement } from './x/event-target';
import { detectFollowClick } from './x/follow-target';
import { detectLikeKey } from './x/keyboard';
import { detectLikeClick } from './x/like';
import { profileOwner } from './x/profile-page';

/** X (x.com, twitter.com): likes by click or the `l` shortcut, and follows. */
export const xAdapter: SiteAdapter = {
  platform: 'x',
  events: ['click', 'keydown'],
  detect(event) {
    const target = targetElement(event);
    if (target === null) return null;
    if (event.type === 'keydown') return detectLikeKey(event as KeyboardEvent, target);
    if (event.type === 'click') return detectLikeClick(target) ?? detectFollowClick(target);
    return null;
  },
  profileOwner,
};
