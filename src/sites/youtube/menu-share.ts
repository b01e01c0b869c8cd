import type { DetectedAction } from '../adapter';
import { blocksText } from '../post-text';
import { actionOn } from './found-channel';
import { YouTubeLabels, YouTubeSelectors } from './selectors';
import { tileOwner } from './tile-owner';

/**
 * Share chosen from a video tile's ⋮ menu. The menu opens in a popup at the
 * end of the document, and nothing in its markup names the tile whose ⋮
 * opened it; `previous`, the element the press before this one landed on,
 * does: the Share item shares that tile's video. Without it, or when it is
 * no tile's ⋮ button, the item answers nothing. The item is told by its
 * words: its icon is a bare path, the same in every language.
 */
export function detectMenuShare(target: Element, previous: Element | null): DetectedAction | null {
  const item = target.closest<HTMLElement>(YouTubeSelectors.menuItem);
  if (item === null || item.closest(YouTubeSelectors.menuPopup) === null) return null;
  if (!YouTubeLabels.share.has(item.textContent.trim())) return null;
  if (previous === null || !previous.isConnected || previous.closest(YouTubeSelectors.tileMenu) === null) return null;
  const tile = previous.closest(YouTubeSelectors.videoTile);
  return tile === null ? null : actionOn('share', tileOwner(tile), item, () => blocksText([tile]));
}
