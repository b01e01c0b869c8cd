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
 * larger part of the per-post work, measured in Chromium). Keyed by the href
 * itself under its site's normaliser and origin: building one key string per
 * link cost more than the lookup. Bounded by clearing: a page can hold any
 * number of distinct links.
 */
const answers = new Map<PlatformNormaliser, Map<string, Map<string, Readonly<AccountRef> | null>>>();
let answerCount = 0;
const MAX_ANSWERS = 4096;

function answersFor(normaliser: PlatformNormaliser, origin: string): Map<string, Readonly<AccountRef> | null> {
  let byOrigin = answers.get(normaliser);
  if (byOrigin === undefined) answers.set(normaliser, (byOrigin = new Map()));
  let byHref = byOrigin.get(origin);
  if (byHref === undefined) byOrigin.set(origin, (byHref = new Map()));
  return byHref;
}

/** The profile of this platform that an href points to, resolved against `origin`. */
export function accountFromHref(href: string | null, origin: string, normaliser: PlatformNormaliser): AccountRef | null {
  if (href === null) return null;
  const known = answersFor(normaliser, origin);
  const answer = known.get(href);
  if (answer !== undefined) return answer;
  const url = resolveHref(href, origin);
  const account = url === null ? null : accountFromUrlWith(normaliser, url);
  // Frozen: every caller of the same href shares this one object.
  const fresh = account === null ? null : Object.freeze(account);
  if (answerCount >= MAX_ANSWERS) {
    for (const byOrigin of answers.values()) for (const byHref of byOrigin.values()) byHref.clear();
    answerCount = 0;
  }
  known.set(href, fresh);
  answerCount++;
  return fresh;
}
