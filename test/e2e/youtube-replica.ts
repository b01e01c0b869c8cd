import type { BrowserSession } from './harness/each-browser';
import { importSiteList } from './warning-contract';

/**
 * What the YouTube specs know about the YouTube replica pages
 * (test/fixtures/youtube, and youtube-mobile for m.youtube.com): their URLs and the list naming their channels.
 * The warning contract and the replica log are in warning-contract.ts.
 */

export const YT = 'https://www.youtube.com';
/** A video of @aniesbaswedan, and one of @kompascom. */
export const WATCH = `${YT}/watch?v=aniesVideo01`;
export const WATCH_UNLISTED = `${YT}/watch?v=kompasVideo1`;
export const CHANNEL_LISTED = `${YT}/@aniesbaswedan`;
/** A listed channel the user has subscribed to. */
export const CHANNEL_SUBSCRIBED = `${YT}/@prabowo`;

/**
 * Channels whose pages show one id where the list has the other: Ganjar's
 * watch and channel pages show only his @handle (listed by UC… id below);
 * Prabowo's video's owner row links only his /channel/UC… address (listed by @handle).
 */
export const GANJAR_UC = 'UCGanjarPranowoOfficial1';
export const WATCH_HANDLE_ONLY = `${YT}/watch?v=ganjarVideo1`;
export const CHANNEL_HANDLE_ONLY = `${YT}/@ganjarreplica`;
export const WATCH_CHANNEL_ID = `${YT}/watch?v=prabowoVideo`;

/** The home grid: nine tiles, three more (one of them @aniesbaswedan's) once scrolled to the end. */
export const HOME = `${YT}/`;
/** The Shorts player in its 2025/26 layout: @aniesbaswedan's Short, active, then @kompascom's. */
export const SHORTS_2025 = `${YT}/shorts/aniesShort02`;

/** The same video and channel on the mobile site (test/fixtures/youtube-mobile). */
export const M_YT = 'https://m.youtube.com';
export const M_WATCH = `${M_YT}/watch?v=aniesVideo01`;
export const M_CHANNEL_LISTED = `${M_YT}/@aniesbaswedan`;
/** Watch pages in the 2026 markup (like-button-view-model): a video of @aniesbaswedan, and one of @kompascom. */
export const M_WATCH_2026 = `${M_YT}/watch?v=aniesVideo02`;
export const M_WATCH_2026_UNLISTED = `${M_YT}/watch?v=kompasVideo2`;

/** The shipped lists name no YouTube channels yet: test data, for these specs only. */
export const importYouTubeList = (session: BrowserSession) =>
  importSiteList(session, 'youtube', [
    ['Anies Baswedan (E2E)', '@aniesbaswedan'],
    ['Prabowo Subianto (E2E)', 'https://www.youtube.com/@prabowo'],
    ['Ganjar Pranowo (E2E)', `https://www.youtube.com/channel/${GANJAR_UC}`],
  ]);
