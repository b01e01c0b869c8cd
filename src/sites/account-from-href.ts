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

const MAX_ANSWERS = 4096;

/**
 * The profile of this platform an href points to, resolved against `origin`,
 * with the answers remembered. A feed shows the same authors' links again and
 * again, and parsing the URL is the costliest step of finding an author (the
 * larger part of the per-post work, measured in Chromium). One reader per
 * site, keyed by the href itself: building a key string per link cost more
 * than the lookup. Bounded by clearing: a page can hold any number of
 * distinct links.
 */
export function hrefAccounts(origin: string, normaliser: PlatformNormaliser): (href: string | null) => AccountRef | null {
  const answers = new Map<string, Readonly<AccountRef> | null>();
  return (href) => {
    if (href === null) return null;
    const known = answers.get(href);
    if (known !== undefined) return known;
    const url = resolveHref(href, origin);
    const account = url === null ? null : accountFromUrlWith(normaliser, url);
    // Frozen: every caller of the same href shares this one object.
    const answer = account === null ? null : Object.freeze(account);
    if (answers.size >= MAX_ANSWERS) answers.clear();
    answers.set(href, answer);
    return answer;
  };
}
