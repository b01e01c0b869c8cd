/**
 * Every YouTube selector and label, by what it means. YouTube is built from
 * custom elements (ytd-* on desktop, *-view-model in newer layouts) whose names
 * and ids do not depend on the language, so they are the hooks; labels appear
 * only where no element tells two states or buttons apart. When YouTube
 * changes its markup, this is the one file to edit.
 */
export const YouTubeSelectors = {
  /** The watch page; `video-id` is the video it currently renders, which can lag the URL during navigation. */
  watchPage: 'ytd-watch-flexy',
  /** Title, owner row and action row of the watched video. */
  watchMetadata: 'ytd-watch-metadata',
  /** The owner row: avatar, channel name, subscriber count and Subscribe. */
  watchOwner: 'ytd-watch-metadata #owner',
  /** One Short in the Shorts player; several are in the document at once, each with its own overlay. */
  reel: 'ytd-reel-video-renderer',
  /** A Short's channel bar; the title beside it can link @mentions of other channels. */
  reelChannel: '#channel-name, yt-reel-channel-bar-view-model',
  /** A comment or reply (ytd-comment-renderer before 2024). */
  comment: 'ytd-comment-view-model, ytd-comment-renderer',
  /** The author row of a comment; the "Pinned by" badge sits above it, outside. */
  commentAuthor: '#header-author',
  /** A channel in search results. */
  channelResult: 'ytd-channel-renderer',
  /** A channel page's header (yt-page-header-view-model since 2024, the C4 header before). */
  channelHeader: 'yt-page-header-view-model, ytd-c4-tabbed-header-renderer',
  /** Text runs in a channel header; one of them is the @handle (#channel-handle in the C4 header). */
  headerText: 'span, yt-formatted-string',
  /** The channel name heading in a channel header. */
  channelHeading: 'h1',
  /** The like control of a video, a Short or a comment; its button carries aria-pressed. */
  like: 'like-button-view-model, #segmented-like-button, #like-button',
  /** Subscribe controls: the Polymer renderer (state in its `subscribed` attribute) and the view model. */
  subscribe: 'ytd-subscribe-button-renderer, yt-subscribe-button-view-model',
  subscribedRenderer: 'ytd-subscribe-button-renderer[subscribed]',
  /** The view model's Subscribed button is tonal; its Subscribe button is filled. */
  subscribedShape: '.yt-spec-button-shape-next--tonal',
  /** The Shorts overlay's share button; the watch page's has no id and is told by its label. */
  reelShare: '#share-button',
  watchActions: 'ytd-watch-metadata #top-level-buttons-computed',
  /** A comment or reply composer; the text sits in a contenteditable div. */
  commentBox: 'ytd-commentbox',
  commentText: '#contenteditable-root',
  commentSubmit: '#submit-button',
  button: 'button',
  link: 'a[href]',
  /** The single-line channel name in the owner row and in a channel result. */
  channelName: 'ytd-channel-name #text-container',
} as const;

/** Labels, English and Indonesian (YouTube's Indonesian UI keeps "Subscribe"). */
export const YouTubeLabels = {
  share: new Set(['Share', 'Bagikan']),
  /** Undo states: pressing these opens the unsubscribe menu or dialog. */
  subscribed: new Set(['Subscribed', 'Disubscribe']),
} as const;
