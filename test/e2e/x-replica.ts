/**
 * What the X specs and the demo know about the X replica pages
 * (test/fixtures/x): their URLs and selectors. The warning contract and the
 * replica log are in warning-contract.ts.
 */

export const HOME = 'https://x.com/home';
export const HOME_ID = 'https://x.com/home?lang=id';
/** A post by @aniesbaswedan on the English home feed. */
export const LISTED_TWEET = '1790000000000000001';
/** That post's own page: it is the focused post, with a reply already typed in the box under it. */
export const LISTED_STATUS = `https://x.com/aniesbaswedan/status/${LISTED_TWEET}`;
/** A post by @kompascom on the English home feed, which no shipped list names. */
export const KOMPAS_TWEET = '1790000000000000002';
export const INLINE_REPLY = '[data-testid="tweetButtonInline"]';
export const COMPOSER_TEXT = '[data-testid="tweetTextarea_0"]';

/** The profile header's follow button, not those of suggested accounts or hover cards. */
export const PROFILE_FOLLOW = '[data-testid$="-follow"]:not([data-testid="UserCell"] *):not([data-testid="HoverCard"] *)';

/** A post, by its status id. */
export const tweetArticle = (statusId: string) => `article[data-testid="tweet"]:has(a[href*="/status/${statusId}"])`;

export const tweetButton = (statusId: string, testId: 'like' | 'unlike' | 'retweet' | 'unretweet') =>
  `${tweetArticle(statusId)} [role="group"] [data-testid="${testId}"]`;

/** The action bar's "Share post" button, which has no test id. */
export const shareButton = (statusId: string) => `${tweetArticle(statusId)} [role="group"] [aria-label="Share post"]`;

/** Handles are matched case-insensitively: X links keep the account's own capitals. */
export const userCellButton = (handle: string, action: 'follow' | 'unfollow') =>
  `[data-testid="UserCell"]:has(a[href="/${handle}" i]) [data-testid$="-${action}"]`;

export const KOMPAS_LIKE = tweetButton(KOMPAS_TWEET, 'like');
