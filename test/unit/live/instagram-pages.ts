/**
 * The saved Instagram pages in ../shared/live-dom/instagram, where each was
 * read from, and how the live tests find a control on them (as a user does).
 */

export const IG = 'https://www.instagram.com';
export const POST_PAGE = 'instagram/post-2026-03-en';
// The page's own links to itself ("#" links of the side bar) carry this URL.
export const POST_URL = `${IG}/p/DOuQoNmDKST/?img_index=3`;
export const REELS_PAGE = 'instagram/reels-2026-02-ru';
export const REELS_URL = `${IG}/reels/DUYDBGXgi8u/`;
export const PROFILE_PAGE = 'instagram/profile-2026-06-es';
// The selected tab of the profile links here.
export const PROFILE_URL = `${IG}/rumborent_/`;

export function all<T extends Element = HTMLElement>(selector: string, scope: ParentNode = document): T[] {
  return [...scope.querySelectorAll<T>(selector)];
}

export function one<T extends Element = HTMLElement>(selector: string, scope: ParentNode = document): T {
  const found = scope.querySelector<T>(selector);
  if (found === null) throw new Error(`the page has no ${selector}`);
  return found;
}

/** The clickable an icon sits in, found as a user sees it: by the icon. */
export const buttonOf = (icon: Element): HTMLElement => icon.closest<HTMLElement>('[role="button"], button')!;

/** The div buttons whose whole text is `text`. */
export const textButtons = (text: string, scope: ParentNode = document): HTMLElement[] =>
  all('[role="button"], button', scope).filter((button) => button.textContent?.trim() === text);
