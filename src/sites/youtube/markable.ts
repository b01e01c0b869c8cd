import type { AccountRef } from '../../lists/platform';
import type { Markable } from '../adapter';
import { linkedChannels } from './account-link';
import { headerOwner } from './channel-page';
import { watchOwner } from './content-owner';
import { asAccount } from '../account-ids';
import { isSubscribed } from './subscribe';
import { YouTubeSelectors } from './selectors';
import { tileOwner } from './tile-owner';

/**
 * The watched video's owner row, a channel page's header, channels in search
 * results, comments, and videos in feeds and results.
 */
export const markableSelector = [
  YouTubeSelectors.watchOwner,
  YouTubeSelectors.channelHeader,
  YouTubeSelectors.channelResult,
  YouTubeSelectors.comment,
  YouTubeSelectors.videoTile,
].join(', ');

export function markable(element: Element): Markable | null {
  if (element.matches(YouTubeSelectors.comment)) return markableComment(element);
  if (element.matches(YouTubeSelectors.videoTile)) return markableTile(element);
  if (element.matches(YouTubeSelectors.channelResult)) return markableResult(element);
  if (element.matches(YouTubeSelectors.channelHeader)) return markableHeader(element);
  return markableOwnerRow(element);
}

/** The video's owner row is marked as the channel's content, after its name. */
function markableOwnerRow(row: Element): Markable | null {
  return marked(watchOwner(row), row.querySelector<HTMLElement>(YouTubeSelectors.channelName), 'post');
}

/** A comment is its author's content; the marker ends the author row. */
function markableComment(comment: Element): Markable | null {
  const row = comment.querySelector<HTMLElement>(YouTubeSelectors.commentAuthor);
  return marked(linkedChannels(row), row, 'post');
}

function markableTile(tile: Element): Markable | null {
  return marked(tileOwner(tile), tile.querySelector<HTMLElement>(YouTubeSelectors.tileByline), 'post');
}

/** The header must name the page's channel itself: after navigation the previous one can linger. */
function markableHeader(header: Element): Markable | null {
  return marked(headerOwner(header), header.querySelector<HTMLElement>(YouTubeSelectors.channelHeading), 'profile', header);
}

function markableResult(result: Element): Markable | null {
  return marked(linkedChannels(result), result.querySelector<HTMLElement>(YouTubeSelectors.channelName), 'profile', result);
}

/** A profile's marker also says whether the user is subscribed, read from the subscribe control in `scope`. */
function marked(ids: readonly AccountRef[], anchor: HTMLElement | null, kind: Markable['kind'], scope?: Element): Markable | null {
  const named = asAccount(ids);
  if (named === null || anchor === null) return null;
  return scope === undefined ? { ...named, kind, anchor } : { ...named, kind, anchor, followed: follows(scope) };
}

function follows(scope: Element): boolean {
  const control = scope.querySelector(YouTubeSelectors.subscribe);
  return control !== null && isSubscribed(control);
}
