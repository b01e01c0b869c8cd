/**
 * Every Threads selector and label, by what it means. Threads (Meta's Comet
 * stack, like Instagram) ships generated class names that change with each
 * deploy and no test ids; what stays stable are ARIA roles, its pressable post
 * containers, link shapes (`/@user`, `/@user/post/<code>`) and the localised
 * labels on its icons and buttons. When Threads changes its markup, this is the
 * one file to edit.
 */
const POST = 'div[data-pressable-container="true"]';
const DIALOG = '[role="dialog"]';

export const ThreadsSelectors = {
  /**
   * A post, a reply, or a post quoted inside another one (nested). Buttons
   * belong to the nearest one: quoted posts have no action bar of their own.
   */
  post: POST,
  /** A post's own time stamp links to `/@<author>/post/<code>`: the author is in the URL. */
  permalink: 'a[href*="/post/"]',
  /** A profile link (the name row, the avatar, a repost's "<user> reposted" line). */
  profileLink: 'a[href^="/@"]:not([href*="/post/"])',
  /** A run of text: the post's words, and also names, time stamps and counts (told apart in post-text.ts). */
  textRun: 'span[dir="auto"]',
  /** Runs inside these are names, tags and counts, not the post's words. */
  notWords: 'a, [role="button"]',
  /** A tag links to its search; Threads shows it by name, often without `#`. */
  tagLink: 'a[href*="serp_type=tags"]',
  /** Any link: in a reply dialog, those above the editor name the post answered. */
  link: 'a[href]',
  /** Everything clickable: Threads renders buttons as `div[role="button"]` around an svg or a text. */
  control: '[role="button"]',
  /** The icon that names an icon-only control; its aria-label is localised. */
  labelledIcon: 'svg[aria-label]',
  /** Reply and new-post composers open as modal dialogs. */
  dialog: DIALOG,
  /** The composer's Lexical editor. */
  editor: '[contenteditable="true"], [role="textbox"]',
  /** The display name in a profile page's header (other h1s are skipped: see `notProfileName`). */
  profileName: 'h1',
  /**
   * Around an h1 that is not the header's name: a dialog's title, a post, or
   * a link, as threads.com's column bar is ("zuck" above the profile, linking
   * back to it), which would mark the same profile a second time.
   */
  notProfileName: `${DIALOG}, ${POST}, a`,
} as const;

/** What a control does, as far as the guard cares. */
export type ControlKind = 'like' | 'repost' | 'follow' | 'following' | 'post';

/**
 * Labels per page language (`<html lang>`). Only the labels of actions that
 * are intents appear, plus "Following" (the profile marker's followed state):
 * an undo control ("Unlike"/"Batal suka", "Unrepost"/"Batalkan posting ulang",
 * "Following"/"Mengikuti") matches no intent, so pressing it is never held.
 * Of the Indonesian labels only "Suka" is seen in a source (on Instagram, which
 * shares Threads' strings); the others are unconfirmed on a live page.
 */
export const ThreadsLabels = {
  en: {
    like: ['Like'],
    repost: ['Repost'],
    follow: ['Follow', 'Follow back'],
    following: ['Following'],
    post: ['Post'],
  },
  id: {
    like: ['Suka'],
    repost: ['Posting ulang'],
    follow: ['Ikuti', 'Ikuti balik'],
    following: ['Mengikuti'],
    post: ['Posting'],
  },
} as const satisfies Record<string, Record<ControlKind, readonly string[]>>;

/** Pages in a language without a table are read with the English one. */
export const FALLBACK_LANGUAGE: keyof typeof ThreadsLabels = 'en';

/**
 * The reply composer's prompt, "Reply to <user>…" / "Balas ke <user>…" (its
 * editor's placeholder), with the handle it names. Handles never end with a
 * dot, so trailing dots are the ellipsis.
 */
export const REPLY_PROMPT = /^(?:Reply to|Balas ke) @?([\w.]+?)\.*…?$/i;
