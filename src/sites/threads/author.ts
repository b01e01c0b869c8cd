import type { AccountRef } from '../../lists/platform';
import { threads } from '../../lists/normalise/threads';
import { accountFromUrlWith } from '../../lists/normalise/one-platform';
import { hrefAccounts, resolveHref } from '../account-from-href';
import { ThreadsSelectors } from './selectors';

// Threads writes links as relative paths; resolving them against one fixed
// origin gives the same account on threads.net and threads.com alike.
const THREADS_ORIGIN = 'https://www.threads.net/';

/** `/@<author>/post/<code>`, with an optional host and trailing parts (`/media`). */
const POST_PATH = /^\/(@[^/?#]+)\/post\/[^/?#]+/;

/** A post's own permalink (its time stamp) and the author it names. */
export interface Permalink {
  link: Element;
  author: AccountRef;
}

/**
 * The post's own permalink: the first one that is not inside a post nested in
 * it (a quoted post carries its own). Reading the author from the post URL
 * rather than from the first name shown keeps a repost's "<user> reposted"
 * line from counting: the original author is whose content a repost shows.
 */
export function ownPermalink(post: Element): Permalink | null {
  for (const link of post.querySelectorAll(ThreadsSelectors.permalink)) {
    if (link.closest(ThreadsSelectors.post) !== post) continue;
    const author = authorOfPostLink(link);
    if (author !== null) return { link, author };
  }
  return null;
}

/** Whose content an action on this post touches, or null when the post names no author. */
export function postAuthor(post: Element): AccountRef | null {
  return ownPermalink(post)?.author ?? null;
}

const accountOfProfileHref = /* @__PURE__ */ hrefAccounts(THREADS_ORIGIN, threads);

/** The account a link names: a post's author (its permalink), or the profile it opens. */
export function linkedAccount(link: Element): AccountRef | null {
  return authorOfPostLink(link) ?? accountOfProfileHref(link.getAttribute('href'));
}

function authorOfPostLink(link: Element): AccountRef | null {
  const url = resolveHref(link.getAttribute('href'), THREADS_ORIGIN);
  const handle = url === null ? undefined : POST_PATH.exec(url.pathname)?.[1];
  return url === null || handle === undefined ? null : accountFromUrlWith(threads, new URL(`/${handle}`, url));
}
