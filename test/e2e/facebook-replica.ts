import type { BrowserSession } from './harness/each-browser';
import { importSiteList } from './warning-contract';

/**
 * What the Facebook specs know about the Facebook replica pages
 * (test/fixtures/facebook): their URLs, selectors and the list naming their
 * accounts. The warning contract and the replica log are in warning-contract.ts.
 */

export const FEED = 'https://www.facebook.com/';
export const FEED_ID = 'https://www.facebook.com/?locale=id_ID';
export const PAGE_LISTED = 'https://www.facebook.com/aniesbaswedan';
/** The feeds whose reaction bar opens as a layer of its own at the end of the page (feed-layer-*.html). */
export const FEED_LAYER = 'https://www.facebook.com/?sk=h_chr';
export const FEED_LAYER_ID = 'https://www.facebook.com/?sk=h_chr&locale=id_ID';
/** The photo viewer (photo-*.html): a listed author's photo, the same in a dialog, and an unlisted author's in a dialog. */
export const PHOTO = 'https://www.facebook.com/photo/?fbid=1001&set=pcb.1000';
export const PHOTO_DIALOG = 'https://www.facebook.com/photo/?fbid=2001&set=pcb.2000';
export const PHOTO_UNLISTED = 'https://www.facebook.com/photo/?fbid=3001&set=pcb.3000';
/** A listed numeric profile, already followed. */
export const PROFILE_NUMERIC = 'https://www.facebook.com/profile.php?id=100044123456789';

/** The feed's first post, by the listed page @aniesbaswedan. */
export const ANIES_POST = 'pfbid0Anies1';

/** A feed unit, by its post id. */
export const post = (id: string) => `[aria-posinset]:has(a[href*="/posts/${id}?"])`;
export const like = (id: string) => `${post(id)} [role="button"]:has(> [data-ad-rendering-role="like_button"])`;

/**
 * A list naming the Facebook accounts of four candidates: the shipped lists name none yet. The
 * last is a numeric profile (profile.php?id=) that only the m.facebook.com replica shows.
 */
export const importFacebookList = (session: BrowserSession) =>
  importSiteList(session, 'facebook', [
    ['Anies Baswedan (E2E)', 'https://www.facebook.com/AniesBaswedan'],
    ['Prabowo Subianto (E2E)', 'prabowo'],
    ['Ganjar Pranowo (E2E)', 'https://www.facebook.com/profile.php?id=100044123456789'],
    ['Ganjar Pranowo, m. profile (E2E)', 'https://m.facebook.com/profile.php?id=100044000000004'],
  ]);
