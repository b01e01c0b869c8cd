import type { Markable } from '../adapter';
import { linkedChannel } from './account-link';
import { headerOwner } from './channel-page';
import { watchOwner } from './content-owner';
import { isSubscribed } from './subscribe';
import { YouTubeSelectors } from './selectors';

/** The watched video's owner row, a channel page's header and channels in search results. */
export const markableSelector = [
  YouTubeSelectors.watchOwner,
  YouTubeSelectors.channelHeader,
  YouTubeSelectors.channelResult,
].join(', ');

export function markable(element: Element): Markable | null {
  if (element.matches(YouTubeSelectors.channelResult)) return markableResult(element);
  if (element.matches(YouTubeSelectors.channelHeader)) return markableHeader(element);
  return markableOwnerRow(element);
}

/** The video's owner row is marked as the channel's content, after its name. */
function markableOwnerRow(row: Element): Markable | null {
  const account = watchOwner(row);
  const anchor = row.querySelector<HTMLElement>(YouTubeSelectors.channelName);
  return account === null || anchor === null ? null : { account, kind: 'post', anchor };
}

/** The header must name the page's channel itself: after navigation the previous one can linger. */
function markableHeader(header: Element): Markable | null {
  const account = headerOwner(header);
  const heading = header.querySelector<HTMLElement>(YouTubeSelectors.channelHeading);
  if (account === null || heading === null) return null;
  return { account, kind: 'profile', anchor: heading, followed: follows(header) };
}

function markableResult(result: Element): Markable | null {
  const account = linkedChannel(result);
  const anchor = result.querySelector<HTMLElement>(YouTubeSelectors.channelName);
  if (account === null || anchor === null) return null;
  return { account, kind: 'profile', anchor, followed: follows(result) };
}

function follows(scope: Element): boolean {
  const control = scope.querySelector(YouTubeSelectors.subscribe);
  return control !== null && isSubscribed(control);
}
