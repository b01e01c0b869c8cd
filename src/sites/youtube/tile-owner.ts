import type { AccountRef } from '../../lists/platform';
import { linkedChannels } from './account-link';
import { YouTubeSelectors } from './selectors';

/**
 * The channel that published the video a tile shows: the one channel its
 * links name (avatar and byline; title and thumbnail link the video). None
 * when the tile names no channel (the watch page's sidebar shows the name
 * as plain text), or several, which the page does not prove to be one (a
 * collaboration, a byline by handle beside an avatar by UC… id). A lockup
 * inside a renderer is that renderer's video and answers nothing itself.
 */
export function tileOwner(tile: Element): AccountRef[] {
  if (tile.matches(YouTubeSelectors.lockup) && tile.parentElement?.closest(YouTubeSelectors.videoRenderer)) return [];
  const ids = linkedChannels(tile);
  return ids.length === 1 ? ids : [];
}
