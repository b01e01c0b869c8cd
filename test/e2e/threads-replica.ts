import type { BrowserSession } from './harness/each-browser';
import { importSiteList } from './warning-contract';

/**
 * What the Threads specs know about the Threads replica pages
 * (test/fixtures/threads): their URLs, selectors and the list naming their
 * accounts. The warning contract and the replica log are in warning-contract.ts.
 */

export const FEED = 'https://www.threads.net/';
export const FEED_ID = 'https://www.threads.net/?hl=id';
export const FEED_COM = 'https://www.threads.com/';
export const PROFILE_ANIES = 'https://www.threads.net/@aniesbaswedan';
export const PROFILE_PRABOWO_FOLLOWED = 'https://www.threads.net/@prabowo';
export const POST_REPLY = 'https://www.threads.net/@aniesbaswedan/post/C1aniesPost';
/** A replica: the reply dialog shows the post it answers without a post container. */
export const POST_REPLY_UNFRAMED = `${POST_REPLY}?reply=unframed`;

/** Posts on the feeds: by @aniesbaswedan, @kompascom, a repost of @prabowo, and a liked and reposted @aniesbaswedan post. */
export const ANIES_POST = 'C1aniesPost';
export const KOMPAS_POST = 'C2kompasPost';
export const PRABOWO_REPOST = 'C3prabowoPost';
export const ANIES_LIKED_POST = 'C6aniesLiked';

/** A post, by its code. */
export const post = (code: string) => `div[data-pressable-container="true"]:has(a[href$="/post/${code}"])`;

/** A control of a post, by its icon's label ("Like", "Suka", "Repost", "Follow"…). */
export const postControl = (code: string, label: string) => `${post(code)} [role="button"]:has(svg[aria-label="${label}"])`;

/** The profile header's buttons (the fixtures style Follow and Following apart). */
export const PROFILE_FOLLOW = '[role="button"].barcelona-follow:not(.followed)';
export const PROFILE_FOLLOWING = '[role="button"].barcelona-follow.followed';

export const REPLY_POST_BUTTON = '[role="dialog"] [role="button"].barcelona-post-button';

/** A list naming the Threads accounts of three candidates: the shipped lists name none yet. */
export const importThreadsList = (session: BrowserSession) =>
  importSiteList(session, 'threads', [
    ['Anies Baswedan (E2E)', '@aniesbaswedan'],
    ['Prabowo Subianto (E2E)', 'https://www.threads.net/@prabowo'],
    ['Ganjar Pranowo (E2E)', '@ganjar_pranowo'],
  ]);
