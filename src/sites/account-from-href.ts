import type { AccountRef } from '../lists/platform';
import type { PlatformNormaliser } from '../lists/normalise/common';
import { accountFromUrlWith } from '../lists/normalise/one-platform';

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

/** The profile of this platform that an href points to, resolved against `origin`. */
export function accountFromHref(href: string | null, origin: string, normaliser: PlatformNormaliser): AccountRef | null {
  const url = resolveHref(href, origin);
  return url === null ? null : accountFromUrlWith(normaliser, url);
}
