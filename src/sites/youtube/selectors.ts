/**
 * Every YouTube selector and label, by what it means. YouTube is built from
 * custom elements (ytd-* on desktop, ytm-* on m.youtube.com, *-view-model in
 * newer layouts on both) whose names and ids do not depend on the language,
 * so they are the hooks; labels appear only where no element tells two states
 * or buttons apart. When YouTube changes its markup, this is the one file to edit.
 */
export const YouTubeSelectors = {
  /** The watch page, desktop (`ytd-watch-flexy`) or mobile (`ytm-watch`). */
  watchPage: 'ytd-watch-flexy, ytm-watch',
  /** The desktop watch page; its `video-id` is the video it renders, which can lag the URL during navigation. */
  desktopWatchPage: 'ytd-watch-flexy',
  /**
   * Mobile has no `video-id` on its page element: the video it renders is
   * named by `data-video-id` on the player or metadata, and by the page's canonical link.
   */
  mobileVideoId: '[data-video-id]',
  canonical: 'link[rel="canonical"]',
  /**
   * Server-written microdata. On a watch page a VideoObject item names the
   * video (`identifier`), its channel's UC… id (`channelId`) and its author's
   * @handle URL; on a channel page the head's `identifier` is the UC… id.
   */
  metaIdentifier: 'meta[itemprop="identifier"]',
  metaChannelId: 'meta[itemprop="channelId"]',
  authorUrl: '[itemprop="author"] link[itemprop="url"]',
  itemScope: '[itemscope]',
  /** Title, owner row and action row of the watched video (desktop, mobile). */
  watchMetadata: 'ytd-watch-metadata, ytm-slim-video-metadata-section-renderer',
  /** A Short's title (before and since 2025, desktop and mobile); its hashtags are links inside it. */
  reelTitle: 'h2',
  /** A comment's words (desktop, mobile). */
  commentWords: '#content-text, .comment-text',
  /** The owner row: avatar, channel name, subscriber count and Subscribe (desktop, mobile). */
  watchOwner: 'ytd-watch-metadata #owner, ytm-slim-owner-renderer',
  /**
   * One Short in the Shorts player; several are in the document at once, each
   * with its own overlay. On mobile the overlay holds the Short's channel bar and actions.
   */
  reel: 'ytd-reel-video-renderer, ytm-reel-player-overlay-renderer',
  /** A Short's channel bar; the title beside it can link @mentions of other channels. */
  reelChannel: '#channel-name, yt-reel-channel-bar-view-model',
  /** A Short's channel bar since 2025: the channel's link and its Subscribe button, side by side. */
  channelBar: 'yt-reel-channel-bar-view-model',
  /** A comment or reply (ytd-comment-renderer before 2024; ytm-comment-renderer on mobile). */
  comment: 'ytd-comment-view-model, ytd-comment-renderer, ytm-comment-renderer',
  /**
   * The author row of a comment (desktop, mobile): a single line with the
   * author's link (or the creator's badge link) and the comment's permalink.
   * The "Pinned by" badge sits above it, outside.
   */
  commentAuthor: '#header-author, .comment-header',
  /**
   * A video in a feed, the search results or the watch page's sidebar: the
   * renderers before 2025 and the lockup view model after (a lockup inside a
   * renderer is the same video).
   */
  videoTile: 'ytd-rich-item-renderer, ytd-video-renderer, ytd-compact-video-renderer, ytd-grid-video-renderer, yt-lockup-view-model',
  videoRenderer: 'ytd-rich-item-renderer, ytd-video-renderer, ytd-compact-video-renderer, ytd-grid-video-renderer',
  lockup: 'yt-lockup-view-model',
  /** A tile's single-line byline: the channel name (renderers) or the lockup's first metadata row. */
  tileByline: 'ytd-channel-name #text-container, .yt-content-metadata-view-model__metadata-row',
  /** A channel in search results. */
  channelResult: 'ytd-channel-renderer',
  /** A channel page's header (yt-page-header-view-model since 2024 on both, the C4 headers before). */
  channelHeader: 'yt-page-header-view-model, ytd-c4-tabbed-header-renderer, ytm-c4-tabbed-header-renderer',
  /** Text runs in a channel header; one of them is the @handle (#channel-handle in the C4 header). */
  headerText: 'span, yt-formatted-string',
  /** The channel name heading in a channel header. */
  channelHeading: 'h1',
  /**
   * The like control of a video, a Short or a comment; its button carries
   * aria-pressed. Mobile: the like half of the segmented like/dislike
   * renderer, a Short's like renderer, a comment's like toggle.
   */
  like: [
    'like-button-view-model, #segmented-like-button, #like-button',
    'ytm-segmented-like-dislike-button-renderer .segmented-like-button, ytm-like-button-renderer',
    'ytm-comment-action-bar-renderer ytm-toggle-button-renderer:first-of-type',
  ].join(', '),
  /** Subscribe controls: the renderers (state in their `subscribed` attribute) and the view model. */
  subscribe: 'ytd-subscribe-button-renderer, ytm-subscribe-button-renderer, yt-subscribe-button-view-model',
  subscribedRenderer: 'ytd-subscribe-button-renderer[subscribed], ytm-subscribe-button-renderer[subscribed]',
  /**
   * The Subscribed button is tonal, the Subscribe button filled; YouTube's
   * 2026 markup writes the shape classes in camelCase.
   */
  subscribedShape: '.yt-spec-button-shape-next--tonal, .ytSpecButtonShapeNextTonal',
  /**
   * The notification bell beside Subscribed, inside the same renderer (hidden
   * until subscribed): it sets notifications and subscribes no one.
   */
  notificationToggle: '#notification-preference-button, #notification-preference-toggle-button',
  /**
   * A ⋮ menu's items (before and since 2025) and the popup it opens in, at
   * the end of the document, away from the video whose ⋮ opened it.
   */
  menuItem: 'ytd-menu-service-item-renderer, yt-list-item-view-model',
  menuPopup: 'ytd-popup-container, tp-yt-iron-dropdown',
  /** A tile's ⋮ button: in its menu renderer, or the lockup's menu button. */
  tileMenu: 'ytd-menu-renderer, .yt-lockup-metadata-view-model__menu-button',
  /** The Shorts overlay's share button; the watch page's has no id and is told by its label. */
  reelShare: '#share-button',
  /** The watched video's action row (desktop, mobile); Share is told apart by its label. */
  watchActions: 'ytd-watch-metadata #top-level-buttons-computed, .slim-video-action-bar-actions',
  /** The mobile Shorts overlay's actions; its share button has no id. */
  reelActions: '.reel-player-overlay-actions',
  /** A comment or reply composer; the text sits in a contenteditable div. */
  commentBox: 'ytd-commentbox',
  commentText: '#contenteditable-root',
  commentSubmit: '#submit-button',
  /**
   * Mobile's comment composer: a textarea in the simplebox (in the comments
   * panel, which sits outside ytm-watch) and its submit button.
   */
  mobileCommentBox: 'ytm-comment-simplebox-renderer',
  mobileCommentText: 'textarea',
  mobileCommentSubmit: '.comment-submit-button',
  mobileWatchPage: 'ytm-watch',
  button: 'button',
  link: 'a[href]',
  /** The single-line channel name in the owner row (desktop, mobile) and in a channel result. */
  channelName: 'ytd-channel-name #text-container, .slim-owner-channel-name',
} as const;

/** Labels, English and Indonesian (YouTube's Indonesian UI keeps "Subscribe"). */
export const YouTubeLabels = {
  share: new Set(['Share', 'Bagikan']),
  /** Undo states: pressing these opens the unsubscribe menu or dialog. */
  subscribed: new Set(['Subscribed', 'Disubscribe']),
} as const;
