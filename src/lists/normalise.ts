import type { AccountRef, Platform } from './platform';
import type { NormaliseResult, PlatformNormaliser } from './normalise/common';
import { siteOfHost } from './normalise/hosts';
import { accountFromUrlWith, normaliseWith, parseUrl } from './normalise/one-platform';
import { x } from './normalise/x';
import { facebook } from './normalise/facebook';
import { instagram } from './normalise/instagram';
import { tiktok } from './normalise/tiktok';
import { youtube } from './normalise/youtube';
import { threads } from './normalise/threads';

export type { NormaliseResult };

const NORMALISERS: Readonly<Record<Platform, PlatformNormaliser>> = {
  x,
  facebook,
  instagram,
  tiktok,
  youtube,
  threads,
};

/**
 * Turns what a user or list maintainer writes for an account (a handle with or
 * without `@`, any case, a profile URL with or without scheme) into its
 * normalised id, or says in plain English why it is not an account.
 */
export function normaliseAccount(platform: Platform, raw: string): NormaliseResult {
  return normaliseWith(NORMALISERS[platform], raw);
}

/**
 * The account a profile URL belongs to, with the platform taken from its host.
 * Post, search and other non-profile URLs give null: adapters find post authors
 * in the DOM.
 */
export function accountFromUrl(url: string | URL): AccountRef | null {
  const parsed = typeof url === 'string' ? parseUrl(url) : url;
  if (parsed === null) return null;
  const site = siteOfHost(parsed.hostname);
  return site === undefined ? null : accountFromUrlWith(NORMALISERS[site.platform], parsed);
}
