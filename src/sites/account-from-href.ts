import { accountFromUrl } from '../lists/normalise';
import type { AccountRef, Platform } from '../lists/platform';

/**
 * A link's href resolved against a site's fixed origin, or null when there is
 * none or it does not parse. Sites write profile links as relative paths;
 * resolving them against one origin gives the same URL whichever of the site's
 * hosts the page is on, and does not depend on the document's URL.
 */
export function resolveHref(href: string | null, origin: string): URL | null {
  if (href === null) return null;
  try {
    return new URL(href, origin);
  } catch {
    return null;
  }
}

/** The account, if it belongs to this platform. */
export function onlyPlatform(account: AccountRef | null, platform: Platform): AccountRef | null {
  return account?.platform === platform ? account : null;
}

/** The profile of this platform that a URL names, or null for posts, reserved pages and other sites. */
export function platformAccountFromUrl(url: URL, platform: Platform): AccountRef | null {
  return onlyPlatform(accountFromUrl(url), platform);
}

/** The profile of this platform that an href points to, resolved against `origin`. */
export function accountFromHref(href: string | null, origin: string, platform: Platform): AccountRef | null {
  const url = resolveHref(href, origin);
  return url === null ? null : platformAccountFromUrl(url, platform);
}
