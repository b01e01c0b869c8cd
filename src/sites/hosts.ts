/**
 * Match patterns for every host the extension runs on, one list per site.
 * The manifest's host permissions are exactly their union (host-patterns.ts):
 * nothing else is ever requested.
 */
export const X_MATCHES = ['*://x.com/*', '*://*.x.com/*', '*://twitter.com/*', '*://*.twitter.com/*'] as const;

export const THREADS_MATCHES = [
  '*://threads.net/*',
  '*://*.threads.net/*',
  '*://threads.com/*',
  '*://*.threads.com/*',
] as const;

export const INSTAGRAM_MATCHES = ['*://instagram.com/*', '*://*.instagram.com/*'] as const;

export const FACEBOOK_MATCHES = ['*://facebook.com/*', '*://*.facebook.com/*'] as const;

export const YOUTUBE_MATCHES = ['*://youtube.com/*', '*://*.youtube.com/*'] as const;

export const TIKTOK_MATCHES = ['*://tiktok.com/*', '*://*.tiktok.com/*'] as const;
