import { accountFromUrlWith } from '../../lists/normalise/one-platform';
import { tiktok } from '../../lists/normalise/tiktok';
import type { AccountRef } from '../../lists/platform';
import { TikTokSelectors } from './selectors';

/**
 * The owner of the profile page shown (/@user), or null: videos
 * (/@user/video/<id>) and TikTok's own pages (/foryou, /explore, /live,
 * /tag/…, /music/…) are refused by the normaliser. The header must confirm
 * the URL: TikTok is a single-page app, and right after navigation the
 * previous profile can still be on screen. Its h1 is the handle, the line
 * under it the display name; either may carry the handle.
 */
export function profileOwner(url: URL, doc: Document): AccountRef | null {
  const account = accountFromUrlWith(tiktok, url);
  if (account === null) return null;
  for (const name of doc.querySelectorAll(TikTokSelectors.profileNames)) {
    if (name.textContent?.trim().replace(/^@/, '').toLowerCase() === account.id) return account;
  }
  return null;
}
