import { MALFORMED, POST_URL, accepted, pathSegments, rejected, stripAt, type NormaliseResult, type PlatformNormaliser } from './common';
import { checkHandle, type HandleRule } from './handle';

/** First path segments that are Facebook's own pages (Shinigami Eyes' list, ural). */
const RESERVED = new Set([
  'a', 'about', 'ad_campaign', 'ads', 'advertising', 'ajax', 'bookmarks', 'browse', 'buddylist.php',
  'bugnub', 'business', 'c', 'comment', 'composer', 'connect', 'dialog', 'docs', 'donate', 'events',
  'findfriends', 'friends', 'fundraisers', 'games', 'gaming', 'groups', 'hashtag', 'help', 'home.php',
  'instantgames', 'intl', 'jobs', 'l.php', 'language.php', 'latest', 'legal', 'like.php',
  'local_surface', 'login', 'login.php', 'logout.php', 'marketplace', 'mbasic', 'me', 'media',
  'memories', 'menu', 'messages', 'nfx', 'notes', 'notifications', 'notifications.php', 'nt', 'page',
  'pages', 'people', 'permalink.php', 'pg', 'photo', 'photo.php', 'photos', 'places', 'policies',
  'privacy', 'profile', 'profile.php', 'public', 'rapid_report', 'reactions', 'reel', 'reels',
  'salegroups', 'search', 'settings', 'share', 'share.php', 'sharer.php', 'shares', 'stories',
  'story.php', 'support', 'timeline', 'ufi', 'video', 'videos', 'watch',
]);

/** `/<account>/<segment>/<id>` under these is one piece of content, not the profile. */
const CONTENT = new Set(['posts', 'photos', 'videos', 'permalink', 'reel', 'reels', 'story', 'activity']);

/** First segments that always show one post, photo or reel. */
const POST_PAGES = new Set(['permalink.php', 'story.php', 'photo.php', 'photo', 'reel']);

const NUMERIC = /^\d+$/;

const RULE: HandleRule = {
  platform: 'facebook',
  label: 'Facebook',
  page: 'a Facebook site page',
  // Old page vanity names keep their hyphens (facebook.com/Coca-Cola style).
  chars: /^[a-z0-9.-]+$/,
  allowed: 'letters, digits, . and -',
  min: 1,
  max: 50,
  reserved: RESERVED,
};

function fromName(name: string): NormaliseResult {
  return NUMERIC.test(name) ? accepted('facebook', name) : checkHandle(RULE, name.toLowerCase());
}

function numericId(value: string | null | undefined, what: string): NormaliseResult {
  return value != null && NUMERIC.test(value) ? accepted('facebook', value) : rejected(`${what} without a numeric id`);
}

export const facebook: PlatformNormaliser = {
  platform: 'facebook',
  fromText(text) {
    return fromName(stripAt(text));
  },

  fromUrl(url) {
    const segments = pathSegments(url.pathname);
    if (segments === null) return rejected(MALFORMED);
    const [first, second, third, fourth] = segments;
    if (first === undefined) return rejected('the Facebook home page, not an account');
    const page = first.toLowerCase();
    if (url.searchParams.has('story_fbid') || url.searchParams.has('fbid')) return rejected(POST_URL);
    if (page === 'profile.php') return numericId(url.searchParams.get('id'), 'profile.php');
    if (page === 'people') return numericId(third, '/people/ URL');
    // Legacy page URLs: /pages/<Name>/<id>, /pg/<name>/…
    if (page === 'pages' && third !== undefined) return numericId(third, '/pages/ URL');
    if (page === 'pg' && second !== undefined) return fromName(second);
    // A member seen inside a group: /groups/<group>/user/<id>.
    if (page === 'groups' && third === 'user') return numericId(fourth, 'group member URL');
    if (POST_PAGES.has(page)) return rejected(POST_URL);
    const result = fromName(first);
    if (!result.ok || segments.length <= 2) return result;
    return second !== undefined && CONTENT.has(second.toLowerCase())
      ? rejected(POST_URL)
      : rejected(`not a profile page: /${segments.join('/')}`);
  },
};
