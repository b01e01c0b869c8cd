import { MALFORMED, accepted, pathSegments, profileOrTab, rejected, type NormaliseResult, type PlatformNormaliser } from './common';
import { checkHandle, type HandleRule } from './handle';

/** Channel ids are case-sensitive and kept exactly as written. */
const CHANNEL_ID = /^UC[A-Za-z0-9_-]{22}$/;
/** Legacy `c/` and `user/` names; escaped non-Latin names arrive decoded. */
const LEGACY_NAME = /^[\p{L}\p{N}\p{M}._-]{1,100}$/u;

/** First path segments that show a video or post rather than a channel. */
const CONTENT = new Set(['watch', 'shorts', 'live', 'embed', 'v', 'clip', 'post', 'playlist']);

/** First path segments that are YouTube's own pages (ural's list and site routes). */
const RESERVED = new Set([
  'about', 'account', 'ads', 'creators', 'feed', 'howyoutubeworks', 'new', 'paid_memberships',
  'reporthistory', 'results', 't', 'hashtag', 'gaming', 'premium', 'redirect', 'signin', 'logout',
  'upload', 'music', 'kids', 'trending', 'source',
]);

/** Tabs after a channel that still show the channel itself. */
const CHANNEL_TABS = new Set([
  'featured', 'videos', 'shorts', 'streams', 'live', 'playlists', 'community', 'posts', 'about',
  'channels', 'store', 'podcasts', 'releases', 'courses', 'search', 'membership',
]);

const HANDLE_RULE: HandleRule = {
  platform: 'youtube',
  label: 'YouTube',
  page: 'a YouTube page',
  // Handles may be written in many scripts, so letters and digits are Unicode classes.
  chars: /^[\p{L}\p{N}\p{M}._·-]+$/u,
  allowed: 'letters, digits, ., _, - and ·',
  min: 3,
  max: 30,
  reserved: new Set(),
};

const FORMS = 'YouTube accounts are written @handle, a UC… channel id, c/name or user/name';

function handle(name: string): NormaliseResult {
  const result = checkHandle(HANDLE_RULE, name.toLowerCase());
  return result.ok ? accepted('youtube', `@${result.account.id}`) : result;
}

function channel(id: string | undefined): NormaliseResult {
  return id !== undefined && CHANNEL_ID.test(id)
    ? accepted('youtube', id)
    : rejected('not a channel id: it must be UC followed by 22 letters, digits, _ or -');
}

function legacy(kind: 'c' | 'user', name: string | undefined): NormaliseResult {
  // Checked after lowercasing, which can lengthen a name ("İ" becomes two code points): the id must pass again.
  const lower = name?.toLowerCase();
  return lower !== undefined && LEGACY_NAME.test(lower) ? accepted('youtube', `${kind}/${lower}`) : rejected(`not a valid ${kind}/ name`);
}

/** The channel named by the first one or two segments, and how many it used. */
function channelOf(segments: readonly string[]): { result: NormaliseResult; used: number } {
  const [first = '', second] = segments;
  if (first.startsWith('@')) return { result: handle(first.slice(1)), used: 1 };
  const kind = first.toLowerCase();
  if (kind === 'channel') return { result: channel(second), used: 2 };
  if (kind === 'c' || kind === 'user') return { result: legacy(kind, second), used: 2 };
  if (CONTENT.has(kind)) return { result: rejected('a video or post URL, not an account'), used: 1 };
  if (RESERVED.has(kind)) return { result: rejected(`"${kind}" is a YouTube page, not an account`), used: 1 };
  return {
    result: rejected(`a legacy address without @, c/ or user/ is ambiguous; ${FORMS}`),
    used: 1,
  };
}

export const youtube: PlatformNormaliser = {
  platform: 'youtube',
  fromText(text) {
    if (CHANNEL_ID.test(text)) return accepted('youtube', text);
    if (text.startsWith('@')) return handle(text.slice(1));
    const segments = text.split('/');
    if (segments.length === 2) {
      const [kind = '', name] = segments;
      if (kind === 'c' || kind === 'user') return legacy(kind, name);
      if (kind === 'channel') return channel(name);
    }
    return rejected(FORMS);
  },

  fromUrl(url) {
    const segments = pathSegments(url.pathname);
    if (segments === null) return rejected(MALFORMED);
    if (segments.length === 0) return rejected('the YouTube home page, not an account');
    const { result, used } = channelOf(segments);
    return profileOrTab(result, segments, used, CHANNEL_TABS);
  },
};
