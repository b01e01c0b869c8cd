import type { AccountRef } from '../../lists/platform';
import type { DetectedAction } from '../adapter';
import { linkedChannels } from './account-link';
import { headerOwner } from './channel-page';
import { contentOwner } from './content-owner';
import { actionOn } from './found-channel';
import { YouTubeLabels, YouTubeSelectors } from './selectors';

/**
 * A press on a Subscribe button; once subscribed the same button opens the
 * unsubscribe menu, and the bell beside it only sets notifications.
 */
export function detectSubscribeClick(target: Element): DetectedAction | null {
  const button = target.closest<HTMLElement>(YouTubeSelectors.button);
  const control = button?.closest(YouTubeSelectors.subscribe);
  if (!button || !control || button.closest(YouTubeSelectors.notificationToggle) !== null) return null;
  if (isSubscribed(control, button)) return null;
  return actionOn('follow', subscribeTarget(control), button);
}

/**
 * Whether a subscribe control (or the given button of it) shows the
 * subscribed state: the renderer's attribute, the tonal shape, or, should
 * both change, the button's words.
 */
export function isSubscribed(control: Element, button: Element | null = control.querySelector(YouTubeSelectors.button)): boolean {
  if (control.matches(YouTubeSelectors.subscribedRenderer)) return true;
  if (button === null) return false;
  return button.matches(YouTubeSelectors.subscribedShape) || YouTubeLabels.subscribed.has(button.textContent.trim());
}

/**
 * Whose channel a Subscribe button subscribes to: the channel of the search
 * result or the Short's channel bar it sits in, of the channel page whose
 * header holds it, or else of the content around it (a Short, the watched
 * video's owner row).
 */
function subscribeTarget(control: Element): AccountRef[] {
  const result = control.closest(`${YouTubeSelectors.channelResult}, ${YouTubeSelectors.channelBar}`);
  if (result !== null) return linkedChannels(result);
  const header = control.closest(YouTubeSelectors.channelHeader);
  if (header !== null) return headerOwner(header);
  return control.closest(`${YouTubeSelectors.reel}, ${YouTubeSelectors.watchMetadata}`) === null
    ? []
    : contentOwner(control);
}
