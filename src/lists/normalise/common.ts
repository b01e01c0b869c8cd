import type { AccountRef, Platform } from '../platform';

export type NormaliseResult = { ok: true; account: AccountRef } | { ok: false; reason: string };

/** The per-platform half of normalisation; normalise.ts routes input to it. */
export interface PlatformNormaliser {
  platform: Platform;
  /** Text that is not a URL (a handle or id as typed), already trimmed. */
  fromText(text: string): NormaliseResult;
  /** A URL whose host already belongs to this platform. */
  fromUrl(url: URL): NormaliseResult;
}

export const PLATFORM_LABEL: Readonly<Record<Platform, string>> = {
  x: 'X',
  facebook: 'Facebook',
  instagram: 'Instagram',
  tiktok: 'TikTok',
  youtube: 'YouTube',
  threads: 'Threads',
};

export const POST_URL = 'a post URL, not an account';
export const MALFORMED = 'the address has malformed %-escapes';

export function accepted(platform: Platform, id: string): NormaliseResult {
  return { ok: true, account: { platform, id } };
}

export function rejected(reason: string): NormaliseResult {
  return { ok: false, reason };
}

/**
 * Path segments without empty ones (so trailing and doubled slashes do not
 * matter), percent-decoded because non-Latin handles arrive escaped.
 * Null when an escape is malformed.
 */
export function pathSegments(pathname: string): string[] | null {
  const segments: string[] = [];
  for (const part of pathname.split('/')) {
    if (part === '') continue;
    if (!part.includes('%')) {
      segments.push(part);
      continue;
    }
    try {
      segments.push(decodeURIComponent(part));
    } catch {
      return null;
    }
  }
  return segments;
}

export function stripAt(text: string): string {
  return text.startsWith('@') ? text.slice(1) : text;
}

/**
 * A profile URL may go on into one of the profile's own tabs (`/media`,
 * `/videos`); anything else after it is some other page.
 */
export function profileOrTab(
  result: NormaliseResult,
  segments: readonly string[],
  used: number,
  tabs: ReadonlySet<string>,
): NormaliseResult {
  if (!result.ok || segments.length === used) return result;
  const tab = segments[used];
  if (segments.length === used + 1 && tab !== undefined && tabs.has(tab.toLowerCase())) return result;
  return rejected(`not a profile page: /${segments.join('/')}`);
}
