import { accountFromUrlWith } from '../../lists/normalise/one-platform';
import { youtube } from '../../lists/normalise/youtube';
import type { AccountRef } from '../../lists/platform';
import { YouTubeSelectors } from './selectors';

// YouTube writes channel links as relative paths (/@name, /channel/UC…).
// Resolving them against a fixed origin gives the same account on www. and
// m. and does not depend on the document's URL.
const YOUTUBE_ORIGIN = 'https://www.youtube.com/';

/** The YouTube channel a link points to, or null for videos, reserved pages and other sites. */
export function accountFromLink(link: Element): AccountRef | null {
  const href = link.getAttribute('href');
  if (href === null) return null;
  let url: URL;
  try {
    url = new URL(href, YOUTUBE_ORIGIN);
  } catch {
    return null;
  }
  return accountFromUrlWith(youtube, url);
}

/**
 * The channel linked under `scope`. A channel can be linked by its @handle
 * and by its UC… id; lists name either, and the handle is what users see and
 * write, so it wins whenever one is linked.
 */
export function linkedChannel(scope: Element | null): AccountRef | null {
  if (scope === null) return null;
  let fallback: AccountRef | null = null;
  for (const link of scope.querySelectorAll(YouTubeSelectors.link)) {
    const account = accountFromLink(link);
    if (account?.id.startsWith('@')) return account;
    fallback ??= account;
  }
  return fallback;
}

