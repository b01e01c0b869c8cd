import { MAX_HASHTAG, TAG_CHAR, foldTag } from './hashtag';

export type HashtagProblemCode = 'hashtag-empty' | 'hashtag-spaces' | 'hashtag-too-long' | 'hashtag-chars';

export type HashtagResult = { ok: true; tag: string } | { ok: false; code: HashtagProblemCode };

const WHOLE_TAG = new RegExp(`^[${TAG_CHAR}]+$`, 'u');
const SPACE = /\s/u;

/**
 * A hashtag as a list maintainer writes it (`#AMINAjaDulu`, `aminajadulu`,
 * `＃ＡＭＩＮ`) to the tag it is compared by: without its `#`, NFKC, case
 * folded. Refuses what could never match a whole tag in a post.
 */
export function normaliseHashtag(raw: string): HashtagResult {
  const folded = foldTag(raw).trim();
  const tag = folded.startsWith('#') ? folded.slice(1) : folded;
  if (tag === '') return { ok: false, code: 'hashtag-empty' };
  if (SPACE.test(tag)) return { ok: false, code: 'hashtag-spaces' };
  if ([...tag].length > MAX_HASHTAG) return { ok: false, code: 'hashtag-too-long' };
  if (!WHOLE_TAG.test(tag)) return { ok: false, code: 'hashtag-chars' };
  return { ok: true, tag };
}
