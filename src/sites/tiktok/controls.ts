import type { DetectedAction } from '../adapter';
import { TikTokSelectors } from './selectors';
import { subjectOf } from './subject';
import { videoOf } from './video';
import { videoText } from './video-text';

export type ControlKind = 'like' | 'share' | 'repost' | 'follow' | 'commentPost';

const KINDS: readonly [ControlKind, string][] = [
  ['like', TikTokSelectors.like],
  ['share', TikTokSelectors.share],
  ['repost', TikTokSelectors.repost],
  ['follow', TikTokSelectors.follow],
  ['commentPost', TikTokSelectors.commentPost],
];
const ANY_KIND = KINDS.map(([, selector]) => selector).join(', ');

/**
 * What a pressable does, from the hook on it or on the icon inside it (a
 * click on the count under a heart is still a click on the like button).
 * A hook inside a nested pressable belongs to that one.
 */
export function controlKind(control: Element): ControlKind | null {
  const hooked = control.matches(ANY_KIND) ? control : control.querySelector(ANY_KIND);
  if (hooked === null || (hooked !== control && hooked.closest(TikTokSelectors.clickable) !== control)) return null;
  return KINDS.find(([, selector]) => hooked.matches(selector))?.[0] ?? null;
}

/**
 * A like of the video the control belongs to. A pressed toggle (liked) undoes,
 * which is no intent.
 */
export function likeAction(control: HTMLElement): DetectedAction | null {
  if (control.matches(TikTokSelectors.pressed)) return null;
  const video = videoOf(control);
  return video === null ? null : { intent: 'like', account: video.author, element: control, text: () => videoText(video) };
}

/**
 * A share: the share button opens the panel (Repost in it reposts) for the
 * video beside it, or for the profile whose header holds it. A pressed toggle
 * (reposted) undoes, which is no intent.
 */
export function shareAction(control: HTMLElement): DetectedAction | null {
  if (control.matches(TikTokSelectors.pressed)) return null;
  const account = subjectOf(control, false);
  if (account === null) return null;
  const action: DetectedAction = { intent: 'share', account, element: control };
  return isProfileShare(control) ? action : { ...action, text: () => sharedText(control) };
}

const isProfileShare = (control: Element): boolean =>
  control.matches(TikTokSelectors.profileShare) || control.querySelector(TikTokSelectors.profileShare) !== null;

/** A share opener or Repost shares the video around it. */
function sharedText(control: Element): string {
  const video = videoOf(control);
  return video === null ? '' : videoText(video);
}
