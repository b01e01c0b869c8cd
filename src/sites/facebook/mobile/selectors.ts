/**
 * Facebook's server-rendered mobile layouts: m.facebook.com's "touch" pages
 * (data-sigil hooks, data-store state) and mbasic.facebook.com's plain links
 * and forms (actions are GETs to /a/like.php, /a/subscribe.php and a POST form
 * to /a/comment.php). What public automation code drives on these layouts is
 * the source; the rest is marked assumed. When Facebook changes this markup,
 * this is the one file to edit.
 */
export const MobileFacebookSelectors = {
  /** A story: an <article> (touch) or a div[role="article"] (mbasic), both with the data-ft tracking blob. */
  story: 'article[data-ft], [role="article"][data-ft], article[data-sigil~="story-div"]',
  /** The author: the linked name in the story header's h3 (the first link there). */
  storyHeader: 'header h3',
  link: 'a[href]',
  /** Touch like control: aria-pressed, and data-store {"reaction": 0 | n}. */
  touchLike: 'a[data-sigil~="ufi-inline-like"]',
  /** mbasic like link (and touch's href): a GET that likes; its text says which way. */
  likeLink: 'a[href*="/a/like.php"]',
  /** Touch share control; mbasic shares through the mbasic composer, told by its text (assumed). */
  touchShare: 'a[data-sigil~="share-popup"]',
  shareLink: 'a[href*="/composer/mbasic/"]',
  /** Follow link on profiles and pages; its `id` parameter is the account's numeric id. */
  subscribeLink: 'a[href*="/a/subscribe.php"]',
  /** What a followed profile shows instead. */
  unfollowLink: 'a[href*="/a/subscriptions/remove"]',
  /** The comment form (touch and mbasic): POSTs comment_text to /a/comment.php. */
  commentForm: 'form[action*="/a/comment.php"]',
  commentText: '[name="comment_text"]',
  submit: 'input[type="submit"], button[type="submit"], button:not([type])',
  /** A profile's or page's cover section, holding its name (h3) and Follow (assumed). */
  profileCover: '#m-timeline-cover-section',
  coverName: 'h3',
} as const;

/** Link texts, English and Indonesian; anything else (Unlike, Batal Suka…) is not an action we hold. */
export const MobileFacebookLabels = {
  like: new Set(['Like', 'Suka']),
  share: new Set(['Share', 'Bagikan']),
  follow: new Set(['Follow', 'Ikuti']),
} as const;
