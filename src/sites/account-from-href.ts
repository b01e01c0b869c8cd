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

/**
 * Answers already worked out. A feed shows the same authors' links again and
 * again, and parsing the URL is the costliest step of finding an author (the
 * larger part of the per-post work, measured in Chromium). Bounded by
 * clearing: a page can hold any number of distinct links.
 */
const answers = new Map<string, Readonly<AccountRef> | null>();
const MAX_ANSWERS = 4096;

/** The profile of this platform that an href points to, resolved against `origin`. */
export function accountFromHref(href: string | null, origin: string, normaliser: PlatformNormaliser): AccountRef | null {
  if (href === null) return null;
  const key = `${normaliser.platform} ${origin} ${href}`;
  const known = answers.get(key);
  if (known !== undefined) return known;
  const url = resolveHref(href, origin);
  const account = url === null ? null : accountFromUrlWith(normaliser, url);
  // Frozen: every caller of the same href shares this one object.
  const answer = account === null ? null : Object.freeze(account);
  if (answers.size >= MAX_ANSWERS) answers.clear();
  answers.set(key, answer);
  return answer;
}
