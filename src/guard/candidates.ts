import type { DetectedAction, Publish } from '../sites/adapter';
import { accountKey, type AccountRef, type Platform } from '../lists/platform';
import { hashtagsIn, mentionsIn } from '../lists/text-tags';
import { MAX_HASHTAG } from '../lists/hashtag';
import type { Held } from './held';
import { idsOf } from './any-account';

/** What may make a held action listed: an account (any of its ids) or a hashtag. */
export type Check = { ids: readonly AccountRef[] } | { tag: string };

/** One reason an event may be held, and the action held for it. */
export interface Candidate {
  check: Check;
  held: Held;
}

export interface CandidateSources {
  platform: Platform;
  action: DetectedAction | null;
  /** The new post the event would publish; asked only when nothing before it is listed. */
  publish: () => Publish | null;
  /** The platform's normaliser for a mention's handle; null when it names no account. */
  mention: (handle: string) => AccountRef | null;
  /** Whether hashtags are looked for at all. */
  hashtags: boolean;
}

/**
 * Every reason to hold an event, in the order they count: the author of the
 * post acted on, the hashtags in that post's text (for a like, comment or
 * share), then the accounts the new
 * post mentions and its hashtags. Lazy: the guard stops at the first listed
 * one, so a listed author's post is never read, and a post's text is read
 * only when the user acts on it.
 */
/** A tag longer than any list may hold is never listed, and would not be accepted as a question to the background. */
const listable = (tag: string) => tag.length <= MAX_HASHTAG || [...tag].length <= MAX_HASHTAG;

export function* candidates({ platform, action, publish, mention, hashtags }: CandidateSources): Generator<Candidate> {
  if (action) {
    const held = { intent: action.intent, platform, element: action.element, account: action.account, ...replayOf(action) };
    yield { check: { ids: idsOf(action) }, held: { ...held, match: 'account' } };
    // A hashtag is about a post: a follow is of an account, and an unlisted one is no campaign's.
    if (hashtags && action.text && action.intent !== 'follow') {
      for (const tag of hashtagsIn(action.text()).filter(listable)) yield { check: { tag }, held: { ...held, match: `hashtag:#${tag}` } };
    }
  }
  const post = publish();
  if (!post) return;
  const text = post.text();
  const held = { intent: 'post', platform, element: post.element, ...replayOf(post) } as const;
  for (const handle of mentionsIn(text)) {
    const account = mention(handle);
    if (account) yield { check: { ids: [account] }, held: { ...held, account, match: `mention:${accountKey(account)}` } };
  }
  if (!hashtags) return;
  for (const tag of hashtagsIn(text).filter(listable)) yield { check: { tag }, held: { ...held, account: null, match: `hashtag:#${tag}` } };
}

function replayOf(from: { replay?: () => void }): { replay?: () => void } {
  return from.replay ? { replay: from.replay } : {};
}
