import type { AccountRef } from '../../lists/platform';
import type { DetectedAction } from '../adapter';
import { accountOf } from './author';
import { profileOwner } from './profile-page';
import { TikTokSelectors, TikTokUndoFollowLabels } from './selectors';
import { videoOf } from './video';

/** A press on a follow button; one that already follows unfollows, which is no intent. */
export function detectFollow(control: HTMLElement): DetectedAction | null {
  if (followsAlready(control)) return null;
  const account = followTarget(control);
  return account === null ? null : { intent: 'follow', account, element: control };
}

/** Whether a follow button reads as already following (see TikTokUndoFollowLabels). */
export function followsAlready(button: Element): boolean {
  return TikTokUndoFollowLabels.has(button.textContent?.trim().toLowerCase() ?? '');
}

/**
 * Whom a follow button follows: what the smallest block around it names.
 * The profile header's handle heading: the page's owner (the header's own
 * links point elsewhere: bio mentions, followers). A video's author row or
 * avatar: that video's author (the "+" on a feed avatar, the Follow next to a
 * browse-mode author). Otherwise a profile link: the account of a user card
 * (suggested accounts), which must not be taken for the page's owner.
 */
function followTarget(control: HTMLElement): AccountRef | null {
  for (let block = control.parentElement; block !== null; block = block.parentElement) {
    const name = block.querySelector(NAMES);
    if (name !== null) return name.matches(TikTokSelectors.profileTitle) ? headerOwner(control) : (videoOf(control)?.author ?? null);
    const link = block.querySelector(TikTokSelectors.profileLink);
    if (link !== null) return accountOf(link);
  }
  return null;
}

const NAMES = [TikTokSelectors.profileTitle, TikTokSelectors.browseAuthor, TikTokSelectors.feedAuthor].join(', ');

function headerOwner(control: Element): AccountRef | null {
  const doc = control.ownerDocument;
  return profileOwner(new URL(doc.URL), doc);
}
