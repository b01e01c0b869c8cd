/**
 * No zod here: the tab normalises the hashtags it reads in a post with this
 * module, and every content script's size is budgeted.
 */

/** A listed hashtag as the filter and the background's table know it: `#` and the normalised tag. */
export type HashtagKey = `#${string}`;

/** Longest hashtag a list may carry, in code points; no site's hashtags come near it. */
export const MAX_HASHTAG = 100;

/** What may follow `#` in a hashtag on every site: letters, marks, digits, `_` and the joiners some scripts need. */
export const TAG_CHAR = '\\p{L}\\p{M}\\p{N}_\\u200c\\u200d';

/**
 * How a tag is compared: NFKC (full-width `＃ＡＭＩＮ` is `#AMIN`) and case
 * folded. `toLowerCase` after NFKC folds every case pair a hashtag can hold.
 */
export function foldTag(tag: string): string {
  return tag.normalize('NFKC').toLowerCase();
}

export function hashtagKey(tag: string): HashtagKey {
  return `#${tag}`;
}
