import type { DetectedAction, SiteAdapter } from './adapter';
import { targetElement } from './event-target';
import { detectFollow } from './threads/follow';
import { controlKind } from './threads/labels';
import { markable, markableSelector } from './threads/markable';
import { detectPostAction } from './threads/post-actions';
import { profileOwner } from './threads/profile-page';
import { detectPublishClick, detectPublishKey } from './threads/publish';
import { detectReplyKey, detectReplySubmit } from './threads/reply';
import { ThreadsSelectors } from './threads/selectors';

/**
 * Threads (threads.net, threads.com): like, repost/quote, follow (profile
 * header and the "+" on avatars) and reply (Post button, Ctrl/Cmd+Enter),
 * each with the text of the post it touches; and new posts, replies and
 * quotes published from the composer (Post button, Ctrl/Cmd+Enter).
 */
export const threadsAdapter: SiteAdapter = {
  platform: 'threads',
  labelLanguages: ['id', 'en'],
  events: ['click', 'keydown'],
  detect(event) {
    const target = targetElement(event);
    if (target === null) return null;
    if (event.type === 'keydown') return detectReplyKey(event as KeyboardEvent, target);
    return event.type === 'click' ? detectClick(target) : null;
  },
  publish(event) {
    const target = targetElement(event);
    if (target === null) return null;
    if (event.type === 'keydown') return detectPublishKey(event as KeyboardEvent, target);
    return event.type === 'click' ? detectPublishClick(target) : null;
  },
  profileOwner,
  markableSelector,
  markable,
};

function detectClick(target: Element): DetectedAction | null {
  const control = target.closest<HTMLElement>(ThreadsSelectors.control);
  if (control === null) return null;
  switch (controlKind(control)) {
    case 'like':
      return detectPostAction(control, 'like');
    case 'repost':
      return detectPostAction(control, 'share');
    case 'follow':
      return detectFollow(control);
    case 'post':
      return detectReplySubmit(control);
    default:
      return null;
  }
}
