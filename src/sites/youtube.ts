import type { SiteAdapter } from './adapter';
import { targetElement } from './event-target';
import { detectComment } from './youtube/comment';
import { detectLikeClick } from './youtube/like';
import { markable, markableSelector } from './youtube/markable';
import { profileOwner } from './youtube/channel-page';
import { detectMenuShare } from './youtube/menu-share';
import { publish } from './youtube/publish';
import { detectShareClick } from './youtube/share';
import { detectSubscribeClick } from './youtube/subscribe';

/**
 * YouTube (www., m., Shorts): likes (videos, Shorts, comments), subscribes,
 * comments and replies (Comment/Reply button, Ctrl/Cmd+Enter) and shares;
 * the title, hashtags and description of the content each touches, and the
 * text typed in comment boxes, to publish.
 * YouTube has no like key: `l` seeks the player, so no letter is guarded.
 */
export const youtubeAdapter: SiteAdapter = {
  platform: 'youtube',
  // Share and the subscribed state's last check are labels; the rest is element names and classes.
  labelLanguages: ['id', 'en'],
  events: ['click', 'keydown'],
  /** `previous`: where the click before this one landed, which a ⋮ menu's Share item needs (see detectMenuShare). */
  detect(event: Event, previous: Element | null = null) {
    const target = targetElement(event);
    if (target === null) return null;
    if (event.type === 'keydown') return detectComment(event, target);
    if (event.type !== 'click') return null;
    return (
      detectLikeClick(target) ??
      detectSubscribeClick(target) ??
      detectShareClick(target) ??
      detectComment(event, target) ??
      detectMenuShare(target, previous)
    );
  },
  publish(event) {
    const target = targetElement(event);
    return target === null ? null : publish(event, target);
  },
  profileOwner,
  markableSelector,
  markable,
};
