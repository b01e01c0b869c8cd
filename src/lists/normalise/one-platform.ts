import type { AccountRef } from '../platform';
import { PLATFORM_LABEL, rejected, type NormaliseResult, type PlatformNormaliser } from './common';
import { SITE_BASE, siteOfHost } from './hosts';

/** Longer input is never an account; the cap keeps pasted documents from being parsed as URLs. */
const MAX_INPUT = 2048;
const WEB_SCHEME = /^https?:\/\//i;
/** `x.com/…`, `www.instagram.com?…`: text that starts with a host name. */
const LEADING_HOST = /^([a-z0-9-]+(?:\.[a-z0-9-]+)+)(?::\d+)?(?:([/?#])|$)/i;

/**
 * normaliseAccount for one platform, given its normaliser. Content scripts
 * call this rather than normaliseAccount so that each site's bundle carries
 * only its own platform's rules (the bundle size is budgeted).
 */
export function normaliseWith(normaliser: PlatformNormaliser, raw: string): NormaliseResult {
  const { platform } = normaliser;
  const text = raw.trim();
  if (text === '') return rejected('empty: no account given');
  if (text.length > MAX_INPUT) return rejected('too long to be an account or a profile URL');
  const url = asUrl(normaliser, text);
  if (url === undefined) return normaliser.fromText(text);
  if (url === null) return rejected('not a valid web address');
  const site = siteOfHost(url.hostname);
  if (site === undefined) return rejected(`${url.hostname} does not belong to ${PLATFORM_LABEL[platform]}`);
  if (site.platform !== platform) return rejected(`${url.hostname} URL given for platform ${platform}`);
  if (site.unresolvable !== undefined) return rejected(site.unresolvable);
  return normaliser.fromUrl(url);
}

/**
 * The account of the normaliser's platform that a profile URL names; null for
 * posts, other pages, other sites and URLs that do not parse. Called for many
 * links per page, so it only does map lookups and precompiled matches.
 */
export function accountFromUrlWith(normaliser: PlatformNormaliser, url: string | URL): AccountRef | null {
  const parsed = typeof url === 'string' ? parseUrl(url) : url;
  if (parsed === null || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) return null;
  const site = siteOfHost(parsed.hostname);
  if (site?.platform !== normaliser.platform || site.unresolvable !== undefined) return null;
  const result = normaliser.fromUrl(parsed);
  return result.ok ? result.account : null;
}

/** A URL when the text is written as one, null when it is but does not parse, undefined when it is a handle. */
function asUrl({ platform }: PlatformNormaliser, text: string): URL | null | undefined {
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

export function parseUrl(text: string, base?: string): URL | null {
  try {
    return new URL(text, base);
  } catch {
    return null;
  }
}
