import type { DetectedAction } from '../../../src/sites/adapter';
import { tiktokAdapter } from '../../../src/sites/tiktok';
import { adapterEvents, find, sitePages } from './site-fixture';

export { find };

/** The saved TikTok pages, and the URL each one is served as (unit and E2E tests alike). */
export const TIKTOK_FIXTURES = {
  'foryou-en': 'https://www.tiktok.com/foryou',
  'foryou-id': 'https://www.tiktok.com/foryou?lang=id-ID',
  'video-listed': 'https://www.tiktok.com/@aniesbaswedan/video/7300000000000000001',
  'profile-listed': 'https://www.tiktok.com/@aniesbaswedan',
  'profile-followed': 'https://www.tiktok.com/@prabowo',
} as const;
export type TikTokFixture = keyof typeof TIKTOK_FIXTURES;

const pages = sitePages('tiktok', TIKTOK_FIXTURES);
export const { fixtureSource, loadFixture } = pages;
export const { click, press, expectAction } = adapterEvents(tiktokAdapter);

/** The adapter's answer to a double-click; the event keeps its target after dispatch. */
export function dblclick(target: Node): DetectedAction | null {
  const event = new MouseEvent('dblclick', { bubbles: true, cancelable: true, composed: true });
  target.dispatchEvent(event);
  return tiktokAdapter.detect(event);
}

/** Feed videos by id; the player's wrapper carries it, as on TikTok. */
export const ANIES = '7300000000000000001';
export const KOMPAS = '7300000000000000002';
export const ANIES_LIKED = '7300000000000000003';
/** An unlisted volunteer's video carrying a campaign hashtag. */
export const RELAWAN = '7300000000000000004';

export function feedItem(video: string): HTMLElement {
  return find(`#xgwrapper-0-${video}`).closest<HTMLElement>('[data-e2e="recommend-list-item-container"]')!;
}

/** The button around a data-e2e hook (icons carry the hook, the button around them is pressed). */
export function hooked(hook: string, scope: ParentNode = document): HTMLElement {
  const element = find(`[data-e2e="${hook}"]`, scope);
  return element.closest<HTMLElement>('button, [role="button"]') ?? element;
}

/** The Draft.js editor of the comment footer or of the reply box under a comment. */
export const footerEditor = () => find('.css-2b5-DivCommentFooter [contenteditable="true"]');
export const replyEditor = () => find('[data-e2e="comment-item"] [contenteditable="true"]');

/** Runs replica.js on the loaded page, returning its log. */
export const startReplica = (fixture: TikTokFixture, url?: string): Record<string, unknown>[] =>
  pages.startReplica<Record<string, unknown>>(fixture, url);
