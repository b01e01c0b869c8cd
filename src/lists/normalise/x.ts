import { POST_URL, profileOrTab, rejected, stripAt } from './common';
import { checkHandle, handlePlatform, type HandleRule } from './handle';

/** First path segments that are X's own pages (ural, control-panel-for-twitter, X routes). */
const RESERVED = new Set([
  'home', 'explore', 'i', 'search', 'settings', 'notifications', 'messages', 'compose',
  'hashtag', 'tos', 'privacy', 'login', 'logout', 'signup', 'jobs', 'intent', 'share',
  'account', 'download', 'bookmarks', 'lists', 'communities', 'topics', 'who_to_follow',
  'connect_people', 'rules', 'oauth', 'welcome',
]);

/** Second segments that are still the profile (its tabs and lists). */
const PROFILE_TABS = new Set([
  'with_replies', 'media', 'likes', 'highlights', 'articles', 'affiliates', 'superfollows',
  'followers', 'following', 'verified_followers', 'followers_you_follow', 'lists', 'photo',
  'header_photo', 'creator-subscriptions',
]);

const RULE: HandleRule = {
  platform: 'x',
  label: 'X',
  page: 'an X page',
  chars: /^[a-z0-9_]+$/,
  allowed: 'letters, digits and _',
  min: 1,
  max: 15,
  reserved: RESERVED,
};

export const x = handlePlatform(RULE, {
  // Old links route through the fragment: twitter.com/#!/user.
  path: (url) => (url.pathname === '/' && url.hash.startsWith('#!/') ? url.hash.slice(2) : url.pathname),
  profile(segments) {
    const [first, second] = segments;
    if (second === 'status' || second === 'statuses') return rejected(POST_URL);
    return profileOrTab(checkHandle(RULE, stripAt(first).toLowerCase()), segments, 1, PROFILE_TABS);
  },
});
