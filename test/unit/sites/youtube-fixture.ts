import { youtubeAdapter } from '../../../src/sites/youtube';
import { adapterEvents, find, sitePages } from './site-fixture';

export { find };

/** The saved YouTube pages, and the URL each one is served as (unit and E2E tests alike). */
export const YOUTUBE_FIXTURES = {
  'watch-listed': 'https://www.youtube.com/watch?v=aniesVideo01',
  'watch-listed-id': 'https://www.youtube.com/watch?v=aniesVideo01&hl=id',
  'watch-unlisted': 'https://www.youtube.com/watch?v=kompasVideo1',
  'watch-hashtag': 'https://www.youtube.com/watch?v=relawanVid01',
  'watch-handle-only': 'https://www.youtube.com/watch?v=ganjarVideo1',
  'watch-channel-id': 'https://www.youtube.com/watch?v=prabowoVideo',
  'channel-handle-only': 'https://www.youtube.com/@ganjarreplica',
  'channel-listed': 'https://www.youtube.com/@aniesbaswedan',
  'channel-subscribed': 'https://www.youtube.com/@prabowo',
  shorts: 'https://www.youtube.com/shorts/aniesShort01',
  results: 'https://www.youtube.com/results?search_query=anies',
  'shorts-2025': 'https://www.youtube.com/shorts/aniesShort02',
  home: 'https://www.youtube.com/',
} as const;
export type YouTubeFixture = keyof typeof YOUTUBE_FIXTURES;

export const { fixtureSource, loadFixture } = sitePages('youtube', YOUTUBE_FIXTURES);
export const { click, clickAfter, press, expectAction } = adapterEvents(youtubeAdapter);

/** A comment on the page, by its author's handle. */
export function comment(handle: string): HTMLElement {
  return find(`#author-text[href="/${handle}"]`).closest<HTMLElement>('ytd-comment-view-model')!;
}

/** The button inside the first match of `selector`. */
export function button(selector: string, scope: ParentNode = document): HTMLElement {
  return find(`${selector} button`, scope);
}

export const WATCH_LIKE = 'ytd-watch-metadata like-button-view-model';
export const WATCH_SUBSCRIBE = 'ytd-watch-metadata #subscribe-button';
export const COMMENT_SUBMIT = 'ytd-comments-header-renderer #submit-button';
export const ACTIVE_REEL = 'ytd-reel-video-renderer[is-active]';
