import { TAG_CHAR, foldTag } from './hashtag';

/** A hashtag's tag after its `#`: the longest run of tag characters, starting with a letter, digit or `_` (the keycap emoji `#️⃣` is no tag). */
const TAG = new RegExp(`[\\p{L}\\p{N}_][${TAG_CHAR}]*`, 'uy');
/** A mention's handle after its `@`: the same, and `.` and `-`, which some sites' handles hold. */
const HANDLE = new RegExp(`[\\p{L}\\p{N}_][${TAG_CHAR}.-]*`, 'uy');
/** What may not come just before a tag's `#` or `@`: it would be inside a word, an entity (`&#39;`), a path, an e-mail address. */
const INSIDE = new RegExp(`[${TAG_CHAR}&/#@.]`, 'u');
const ASCII_INSIDE = /[A-Za-z0-9_&/#@.]/;
const SPACE = /\s/u;

/** Whether the character is whitespace; ASCII without a regular expression, which runs for every character walked. */
function isSpace(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code < 128 ? code <= 32 : SPACE.test(text[i]!);
}

/**
 * Whether the `#` or `@` at `at` starts a tag: not inside a word, and not in
 * a web address (`…/pemilu#AMINAjaDulu`, `www.tiktok.com/@user`), told by
 * the run of text since the last space.
 */
function startsTag(text: string, at: number): boolean {
  if (at === 0) return true;
  const code = text.charCodeAt(at - 1);
  if (code < 128) {
    if (ASCII_INSIDE.test(text[at - 1]!)) return false;
  } else {
    // The whole character before, when it is the second half of a surrogate pair.
    const low = code >= 0xdc00 && code <= 0xdfff;
    if (INSIDE.test(String.fromCodePoint(text.codePointAt(low ? at - 2 : at - 1)!))) return false;
  }
  let start = at;
  while (start > 0 && !isSpace(text, start - 1)) start--;
  const word = text.slice(start, at).toLowerCase();
  return !word.includes('://') && !word.includes('www.');
}

/**
 * Every tag after `mark` (or its full-width form) in the text, as written.
 * The marks are found by indexOf and each tag read with a sticky pattern:
 * a search with a lookbehind or a Unicode class at every position cost a
 * post several times more (test/bench/hashtags.ts).
 */
function tagsIn(text: string, mark: '#' | '@', pattern: RegExp): string[] {
  if (!text.includes(mark) && !text.includes(mark === '#' ? '＃' : '＠')) return [];
  // NFKC: a full-width `＃` or `＠` is the plain one, full-width letters are plain letters.
  const readable = text.normalize('NFKC');
  const found: string[] = [];
  for (let at = readable.indexOf(mark); at >= 0; at = readable.indexOf(mark, at + 1)) {
    pattern.lastIndex = at + 1;
    const tag = pattern.exec(readable)?.[0];
    if (tag !== undefined && startsTag(readable, at)) found.push(tag);
  }
  return found;
}

/** Every whole hashtag in a post's text, folded as lists are (see hashtag.ts), each once. */
export function hashtagsIn(text: string): string[] {
  return [...new Set(tagsIn(text, '#', TAG).map(foldTag))];
}

/**
 * Every `@mention` in a text, as written after its `@` without a trailing
 * `.` or `-` (the end of a sentence), each once. The platform's rules decide
 * which of them are accounts (see mention.ts).
 */
export function mentionsIn(text: string): string[] {
  return [...new Set(tagsIn(text, '@', HANDLE).map((handle) => handle.replace(/[.-]+$/u, '')))];
}
