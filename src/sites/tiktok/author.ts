import { accountFromUrlWith, normaliseWith } from '../../lists/normalise/one-platform';
import { tiktok } from '../../lists/normalise/tiktok';
import type { AccountRef } from '../../lists/platform';
import { resolveHref } from '../account-from-href';
import { TikTokSelectors } from './selectors';

// TikTok writes profile links as relative paths (/@user) and video links as
// absolute URLs; a fixed origin resolves both the same on www. and bare
// tiktok.com, whatever the page URL.
const TIKTOK_ORIGIN = 'https://www.tiktok.com/';
/** `/@user/video/<id>` and `/@user/photo/<id>`: a video page, a video opened over another page, a grid tile's link. */
const VIDEO_PATH = /^\/(@[^/]+)\/(?:video|photo)\/[^/]+\/?$/;

/** A handle element and the account it names. */
export interface Named {
  element: HTMLElement;
  account: AccountRef;
}

/** The account a handle element names: its link's /@user, else its text (`user` or `@user`). */
export function accountOf(element: Element): AccountRef | null {
  const href = element.closest('a[href]')?.getAttribute('href');
  if (href) {
    const url = resolveHref(href, TIKTOK_ORIGIN);
    return url === null ? null : accountFromUrlWith(tiktok, url);
  }
  const result = normaliseWith(tiktok, element.textContent?.trim() ?? '');
  return result.ok ? result.account : null;
}

/** The author a video's URL names, or null when the URL is not a video's. */
function videoAuthor(url: URL): AccountRef | null {
  const handle = VIDEO_PATH.exec(url.pathname)?.[1];
  return handle === undefined ? null : accountFromUrlWith(tiktok, new URL(`/${handle}`, url));
}

/** The author the page's URL names when it is a video's. */
export function videoUrlAuthor(doc: Document): AccountRef | null {
  return videoAuthor(new URL(doc.URL));
}

/** The author of the first video link under `scope` (a grid tile links to its video). */
export function linkedVideoAuthor(scope: Element): AccountRef | null {
  for (const link of scope.querySelectorAll(TikTokSelectors.videoLink)) {
    const url = resolveHref(link.getAttribute('href'), TIKTOK_ORIGIN);
    const author = url === null ? null : videoAuthor(url);
    if (author !== null) return author;
  }
  return null;
}

/** The first handle element under `scope` that names an account, with that account. */
export function firstAccount(scope: Element, selector: string): Named | null {
  for (const element of scope.querySelectorAll<HTMLElement>(selector)) {
    const account = accountOf(element);
    if (account !== null) return { element, account };
  }
  return null;
}

/**
 * The one account that every handle element under `scope` names (a video's
 * avatar and its handle line), with the first of them; null when none names
 * one, or when two name different accounts: a block that shows several
 * authors is not one video.
 */
export function agreedAccount(scope: Element, selector: string): Named | null {
  let found: Named | null = null;
  for (const element of scope.querySelectorAll<HTMLElement>(selector)) {
    const account = accountOf(element);
    if (account === null) continue;
    if (found === null) found = { element, account };
    else if (found.account.id !== account.id) return null;
  }
  return found;
}
