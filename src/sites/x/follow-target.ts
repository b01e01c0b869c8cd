import type { AccountRef } from '../../lists/platform';
import type { DetectedAction } from '../adapter';
import { firstLinkedAccount, firstMentionedAccount } from './account-link';
import { profileOwner } from './profile-page';
import { XSelectors } from './selectors';

/** A click on a follow button (or its label): a follow of the account it names. */
export function detectFollowClick(target: Element): DetectedAction | null {
  const button = target.closest<HTMLElement>(XSelectors.followButton);
  if (button === null) return null;
  const account = followTarget(button);
  return account === null ? null : { intent: 'follow', account, element: button };
}

/**
 * Whom a follow button follows. Its test id holds only a numeric user id, so
 * the handle comes from, in order: the label ("Follow @x" / "Ikuti @x"); the
 * user cell or hover card around it; the profile page it sits on. A button in a
 * cell or card never falls back to the page owner: on a profile page, the
 * sidebar's suggestions are other accounts.
 */
function followTarget(button: HTMLElement): AccountRef | null {
  const labelled = firstMentionedAccount(button.getAttribute('aria-label') ?? '');
  if (labelled !== null) return labelled;
  const card = button.closest(`${XSelectors.userCell}, ${XSelectors.hoverCard}`);
  if (card !== null) return firstLinkedAccount(card);
  const doc = button.ownerDocument;
  return profileOwner(new URL(doc.URL), doc);
}
