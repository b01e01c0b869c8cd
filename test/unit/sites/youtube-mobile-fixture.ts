import { sitePages } from './site-fixture';

/** The saved m.youtube.com pages (test/fixtures/youtube-mobile), and the URL each is served as. */
export const YOUTUBE_MOBILE_FIXTURES = {
  'm-watch-listed': 'https://m.youtube.com/watch?v=aniesVideo01',
  'm-channel-listed': 'https://m.youtube.com/@aniesbaswedan',
  'm-shorts': 'https://m.youtube.com/shorts/aniesShort01',
  'm-watch-2026-listed': 'https://m.youtube.com/watch?v=aniesVideo02',
  'm-watch-2026-unlisted': 'https://m.youtube.com/watch?v=kompasVideo2',
} as const;
export type YouTubeMobileFixture = keyof typeof YOUTUBE_MOBILE_FIXTURES;

export const mobile = sitePages('youtube-mobile', YOUTUBE_MOBILE_FIXTURES);

export const M_LIKE = 'ytm-slim-video-action-bar-renderer .segmented-like-button button';
export const M_DISLIKE = 'ytm-slim-video-action-bar-renderer .segmented-dislike-button button';
export const M_SUBSCRIBE = 'ytm-slim-owner-renderer ytm-subscribe-button-renderer button';
export const M_SHARE = '.slim-video-action-bar-actions button[aria-label="Bagikan"]';
export const M_HEADER_SUBSCRIBE = 'yt-page-header-view-model ytm-subscribe-button-renderer button';
export const mComment = (handle: string) => `ytm-comment-renderer:has(.comment-title[href="/${handle}"])`;
