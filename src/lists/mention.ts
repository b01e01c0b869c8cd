import type { AccountRef, Platform } from './platform';

/** X ends a mention at the first character its handles cannot hold (`@budi-santoso` mentions @budi). */
/** No platform's handle is longer (X 15, TikTok 24, Instagram and YouTube 30, Facebook 50). */
const MAX_HANDLE = 100;

const X_HANDLE = /^[A-Za-z0-9_]+/;

/**
 * The account a `@handle` in a post's text would be, keyed as lists key it.
 * Not the platform's normaliser: a content script carries only its own
 * site's, and this must run in every one. For every handle a list can hold
 * the answer is the same (the normalisers lowercase a handle, and YouTube's
 * keep its `@`: test/unit/lists/mention.test.ts checks it against them); a
 * handle a normaliser would refuse gives an id no list holds, so it is
 * never found.
 */
export function mentionAccount(platform: Platform, handle: string): AccountRef | null {
  const written = platform === 'x' ? X_HANDLE.exec(handle)?.[0] : handle;
  // Longer text is no handle, and a key that long would not be accepted as a question to the background.
  if (!written || written.length > MAX_HANDLE) return null;
  const id = written.toLowerCase();
  return { platform, id: platform === 'youtube' ? `@${id}` : id };
}
