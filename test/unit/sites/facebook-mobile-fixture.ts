import { facebookAdapter } from '../../../src/sites/facebook';
import { adapterEvents, sitePages } from './site-fixture';

/** The saved m.facebook.com and mbasic.facebook.com pages (test/fixtures/facebook-mobile), and the URL each is served as. */
export const FACEBOOK_MOBILE_FIXTURES = {
  'm-feed-id': 'https://m.facebook.com/',
  'm-profile-id': 'https://m.facebook.com/prabowo',
  'mbasic-story-en': 'https://mbasic.facebook.com/story.php?story_fbid=1001&id=100044000000001',
} as const;

export const mobile = sitePages('facebook-mobile', FACEBOOK_MOBILE_FIXTURES);
export const { click, press, detectOn, expectAction } = adapterEvents(facebookAdapter);

/** A story by its id (data-ft's top_level_post_id). */
export const STORY = (id: string) => `[data-ft*='"top_level_post_id":"${id}"']`;
export const TOUCH_LIKE = 'a[data-sigil~="ufi-inline-like"]';
export const TOUCH_SHARE = 'a[data-sigil~="share-popup"]';
export const SUBSCRIBE = '#m-timeline-cover-section a[href*="/a/subscribe.php"], #m-timeline-cover-section a[href*="/a/subscriptions/remove"]';
