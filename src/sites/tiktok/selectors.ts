/**
 * Every TikTok selector and label, by what it means. TikTok's class names are
 * generated (`css-1x2y-DivName`) and change with deploys; its `data-e2e` test
 * hooks are the same in every language and have stayed put for years, so
 * detection rests on them. Text is read only where a hook has no state of its
 * own (a follow button that already follows). When TikTok changes its markup,
 * this is the one file to edit.
 */
const hooks = (...names: string[]) => names.map((name) => `[data-e2e="${name}"]`).join(', ');

export const TikTokSelectors = {
  /** One video of the For You / Following feed; the virtual list keeps several in the DOM. */
  feedItem: hooks('recommend-list-item-container'),
  /** A feed video's author: the avatar link, then the handle under the video. */
  feedAuthor: `a${hooks('video-author-avatar')}, ${hooks('video-author-uniqueid')}`,
  feedAuthorName: hooks('video-author-uniqueid'),
  /** The author's handle in browse mode: a video page, or a video opened over a profile or search. */
  browseAuthor: hooks('browse-username'),
  /** Whatever names a video's author, in the feed or in browse mode. */
  videoAuthor: `${hooks('browse-username', 'video-author-uniqueid')}, a${hooks('video-author-avatar')}`,
  /** A link to a profile, relative or absolute; links to videos (/@user/video/…) resolve to no account. */
  profileLink: 'a[href^="/@"], a[href^="https://www.tiktok.com/@"]',
  /** A link to a video (/@user/video/<id>, /@user/photo/<id>), which names its author. */
  videoLink: 'a[href*="/video/"], a[href*="/photo/"]',
  /** One video of a profile's grid; it links to the video, which may be another account's (a repost). */
  gridItem: hooks('user-post-item'),
  /** The play count on a grid tile, on the tile's one line of text. */
  gridViews: hooks('video-views'),
  /** A profile header's heading and the line under it: one is the handle, the other the display name (TikTok has swapped them). */
  profileTitle: hooks('user-title'),
  profileNames: hooks('user-title', 'user-subtitle'),
  /** The profile header's avatar: the header is the smallest block around the heading that holds it. */
  profileAvatar: hooks('user-avatar'),
  /** Anything pressable. The hooks sit on an icon span inside the button as often as on the button. */
  clickable: 'button, [role="button"], a',
  like: hooks('like-icon', 'browse-like-icon', 'feed-like-icon', 'browser-mode-like-icon', 'video-detail-like'),
  /** Share openers: a video's (feed, browse mode) and the profile header's, which shares the profile. */
  share: hooks('share-icon', 'browse-share-icon', 'share-btn'),
  /** The Repost entry of the share panel. */
  repost: hooks('video-share-repost', 'video-repost'),
  /** Profile header, browse-mode author row, and the "+" on a feed avatar. */
  follow: hooks('follow-button', 'browse-follow', 'feed-follow'),
  /** The follow buttons that belong to a video: the one beside a browse-mode author, the "+" on a feed avatar. */
  videoFollow: hooks('browse-follow', 'feed-follow'),
  /** A video's description: in the feed, and in browse mode (a video page, a video opened over a page). */
  description: hooks('video-desc', 'browse-video-desc'),
  browseDescription: hooks('browse-video-desc'),
  /** A hashtag links to its page, /tag/<tag>. */
  tagLink: 'a[href^="/tag/"], a[href^="https://www.tiktok.com/tag/"]',
  /** A comment's words (level 1, a reply level 2). */
  commentBody: hooks('comment-level-1', 'comment-level-2'),
  /** The profile header's share button, which shares the profile, not a video. */
  profileShare: hooks('share-btn'),
  /** Where profile links mention or reply rather than present an account: descriptions, a bio, comments. */
  mentions: `[data-e2e$="-desc"], ${hooks('user-bio', 'comment-item')}`,
  /** The profile header's follow button; it reads Following once followed. */
  followButton: hooks('follow-button'),
  /**
   * TikTok's design-system buttons (TUX, names not generated): Follow is the
   * primary (filled) one; once it follows the same button turns secondary.
   */
  designButton: '.TUXButton',
  primaryButton: '.TUXButton--primary',
  commentPost: hooks('comment-post'),
  /** The Draft.js editor of a comment box (the hook is on its wrapper). */
  commentEditor: `${hooks('comment-input')} [contenteditable="true"]`,
  /** A comment; a reply box opened under it answers its author. */
  commentItem: hooks('comment-item'),
  commentAuthor: `a${hooks('comment-avatar-1', 'comment-avatar-2')}, ${hooks('comment-username-1', 'comment-username-2')}`,
  /** The player (hooked wrapper, xgplayer's wrapper, the video): a double-click on it likes the video. */
  player: `${hooks('feed-video', 'browse-video')}, [id^="xgwrapper-"], video`,
  /** Player overlays that are controls (mute, progress bar), where a double-click is no like. */
  playerControl: 'button, [role="button"], [role="slider"], a, input',
  /** A control that does nothing when pressed (the Post button of an empty box). */
  disabled: ':disabled, [aria-disabled="true"]',
  /** TikTok's toggle buttons (like, repost) say they are on with aria-pressed. */
  pressed: '[aria-pressed="true"]',
} as const;

/**
 * What a follow button reads once it follows (or has asked to follow a
 * private account), in English and Indonesian: pressing it again unfollows,
 * which is no intent. Read only where the button's design does not say it
 * (see followsAlready).
 */
export const TikTokUndoFollowLabels: ReadonlySet<string> = new Set(
  ['Following', 'Friends', 'Requested', 'Mengikuti', 'Teman', 'Diminta'].map((label) => label.toLowerCase()),
);
