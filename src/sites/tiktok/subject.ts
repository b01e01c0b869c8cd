import type { AccountRef } from '../../lists/platform';
import { firstAccount } from './author';
import { profileOwner } from './profile-page';
import { TikTokSelectors } from './selectors';
import { videoOf } from './video';

const NAMES = [TikTokSelectors.profileTitle, TikTokSelectors.videoAuthor].join(', ');

/**
 * Whom a follow or share control acts on: what the smallest block around it
 * names. The profile header's heading: the page's owner (the header's own
 * links point elsewhere: bio mentions, followers). A video's author row or
 * avatar: that video's author (the "+" on a feed avatar, the Follow next to a
 * browse-mode author, the share icon beside a video). With `cards`, a block
 * that only links a profile is a user card (suggested accounts), whose
 * account must not be taken for the page's owner. Where nothing names anyone,
 * a video page's URL still names its author.
 */
export function subjectOf(control: HTMLElement, cards: boolean): AccountRef | null {
  for (let block = control.parentElement; block !== null; block = block.parentElement) {
    const name = block.querySelector(NAMES);
    if (name !== null) return name.matches(TikTokSelectors.profileTitle) ? headerOwner(control) : (videoOf(control)?.author ?? null);
    const card = cards ? firstAccount(block, TikTokSelectors.profileLink) : null;
    if (card !== null) return card.account;
  }
  return videoOf(control)?.author ?? null;
}

function headerOwner(control: Element): AccountRef | null {
  const doc = control.ownerDocument;
  return profileOwner(new URL(doc.URL), doc);
}
