/**
 * Every X selector, by what it means. X ships obfuscated class names that change
 * with each deploy; its data-testid hooks and ARIA roles are what stays stable,
 * so only those appear here. When X changes its markup, this is the one file to edit.
 */
export const XSelectors = {
  /** A post in any timeline, thread or profile; timeline posts carry tabindex="0" so `l` can target them. */
  tweet: 'article[data-testid="tweet"]',
  /** The name/handle/time block of a post; the first one outside a quoted post names its author. */
  tweetAuthorName: '[data-testid="User-Name"]',
  /** A quoted post: a clickable block inside the quoting article that holds its own User-Name. */
  quotedTweet: 'div[role="link"]',
  /**
   * A post's text: its own and, inside it, the quoted post's (each has one);
   * an Article post's title and body instead.
   */
  postText: '[data-testid="tweetText"], [data-testid="twitter-article-title"], [data-testid="longformRichTextComponent"]',
  /** Without those ids, X still marks each text block with the language it is written in. */
  languageBlock: 'div[lang]',
  /** A hashtag is a link to its search, its text the tag as written (`#AMIN`). */
  hashtagLink: 'a[href*="/hashtag/"]',
  /** "X reposted" / "X memposting ulang" above a repost: names the reposter, not the author. */
  repostContext: '[data-testid="socialContext"]',
  /** The action bar under a post: reply, repost, like, views, bookmark, share. */
  actionBar: '[role="group"]',
  likeButton: '[data-testid="like"]',
  /** Opens X's Repost / Quote menu; a reposted post shows `unretweet` instead, which undoes. */
  retweetButton: '[data-testid="retweet"]',
  unretweetButton: '[data-testid="unretweet"]',
  /**
   * "Share post" / "Bagikan postingan": the action bar's other menu button. It has
   * no test id and its label is localised, so it is told apart from the repost
   * button by what it lacks; the post's "More" caret sits outside the action bar.
   */
  shareButton: '[role="group"] [aria-haspopup="menu"]:not([data-testid$="retweet"])',
  /** A like button on an already liked post: pressing it undoes the like. */
  unlikeButton: '[data-testid="unlike"]',
  /** Test ids are `<numeric user id>-follow`; the suffix match does not match `-unfollow`. */
  followButton: '[data-testid$="-follow"]',
  unfollowButton: '[data-testid$="-unfollow"]',
  /** One account in "Who to follow", lists, followers and search results. */
  userCell: '[data-testid="UserCell"]',
  /** The profile preview X opens in #layers when the pointer rests on a name. */
  hoverCard: '[data-testid="HoverCard"]',
  /** The name and @handle block in a profile page's header. */
  profileHeaderName: '[data-testid="UserName"]',
  link: 'a[href]',
  /** The display name in a profile header, whose parent is the single-line name row. */
  displayName: 'div[dir="ltr"]',
  primaryColumn: '[data-testid="primaryColumn"]',
  /** The post a status page is about; replies and ancestors in the thread carry tabindex="0". */
  focusedTweet: 'article[data-testid="tweet"][tabindex="-1"]',
  /** A modal in #layers: the reply dialog of /compose/post shows the replied-to post above its composer. */
  dialog: '[role="dialog"]',
  /** The composer's text box (`tweetTextarea_0`, `_1` … in a thread being written), or a part of it. */
  composerText: '[data-testid^="tweetTextarea_"]',
  /** The box itself, not its wrappers (`tweetTextarea_0_label`, which holds the placeholder). */
  composerBox: '[data-testid^="tweetTextarea_"][role="textbox"], [data-testid^="tweetTextarea_"][contenteditable="true"]',
  /** Post/Reply: `tweetButton` in the modal composer, `tweetButtonInline` under a post and on the home feed. */
  composerSubmit: '[data-testid="tweetButton"], [data-testid="tweetButtonInline"]',
  /** Where a key press is typing, not a shortcut: X's composer is a contenteditable textbox. */
  editable:
    'input, textarea, select, [contenteditable]:not([contenteditable="false"]), [role="textbox"]',
} as const;
