import { POST_URL, profileOrTab, rejected } from './common';
import { checkHandle, handlePlatform, type HandleRule } from './handle';
import { INSTAGRAM_HANDLE } from './instagram';

const PROFILE_TABS = new Set(['replies', 'reposts', 'media']);

const RULE: HandleRule = {
  platform: 'threads',
  label: 'Threads',
  page: 'a Threads page',
  ...INSTAGRAM_HANDLE,
  // Profiles are only ever /@user, so no bare word collides with a site page.
  reserved: new Set(),
};

export const threads = handlePlatform(RULE, {
  profile(segments) {
    const [first, second] = segments;
    if (!first.startsWith('@')) return rejected(`"${first}" is a Threads page, not an account (profiles are /@name)`);
    if (second === 'post') return rejected(POST_URL);
    return profileOrTab(checkHandle(RULE, first.slice(1).toLowerCase()), segments, 1, PROFILE_TABS);
  },
});
