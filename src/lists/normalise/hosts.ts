import type { Platform } from '../platform';

export interface Site {
  platform: Platform;
  /** Set for short-link hosts: why their URLs cannot name an account. */
  unresolvable?: string;
}

function site(platform: Platform, hosts: readonly string[]): [string, Site][] {
  return hosts.map((host) => [host, { platform }]);
}

function shortLink(platform: Platform, host: string, reason: string): [string, Site] {
  return [host, { platform, unresolvable: reason }];
}

const opaque = (host: string) =>
  `${host} short links cannot be resolved offline; open the link and copy the profile address`;

const HOSTS = new Map<string, Site>([
  ...site('x', ['x.com', 'www.x.com', 'mobile.x.com', 'twitter.com', 'www.twitter.com', 'mobile.twitter.com']),
  ...site('facebook', ['facebook.com']),
  ...site('instagram', ['instagram.com', 'www.instagram.com', 'm.instagram.com']),
  ...site('tiktok', ['tiktok.com', 'www.tiktok.com', 'm.tiktok.com']),
  ...site('youtube', ['youtube.com', 'www.youtube.com', 'm.youtube.com', 'music.youtube.com']),
  ...site('threads', ['threads.net', 'www.threads.net', 'threads.com', 'www.threads.com']),
  shortLink('x', 't.co', opaque('t.co')),
  shortLink('facebook', 'fb.me', opaque('fb.me')),
  shortLink('tiktok', 'vm.tiktok.com', opaque('vm.tiktok.com')),
  shortLink('tiktok', 'vt.tiktok.com', opaque('vt.tiktok.com')),
  shortLink('youtube', 'youtu.be', 'a youtu.be link is a video, not an account'),
]);

const FACEBOOK: Site = { platform: 'facebook' };

/** The site a hostname (as URL gives it: lowercase) belongs to, or undefined. */
export function siteOfHost(hostname: string): Site | undefined {
  const host = hostname.endsWith('.') ? hostname.slice(0, -1) : hostname;
  // www., web., m., mbasic. and the rest all serve the same Facebook accounts.
  return HOSTS.get(host) ?? (host.endsWith('.facebook.com') ? FACEBOOK : undefined);
}

/** Where a bare path such as `/AniesBaswedan` is resolved for each platform. */
export const SITE_BASE: Readonly<Record<Platform, string>> = {
  x: 'https://x.com/',
  facebook: 'https://www.facebook.com/',
  instagram: 'https://www.instagram.com/',
  tiktok: 'https://www.tiktok.com/',
  youtube: 'https://www.youtube.com/',
  threads: 'https://www.threads.net/',
};
