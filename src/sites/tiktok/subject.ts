import type { AccountRef } from '../../lists/platform';
import { accountOf } from './author';
import { profileOwner } from './profile-page';
import { TikTokSelectors } from './selectors';
import { videoOf } from './video';

const NAMES = [TikTokSelectors.profileTitle, TikTokSelectors.videoAuthor].join(', ');

/**
 * Whom a follow or share control acts on: what the smallest block around it
 * names. The profile header's heading: the page's owner (the header's own
 * links point elsewhere: bio mentions, followers). A video's author row or
 * avatar: that video's author (the share icon beside a video). With
 * `cards`, a block that only links a profile is a user card (suggested
 * accounts), whose account must not be taken for the page's owner. Where
 * nothing names anyone, a video page's URL still names its author.
 */
export function subjectOf(control: HTMLElement, cards: boolean): AccountRef | null {
  for (let block = control.parentElement; block !== null; block = block.parentElement) {
    const name = block.querySelector(NAMES);
    if (name !== null) return name.matches(TikTokSelectors.profileTitle) ? headerOwner(control) : (videoOf(control)?.author ?? null);
    const card = cards ? cardAccount(block) : undefined;
    if (card !== undefined) return card;
  }
  return videoOf(control)?.author ?? null;
}

function headerOwner(control: Element): AccountRef | null {
  const doc = control.ownerDocument;
  return profileOwner(new URL(doc.URL), doc);
}

/**
 * The account a block's profile links present, leaving out mentions; null
 * when they present several (a list, not a card), undefined when none.
 */
function cardAccount(block: Element): AccountRef | null | undefined {
  let found: AccountRef | undefined;
  for (const link of block.querySelectorAll(TikTokSelectors.profileLink)) {
    if (link.closest(TikTokSelectors.mentions) !== null) continue;
    const account = accountOf(link);
    if (account === null) continue;
    if (found !== undefined && found.id !== account.id) return null;
    found = account;
  }
  return found;
}
