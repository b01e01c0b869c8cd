/**
 * Match patterns for every host the extension runs on. The manifest's host
 * permissions are exactly this list: nothing else is ever requested.
 */
export const X_MATCHES = [
  '*://x.com/*',
  '*://*.x.com/*',
  '*://twitter.com/*',
  '*://*.twitter.com/*',
] as const;

export const SITE_HOST_PATTERNS: readonly string[] = [...X_MATCHES];
