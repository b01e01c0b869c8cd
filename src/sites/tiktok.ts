import type { DetectedAction, SiteAdapter } from './adapter';
import { targetElement } from './event-target';
import { detectCommentKey, detectCommentPress } from './tiktok/comment';
import { controlKind, likeAction, shareAction } from './tiktok/controls';
import { detectDoubleClick } from './tiktok/double-click';
import { detectFollow } from './tiktok/follow';
import { markable, markableSelector } from './tiktok/markable';
import { profileOwner } from './tiktok/profile-page';
import { publish } from './tiktok/publish';
import { TikTokSelectors } from './tiktok/selectors';

/**
 * TikTok (www.tiktok.com): likes (heart, double-click on the video), follows
 * (profile, browse mode, the "+" on feed avatars), comments (Post, Enter) and
 * shares (of a video, Repost in its share panel, or of a profile), read from
 * TikTok's data-e2e hooks and the shape of its links; the description of the
 * video each touches, and the comments and replies typed in its boxes.
 */
export const tiktokAdapter: SiteAdapter = {
  platform: 'tiktok',
  // Only a plain (not design-system) follow button's followed state is read from its words.
  labelLanguages: ['id', 'en'],
  events: ['click', 'dblclick', 'keydown'],
  detect(event) {
    const target = targetElement(event);
    if (target === null) return null;
    switch (event.type) {
      case 'click':
        return detectPress(target.closest<HTMLElement>(TikTokSelectors.clickable));
      case 'dblclick':
        return detectDoubleClick(target);
      case 'keydown':
        return detectCommentKey(event as KeyboardEvent, target);
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
  markable,
};

function detectPress(control: HTMLElement | null): DetectedAction | null {
  if (control === null) return null;
  switch (controlKind(control)) {
    case 'like':
      return likeAction(control);
    case 'share':
    case 'repost':
      return shareAction(control);
    case 'follow':
      return detectFollow(control);
    case 'commentPost':
      return detectCommentPress(control);
    default:
      return null;
  }
}
