import type { AccountRef, Platform } from './platform';
import { PLATFORM_LABEL, rejected, type NormaliseResult, type PlatformNormaliser } from './normalise/common';
import { SITE_BASE, siteOfHost } from './normalise/hosts';
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

/** Longer input is never an account; the cap keeps pasted documents from being parsed as URLs. */
const MAX_INPUT = 2048;
const WEB_SCHEME = /^https?:\/\//i;
/** `x.com/…`, `www.instagram.com?…`: text that starts with a host name. */
const LEADING_HOST = /^([a-z0-9-]+(?:\.[a-z0-9-]+)+)(?::\d+)?(?:([/?#])|$)/i;

/**
 * Turns what a user or list maintainer writes for an account (a handle with or
 * without `@`, any case, a profile URL with or without scheme) into its
 * normalised id, or says in plain English why it is not an account.
 */
export function normaliseAccount(platform: Platform, raw: string): NormaliseResult {
  const text = raw.trim();
  if (text === '') return rejected('empty: no account given');
  if (text.length > MAX_INPUT) return rejected('too long to be an account or a profile URL');
  const url = asUrl(platform, text);
  if (url === undefined) return NORMALISERS[platform].fromText(text);
  if (url === null) return rejected('not a valid web address');
  const site = siteOfHost(url.hostname);
  if (site === undefined) return rejected(`${url.hostname} does not belong to ${PLATFORM_LABEL[platform]}`);
  if (site.platform !== platform) return rejected(`${url.hostname} URL given for platform ${platform}`);
  if (site.unresolvable !== undefined) return rejected(site.unresolvable);
  return NORMALISERS[platform].fromUrl(url);
}

/**
 * The account a profile URL belongs to, with the platform taken from its host.
 * Post, search and other non-profile URLs give null: adapters find post authors
 * in the DOM. Called for many links per page, so it only does map lookups and
 * precompiled matches.
 */
export function accountFromUrl(url: string | URL): AccountRef | null {
  const parsed = typeof url === 'string' ? parseUrl(url) : url;
  if (parsed === null || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) return null;
  const site = siteOfHost(parsed.hostname);
  if (site === undefined || site.unresolvable !== undefined) return null;
  const result = NORMALISERS[site.platform].fromUrl(parsed);
  return result.ok ? result.account : null;
}

/** A URL when the text is written as one, null when it is but does not parse, undefined when it is a handle. */
function asUrl(platform: Platform, text: string): URL | null | undefined {
  if (WEB_SCHEME.test(text)) return parseUrl(text);
  if (text.startsWith('//')) return parseUrl(`https:${text}`);
  if (text.startsWith('/')) return parseUrl(text, SITE_BASE[platform]);
  const host = LEADING_HOST.exec(text);
  // A dotted name alone is a handle (Instagram allows dots) unless it is a known site.
  if (host === null || (host[2] === undefined && siteOfHost(host[1]!.toLowerCase()) === undefined)) {
    return undefined;
  }
  return parseUrl(`https://${text}`);
}

function parseUrl(text: string, base?: string): URL | null {
  try {
    return new URL(text, base);
  } catch {
    return null;
  }
}
