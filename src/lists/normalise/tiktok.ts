import { POST_URL, profileOrTab, rejected } from './common';
import { checkHandle, handlePlatform, type HandleRule } from './handle';

const RULE: HandleRule = {
  platform: 'tiktok',
  label: 'TikTok',
  page: 'a TikTok page',
  chars: /^[a-z0-9._]+$/,
  allowed: 'letters, digits, . and _',
  min: 2,
  max: 24,
  // Profiles are only ever /@user, so no bare word collides with a site page.
  reserved: new Set(),
};

/** `/@user/video/<id>`, `/@user/photo/<id>`, `/@user/live`: content, not the profile. */
const CONTENT = new Set(['video', 'photo', 'live']);

/** A TikTok profile has no sub-pages of its own. */
const NO_TABS: ReadonlySet<string> = new Set();

export const tiktok = handlePlatform(RULE, {
  profile(segments) {
    const [first, second] = segments;
    if (!first.startsWith('@')) return rejected(`"${first}" is a TikTok page, not an account (profiles are /@name)`);
    if (second !== undefined && CONTENT.has(second)) return rejected(POST_URL);
    return profileOrTab(checkHandle(RULE, first.slice(1).toLowerCase()), segments, 1, NO_TABS);
  },
});
