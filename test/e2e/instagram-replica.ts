/**
 * What the Instagram specs know about the Instagram replica pages
 * (test/fixtures/instagram): their URLs and selectors. The shipped lists name
 * the Instagram accounts these pages show. The warning contract and the
 * replica log are in warning-contract.ts.
 */

export const FEED = 'https://www.instagram.com/';
export const FEED_ID = 'https://www.instagram.com/?hl=id';
export const PROFILE_ANIES = 'https://www.instagram.com/aniesbaswedan/';
export const PROFILE_PRABOWO_FOLLOWED = 'https://www.instagram.com/prabowo/';

/** The feed's first post, by @aniesbaswedan. */
export const ANIES_POST = 'C1feedAnies1';

/** A post, by its shortcode. */
export const article = (code: string) => `article:has(a[href="/p/${code}/"])`;

/** A post's action icon by its label ("Like", "Suka", "Share Post"…); comment likes are smaller. */
export const icon = (code: string, label: string) =>
  `${article(code)} [role="button"]:has(> div > span > svg[aria-label="${label}"][height="24"])`;
