import type { AccountRef } from '../../lists/platform';
import type { DetectedAction } from '../adapter';
import { linkedChannels } from './account-link';
import { headerOwner } from './channel-page';
import { contentOwner } from './content-owner';
import { actionOn } from './found-channel';
import { YouTubeLabels, YouTubeSelectors } from './selectors';

/** A press on a Subscribe button; once subscribed the same button opens the unsubscribe menu. */
export function detectSubscribeClick(target: Element): DetectedAction | null {
  const button = target.closest<HTMLElement>(YouTubeSelectors.button);
  const control = button?.closest(YouTubeSelectors.subscribe);
  if (!button || !control || isSubscribed(control)) return null;
  return actionOn('follow', subscribeTarget(control), button);
}

/**
 * Whether a subscribe control shows the subscribed state: the renderer's
 * attribute, the view model's tonal shape, or, should both change, the
 * button's words.
 */
export function isSubscribed(control: Element): boolean {
  if (control.matches(YouTubeSelectors.subscribedRenderer)) return true;
  const button = control.querySelector(YouTubeSelectors.button);
  if (button === null) return false;
  return button.matches(YouTubeSelectors.subscribedShape) || YouTubeLabels.subscribed.has(button.textContent.trim());
}

/**
 * Whose channel a Subscribe button subscribes to: the channel of the search
 * result it sits in, of the channel page whose header holds it, or else of the
 * content around it (a Short's channel bar, the watched video's owner row).
 */
function subscribeTarget(control: Element): AccountRef[] {
  const result = control.closest(YouTubeSelectors.channelResult);
  if (result !== null) return linkedChannels(result);
  const header = control.closest(YouTubeSelectors.channelHeader);
  if (header !== null) return headerOwner(header);
  return control.closest(`${YouTubeSelectors.reel}, ${YouTubeSelectors.watchMetadata}`) === null
    ? []
    : contentOwner(control);
}
