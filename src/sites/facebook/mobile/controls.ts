import type { AccountRef } from '../../../lists/platform';
import { accountFromUrlWith } from '../../../lists/normalise/one-platform';
import { facebook } from '../../../lists/normalise/facebook';
import { accountOfHref, FACEBOOK_ORIGIN } from '../account-link';
import { asAccount } from '../../account-ids';
import type { DetectedAction } from '../../adapter';
import { MobileFacebookLabels, MobileFacebookSelectors as S } from './selectors';
import { storyAuthor, storyOf, storyOfPage } from './story';

const CONTROL = [S.touchLike, S.likeLink, S.touchShare, S.shareLink, S.subscribeLink].join(', ');

/** The mobile layout's action link an event target is on, or null: those links are this module's alone. */
export function mobileControl(target: Element): HTMLElement | null {
  return target.closest<HTMLElement>(CONTROL);
}

/**
 * What pressing a mobile action link does: like, share or follow, or nothing
 * for its undo states (a pressed like, Unlike / Batal Suka, Following).
 */
export function detectMobileControl(control: HTMLElement): DetectedAction | null {
  const label = control.textContent.trim();
  if (control.matches(`${S.touchLike}, ${S.likeLink}`)) {
    return isLiked(control) || !MobileFacebookLabels.like.has(label) ? null : onStory('like', control);
  }
  if (control.matches(S.touchShare) || (control.matches(S.shareLink) && MobileFacebookLabels.share.has(label))) {
    return onStory('share', control);
  }
  if (control.matches(S.subscribeLink) && MobileFacebookLabels.follow.has(label)) return follow(control);
  return null;
}

/** The touch layout keeps the state in aria-pressed and data-store's reaction (0: none). */
function isLiked(control: HTMLElement): boolean {
  if (control.getAttribute('aria-pressed') === 'true') return true;
  const store = control.getAttribute('data-store');
  if (store === null) return false;
  try {
    const reaction = (JSON.parse(store) as { reaction?: unknown }).reaction;
    return typeof reaction === 'number' && reaction !== 0;
  } catch {
    return false;
  }
}

/** The story the link acts on: its own, or on a permalink page (whose action row may sit below the story) the page's. */
function onStory(intent: 'like' | 'share', control: HTMLElement): DetectedAction | null {
  const story = storyOfPage(control);
  const author = story === null ? null : storyAuthor(story);
  return author === null ? null : { intent, account: author.account, element: control };
}

/**
 * /a/subscribe.php?id=<numeric id> follows that account. Lists often name the
 * vanity name instead: in a story that is its author's, in a profile's cover
 * the URL's; both are the same account as the link's id.
 */
function follow(control: HTMLElement): DetectedAction | null {
  const id = new URL(control.getAttribute('href') ?? '', FACEBOOK_ORIGIN).searchParams.get('id');
  const numeric = id === null ? null : accountOfHref(`/profile.php?id=${encodeURIComponent(id)}`);
  const named = asAccount([followedName(control), numeric]);
  return named === null ? null : { intent: 'follow', ...named, element: control };
}

function followedName(control: HTMLElement): AccountRef | null {
  const story = storyOf(control);
  if (story !== null) return storyAuthor(story)?.account ?? null;
  if (control.closest(S.profileCover) === null) return null;
  return accountFromUrlWith(facebook, control.ownerDocument.URL);
}
