import { POST_URL, profileOrTab, rejected, stripAt } from './common';
import { checkHandle, handlePlatform, type HandleRule } from './handle';

/** First path segments that are Instagram's own pages (ural and public scripts). */
const RESERVED = new Set([
  'accounts', 'ads', 'direct', 'directory', 'emails', 'explore', 'push', 'reels', 'session',
  'settings', 'stories', 'web', 'your_activity', 'about', 'legal', 'developer', 'challenge',
  'graphql', 'api', 'oauth', 'static', 'live', 's',
]);

/** `/p/<code>`, `/reel/<code>`, `/tv/<code>` and `/<user>/p/<code>`: one post. */
const POSTS = new Set(['p', 'reel', 'tv']);

const PROFILE_TABS = new Set(['tagged', 'reels', 'saved', 'followers', 'following', 'guides', 'feed']);

/** Instagram and Threads share one account system, hence one handle rule. */
export const INSTAGRAM_HANDLE = {
  chars: /^[a-z0-9._]+$/,
  allowed: 'letters, digits, . and _',
  min: 1,
  max: 30,
} as const;

const RULE: HandleRule = {
  platform: 'instagram',
  label: 'Instagram',
  page: 'an Instagram page',
  ...INSTAGRAM_HANDLE,
  reserved: RESERVED,
};

export const instagram = handlePlatform(RULE, {
  profile(segments) {
    const [first, second] = segments;
    if (POSTS.has(first.toLowerCase()) || (second !== undefined && POSTS.has(second.toLowerCase()))) {
      return rejected(POST_URL);
    }
    return profileOrTab(checkHandle(RULE, stripAt(first).toLowerCase()), segments, 1, PROFILE_TABS);
  },
});
