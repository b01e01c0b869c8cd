import { accountFromUrlWith } from '../../../lists/normalise/one-platform';
import { facebook } from '../../../lists/normalise/facebook';
import type { Markable } from '../../adapter';
import { MobileFacebookSelectors as S } from './selectors';
import { storyAuthor } from './story';

/** Stories, and a profile's cover (its name heading). */
export const mobileMarkableSelector = `${S.story}, ${S.profileCover}`;

export function mobileMarkable(element: Element): Markable | null {
  if (element.matches(S.profileCover)) return markableCover(element);
  const author = storyAuthor(element);
  const anchor = author?.link.closest<HTMLElement>(S.storyHeader) ?? null;
  return author === null || anchor === null ? null : { account: author.account, kind: 'post', anchor };
}

/** The cover is the URL's profile; following it shows an unfollow link instead of Follow. */
function markableCover(cover: Element): Markable | null {
  const account = accountFromUrlWith(facebook, cover.ownerDocument.URL);
  const anchor = cover.querySelector<HTMLElement>(S.coverName);
  if (account === null || anchor === null) return null;
  return { account, kind: 'profile', anchor, followed: cover.querySelector(S.unfollowLink) !== null };
}
