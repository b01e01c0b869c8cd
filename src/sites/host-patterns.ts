import { FACEBOOK_MATCHES, INSTAGRAM_MATCHES, THREADS_MATCHES, TIKTOK_MATCHES, X_MATCHES, YOUTUBE_MATCHES } from './hosts';

/**
 * Every site's match patterns together: the manifest's host permissions.
 * Apart from hosts.ts because the bundler keeps a spread it cannot prove
 * harmless, and with it every site's list, in each content script that
 * imports its own site's.
 */
export const SITE_HOST_PATTERNS: readonly string[] = [
  ...X_MATCHES,
  ...THREADS_MATCHES,
  ...INSTAGRAM_MATCHES,
  ...FACEBOOK_MATCHES,
  ...YOUTUBE_MATCHES,
  ...TIKTOK_MATCHES,
];
