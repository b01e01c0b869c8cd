import { youtube } from '../../lists/normalise/youtube';
import type { AccountRef } from '../../lists/platform';
import { hrefAccounts } from '../account-from-href';
import { YouTubeSelectors } from './selectors';

// YouTube writes channel links as relative paths (/@name, /channel/UC…).
// Resolving them against a fixed origin gives the same account on www. and
// m. and does not depend on the document's URL.
const YOUTUBE_ORIGIN = 'https://www.youtube.com/';
const accountOfHref = /* @__PURE__ */ hrefAccounts(YOUTUBE_ORIGIN, youtube);

/** The YouTube channel an href points to, or null for videos, reserved pages and other sites. */
export function accountFromYouTubeHref(href: string | null): AccountRef | null {
  return accountOfHref(href);
}

/** The YouTube channel a link points to, or null for videos, reserved pages and other sites. */
export function accountFromLink(link: Element): AccountRef | null {
  return accountFromYouTubeHref(link.getAttribute('href'));
}

/**
 * Every id of the channel linked under `scope`: one renderer (an owner row, a
 * comment's author row) links one channel, by its @handle, its UC… id or
 * both. The handle is what users see and write, so it comes first.
 */
export function linkedChannels(scope: Element | null): AccountRef[] {
  if (scope === null) return [];
  return channelIds([...scope.querySelectorAll(YouTubeSelectors.link)].map(accountFromLink));
}

/** Distinct ids of one channel, handles first. */
export function channelIds(ids: Iterable<AccountRef | null>): AccountRef[] {
  const seen = new Map<string, AccountRef>();
  for (const id of ids) if (id !== null && !seen.has(id.id)) seen.set(id.id, id);
  return [...seen.values()].sort((a, b) => Number(b.id.startsWith('@')) - Number(a.id.startsWith('@')));
}
