import { TAG_CHAR, foldTag } from './hashtag';

/**
 * Web addresses, removed before looking for tags: a `#` or `@` inside one
 * (`…/pemilu#AMINAjaDulu`, `https://x.com/@user`) is part of the address.
 */
const ADDRESS = /(?:\b[a-z][a-z\d+.-]*:\/\/|\bwww\.)\S*/giu;

/**
 * A tag starts a word: not after a letter, digit, `_`, `&` (an entity such as
 * `&#39;`), `/` or another `#`/`@`. The tag is the longest run of tag
 * characters and starts with a letter, digit or `_`, so `#AMINAjaDulu` never
 * matches inside `#AMINAjaDuluBanget` and the keycap emoji `#️⃣` is no tag.
 */
const HASHTAG = new RegExp(`(?<![${TAG_CHAR}&/#@])#([\\p{L}\\p{N}_][${TAG_CHAR}]*)`, 'gu');

/** A mention as the sites write one: `@` and a handle of letters, digits, `_`, `.` and `-`. */
const MENTION = new RegExp(`(?<![${TAG_CHAR}&/#@.])@([\\p{L}\\p{N}_][${TAG_CHAR}.-]*)`, 'gu');

/** The text as tags are read in it: NFKC (a full-width `＃` is `#`), without its web addresses. */
function readable(text: string): string {
  return text.normalize('NFKC').replace(ADDRESS, ' ');
}

/** Every whole hashtag in a post's text, folded as lists are (see hashtag.ts), each once. */
export function hashtagsIn(text: string): string[] {
  if (!text.includes('#') && !text.includes('＃')) return [];
  const tags = new Set<string>();
  for (const match of readable(text).matchAll(HASHTAG)) tags.add(foldTag(match[1]!));
  return [...tags];
}

/**
 * Every `@mention` in a text, as written after its `@` without a trailing
 * `.` or `-` (the end of a sentence), each once. The platform's normaliser
 * decides which of them are accounts.
 */
export function mentionsIn(text: string): string[] {
  if (!text.includes('@') && !text.includes('＠')) return [];
  const handles = new Set<string>();
  for (const match of readable(text).matchAll(MENTION)) handles.add(match[1]!.replace(/[.-]+$/u, ''));
  return [...handles];
}
