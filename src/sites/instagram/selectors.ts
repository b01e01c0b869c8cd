/**
 * Every Instagram selector and label, by what it means. Instagram's class names
 * are obfuscated and change with deploys, so only elements, ARIA roles and
 * attributes appear here. Icons are told apart by their drawings and by their
 * localised labels, text buttons by their labels alone (the page's language
 * is the account's language; English and Indonesian are here); when Instagram
 * changes its markup, drawings or wording, this is the one file to edit.
 */
export const InstagramSelectors = {
  /** A post in the home feed, a profile's feed view, or (older layouts) a post page. */
  article: 'article',
  /** The post Instagram opens over the feed or a profile, at a /p/<code>/ URL. */
  dialog: '[role="dialog"]',
  /** The page body on a post page, which newer layouts render without an article. */
  main: 'main',
  /** The post's author row on post pages and in dialogs; also the profile page's header. */
  header: 'header',
  /** Anything that performs an action when pressed; Instagram uses all three. */
  clickable: '[role="button"], button, a',
  /** The clickables that are buttons, not links. */
  button: '[role="button"], button',
  /** The icon that names an icon button; the label sits on the svg, not on the button. */
  icon: 'svg[aria-label]',
  /** Post action bar icons are 24 px; comment hearts are smaller (16, formerly 12). */
  postIconHeight: '24',
  link: 'a[href]',
  /** The comment box of a post; direct messages use a contenteditable, never a form textarea. */
  commentBox: 'form textarea',
  commentForm: 'form',
  commentText: 'textarea',
  /** Any icon, labelled or not: the emoji button has one, the Post button none. */
  anyIcon: 'svg',
  /** The part of an icon that draws it. */
  drawing: 'path',
  /** A control the browser does not activate from the keyboard; Instagram does, on Enter or Space. */
  scriptedButton: '[role="button"]',
  /** A control that does nothing when pressed. */
  disabled: ':disabled, [aria-disabled="true"]',
  /** The comment form's Post button in older layouts; newer ones use a text div[role="button"]. */
  submitButton: 'button[type="submit"]',
  /** A double-click here is on a link, control or text field, never on the media. */
  control: 'a[href], button, textarea, input, form, svg',
  /** What the blocks beside the media hold: captions and comments start with their author's link. */
  textBlock: 'a[href], textarea',
  media: 'img, video',
  /** A video's player, laid over the video (the Reels viewer's reels). */
  player: '[role="group"]',
  /** The username heading in a profile header (h2 since 2023, h1 before). */
  profileName: 'h2, h1',
  /**
   * A reel's author link in the Reels viewer, which has no article: it points
   * to the author's reels tab and shows the avatar (the profile's own Reels
   * tab links there too, with an icon and no avatar).
   */
  reelAuthor: 'a[href$="/reels/"]',
  avatar: 'img',
  /** A comment's time stamp links to the comment: /p/<code>/c/<id>/. */
  commentPermalink: 'a[href*="/c/"]',
  /**
   * Words a person wrote (caption, comments, names) are marked dir="auto" in
   * every layout; older post pages put the caption in an h1; hashtags link
   * to their tag page.
   */
  textRun: '[dir="auto"], h1, a[href*="/explore/tags/"]',
  time: 'time',
  /** A post's time stamp links to the post (or to one of its comments). */
  permalinkTime: 'a[href*="/p/"] time, a[href*="/reel/"] time',
} as const;

/** Icon labels, English and Indonesian. */
export const InstagramLabels = {
  like: new Set(['Like', 'Suka']),
  /** A liked heart; named so that its drawing can never outvote it. */
  unlike: new Set(['Unlike', 'Tidak Suka']),
  share: new Set(['Share Post', 'Share', 'Bagikan Postingan', 'Bagikan']),
  /** A reposted post keeps the label and adds a check mark (a circle) to the icon. */
  repost: new Set(['Repost', 'Posting ulang']),
  follow: new Set(['Follow', 'Follow Back', 'Ikuti', 'Ikuti Balik']),
  /** The profile header's button once the user follows (or asked to follow) the account. */
  following: new Set(['Following', 'Mengikuti', 'Requested', 'Diminta']),
} as const;

/** The part of a reposted icon that the plain Repost icon lacks. */
export const REPOSTED_MARK = 'circle';

/**
 * How Instagram draws its action icons, the same in every language: the start
 * of the first path of each. The heart is the outline one (a liked heart is
 * another, filled drawing); the paper plane is Share.
 */
export const InstagramDrawings = {
  like: 'M16.792 3.904',
  share: 'M13.973 20.046',
} as const;
