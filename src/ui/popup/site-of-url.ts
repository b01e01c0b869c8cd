import type { Platform } from '../../lists/platform';
import {
  FACEBOOK_MATCHES,
  INSTAGRAM_MATCHES,
  THREADS_MATCHES,
  TIKTOK_MATCHES,
  X_MATCHES,
  YOUTUBE_MATCHES,
} from '../../sites/hosts';

const MATCHES: readonly [Platform, readonly string[]][] = [
  ['x', X_MATCHES],
  ['threads', THREADS_MATCHES],
  ['instagram', INSTAGRAM_MATCHES],
  ['facebook', FACEBOOK_MATCHES],
  ['youtube', YOUTUBE_MATCHES],
  ['tiktok', TIKTOK_MATCHES],
];

/** `*://*.x.com/*` matches x.com's subdomains, `*://x.com/*` x.com itself. */
function hostMatches(host: string, pattern: string): boolean {
  const patternHost = pattern.replace(/^\*:\/\//, '').replace(/\/\*$/, '');
  return patternHost.startsWith('*.') ? host.endsWith(patternHost.slice(1)) : host === patternHost;
}

/**
 * The guarded site a tab is on, by the same match patterns the content
 * scripts run on, or null. Without the tabs permission the browser hides the
 * URL of every other site, which reads as null here too.
 */
export function siteOfUrl(url: string | undefined): Platform | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  const found = MATCHES.find(([, patterns]) => patterns.some((pattern) => hostMatches(parsed.hostname, pattern)));
  return found ? found[0] : null;
}
