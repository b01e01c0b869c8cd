import type { BrowserSession } from './harness/each-browser';
import { importSiteList } from './warning-contract';

/**
 * What the TikTok specs know about the TikTok replica pages
 * (test/fixtures/tiktok): their URLs, selectors and the list naming their
 * accounts. The warning contract and the replica log are in warning-contract.ts.
 */

export const FORYOU = 'https://www.tiktok.com/foryou';
export const FORYOU_ID = 'https://www.tiktok.com/foryou?lang=id-ID';
export const VIDEO_PAGE = 'https://www.tiktok.com/@aniesbaswedan/video/7300000000000000001';
export const PROFILE_LISTED = 'https://www.tiktok.com/@aniesbaswedan';
export const PROFILE_FOLLOWED = 'https://www.tiktok.com/@prabowo';

/** Feed videos: by @aniesbaswedan, by @kompascom, and an already liked one by @aniesbaswedan. */
export const ANIES = '7300000000000000001';
export const KOMPAS = '7300000000000000002';
export const ANIES_LIKED = '7300000000000000003';

/** A feed item, by its video id. */
export const item = (video: string) => `[data-e2e="recommend-list-item-container"]:has(#xgwrapper-0-${video})`;
/** The button around a data-e2e hook (icons carry the hook). */
export const button = (scope: string, hook: string) => `${scope} button:has([data-e2e="${hook}"])`;

/** The shipped lists name no TikTok account yet: test data for these specs only. */
export const importTikTokList = (session: BrowserSession) =>
  importSiteList(session, 'tiktok', [
    ['Anies Baswedan (E2E)', '@aniesbaswedan'],
    ['Prabowo Subianto (E2E)', 'https://www.tiktok.com/@prabowo'],
  ]);
