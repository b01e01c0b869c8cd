import type { AccountRef } from '../../lists/platform';
import { accountFromLink } from './account-link';
import { InstagramSelectors } from './selectors';

/** The Reels viewer: /reels/, or /reels/<code>/ for the reel shown first. */
const REELS_VIEWER = /^\/reels\/(?:[^/]+\/?)?$/;

export const isReelsViewerPath = (path: string): boolean => REELS_VIEWER.test(path);

export const isReelsViewer = (doc: Document): boolean => isReelsViewerPath(new URL(doc.URL).pathname);

/**
 * The author a reel's author link names: a link to the author's reels tab
 * that shows their avatar. The profile page's Reels tab links to the same
 * place with an icon, and is no reel.
 */
export function reelAuthor(link: Element): AccountRef | null {
  return link.querySelector(InstagramSelectors.avatar) === null ? null : accountFromLink(link);
}

/**
 * The reel an element belongs to in the Reels viewer, which has no article:
 * the largest block around it that holds one reel author link. The viewer
 * lays the author row over the video and the action column beside it, so
 * the smallest such block around the video lacks the like button; the reels
 * sit side by side in main, so the next block up holds several authors, and
 * a control that only such a block holds belongs to no one reel.
 */
export function reelContainer(element: Element): Element | null {
  const main = element.closest(InstagramSelectors.main);
  if (main === null || !isReelsViewer(element.ownerDocument)) return null;
  let reel: Element | null = null;
  for (let block = element.parentElement; block !== null && block !== main; block = block.parentElement) {
    const authors = reelAuthorCount(block);
    if (authors > 1) break;
    if (authors === 1) reel = block;
  }
  return reel;
}

/** How many reel author links a block holds: 0, 1, or 2 for "several". */
function reelAuthorCount(block: Element): number {
  let count = 0;
  for (const link of block.querySelectorAll(InstagramSelectors.reelAuthor)) {
    if (reelAuthor(link) !== null && ++count > 1) break;
  }
  return count;
}
