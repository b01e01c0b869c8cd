/**
 * Every Facebook selector and label, by what it means. Facebook (Meta's Comet
 * stack) ships generated class names that change with each deploy; what stays
 * stable are ARIA roles, `aria-posinset` on feed units, the shape of the action
 * bar (see action-bar.ts), and the localised labels of the controls. Newer
 * layouts add language-independent `data-ad-rendering-role` markers on a
 * post's author row and action buttons; no saved page from 2022 to 2024 has
 * them, so they are one signal among others. When Facebook changes its markup
 * or wording, this is the one file to edit.
 */
export const FacebookSelectors = {
  /** A unit of the news feed, a group feed or a page's timeline. */
  feedUnit: '[aria-posinset]',
  /**
   * A post outside feeds (a permalink, a photo's side panel), and also every
   * comment: Facebook makes comments articles too, nested inside their post.
   */
  article: '[role="article"]',
  /** The post's author row; the link inside names the author in every language. */
  authorRow: '[data-ad-rendering-role="profile_name"]',
  /** Older layouts without the marker head the post with a linked name in h2/h3/h4. */
  authorHeading: 'h2, h3, h4',
  link: 'a[href]',
  /** Facebook renders its buttons (likes, reactions, Follow, Share) as div[role="button"]. */
  control: '[role="button"]',
  /** Markers that Facebook puts inside the action bar's buttons, whatever the language. */
  likeMarker: '[data-ad-rendering-role="like_button"]',
  shareMarker: '[data-ad-rendering-role="share_button"]',
  /**
   * A post's text, and a shared post's inside it: marked as the message on
   * the saved pages and, in newer layouts, by its rendering role. Hashtags
   * are links to /hashtag/<tag>, their text the tag as written.
   */
  postText:
    '[data-ad-preview="message"], [data-ad-comet-preview="message"], [data-ad-rendering-role="story_message"], a[href*="/hashtag/"]',
  /** A comment's words and its author's name: runs of text in the writer's direction. */
  commentText: '[dir="auto"]',
  /** The Lexical comment box; Enter posts, and newer composers add a send button (composer.ts). */
  commentBox: 'div[role="textbox"][contenteditable="true"]',
  /** A comment thread: the comment and, below it, its replies and reply box. */
  commentThread: 'li',
  /** The page or profile name in its header; posts and dialogs hold no h1. */
  profileName: 'h1',
  /** The header's tabs (Posts, About, Photos…) link to the owner's own pages. */
  profileTab: '[role="tablist"] a[href]',
  dialog: '[role="dialog"]',
  /**
   * Where a post can sit without an article around it: a post's dialog, and
   * the photo viewer's side panel (role="complementary", in a dialog on some pages).
   */
  panel: '[role="dialog"], [role="complementary"]',
  /** The reaction bar's buttons sit in a toolbar (so does the "who reacted" summary). */
  toolbar: '[role="toolbar"]',
  /** What Facebook draws an icon with: a sprite <i>, an <svg> or an <img>. */
  icon: 'i, svg, img',
  /** A composer is a form (2022–2023 pages); its attachment buttons are a list. */
  form: 'form',
  list: 'ul',
  /** The wrapper of a composer's send button on 2023 pages: an id, not a generated class. */
  composerSubmit: '#focused-state-composer-submit',
  /** Where a key press is typing, not a shortcut. */
  editable: 'input, textarea, select, [contenteditable]:not([contenteditable="false"]), [role="textbox"]',
} as const;

/** What a Facebook control does, as far as the guard cares. */
export type ControlKind = 'like' | 'unlike' | 'share' | 'follow' | 'following';

/**
 * Labels (aria-label, else text), English and Indonesian side by side: no
 * label means one thing in one language and another in the other. The
 * reactions are the bar that opens over the Like button. A Like button of an
 * already reacted post reads "Remove Like" / "Hapus Suka" (or the reaction's
 * name after Remove / Hapus, Change / Ubah) and undoes; a header's Following,
 * Liked and Unfollow undo too. Only "Suka" is seen in a source; the other
 * Indonesian labels are Facebook's wording as shown to users, unconfirmed in code.
 * No Basa Jawa or Basa Sunda label was found in any public source: in those
 * languages the action bar is read by its shape (action-bar.ts), and a control
 * that cannot be read so is no action.
 */
export const FacebookLabels: Readonly<Record<Exclude<ControlKind, 'unlike'>, ReadonlySet<string>>> = {
  like: new Set([
    'Like', 'Love', 'Care', 'Haha', 'Wow', 'Sad', 'Angry',
    'Suka', 'Super', 'Peduli', 'Sedih', 'Marah',
  ]),
  share: new Set([
    'Share', 'Send this to friends or post it on your profile.', 'Send this to friends or post it on your Timeline.',
    'Bagikan', 'Kirimkan ini ke teman atau posting di profil Anda.',
  ]),
  follow: new Set(['Follow', 'Follow back', 'Like Page', 'Ikuti', 'Ikuti balik', 'Sukai Halaman']),
  following: new Set(['Following', 'Unfollow', 'Liked', 'Mengikuti', 'Berhenti Mengikuti', 'Disukai']),
};

/** "Remove Like", "Hapus Super", "Change Love reaction", "Ubah reaksi…": pressing it removes the reaction. */
export const REACTED_LABEL = /^(?:Remove|Hapus|Change|Ubah)\b/;
