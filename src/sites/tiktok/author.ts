import { accountFromUrlWith, normaliseWith } from '../../lists/normalise/one-platform';
import { tiktok } from '../../lists/normalise/tiktok';
import type { AccountRef } from '../../lists/platform';
import { TikTokSelectors } from './selectors';

// TikTok writes profile links as relative paths (/@user); a fixed origin
// resolves them the same on www. and bare tiktok.com, whatever the page URL.
const TIKTOK_ORIGIN = 'https://www.tiktok.com/';
/** `/@user/video/<id>` and `/@user/photo/<id>`: a video page, or a video opened over another page. */
const VIDEO_PATH = /^\/(@[^/]+)\/(?:video|photo)\/[^/]+\/?$/;


/** The account a handle element names: its link's /@user, else its text (`user` or `@user`). */
export function accountOf(element: Element): AccountRef | null {
  const href = element.closest('a[href]')?.getAttribute('href');
  if (href) {
    try {
      return accountFromUrlWith(tiktok, new URL(href, TIKTOK_ORIGIN));
    } catch {
      return null;
    }
  }
  const result = normaliseWith(tiktok, element.textContent?.trim() ?? '');
  return result.ok ? result.account : null;
}

/** The author a video URL names, or null when the URL is not a video's. */
export function videoUrlAuthor(doc: Document): AccountRef | null {
  const handle = VIDEO_PATH.exec(new URL(doc.URL).pathname)?.[1];
  return handle === undefined ? null : accountFromUrlWith(tiktok, new URL(handle, TIKTOK_ORIGIN));
}

/** The first handle element under `scope` that names an account, with that account. */
export function firstAccount(scope: Element, selector: string): { element: HTMLElement; account: AccountRef } | null {
  for (const element of scope.querySelectorAll<HTMLElement>(selector)) {
    const account = accountOf(element);
    if (account !== null) return { element, account };
  }
  return null;
}
