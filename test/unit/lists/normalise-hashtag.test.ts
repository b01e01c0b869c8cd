import { describe, expect, it } from 'vitest';
import { normaliseHashtag } from '../../../src/lists/normalise-hashtag';

describe('a listed hashtag as written in a list', () => {
  it.each([
    ['#AMINAjaDulu', 'aminajadulu'],
    ['aminajadulu', 'aminajadulu'],
    ['  #Prabowo2024 ', 'prabowo2024'],
    ['＃ＡＭＩＮ', 'amin'],
    ['#Café', 'café'],
  ])('%s is compared as %s', (raw, tag) => {
    expect(normaliseHashtag(raw)).toEqual({ ok: true, tag });
  });

  it.each([
    ['', 'hashtag-empty'],
    ['#', 'hashtag-empty'],
    ['  # ', 'hashtag-empty'],
    ['#AMIN aja', 'hashtag-spaces'],
    ['#AMIN\taja', 'hashtag-spaces'],
    [`#${'a'.repeat(101)}`, 'hashtag-too-long'],
    ['#AMIN!', 'hashtag-chars'],
    ['##AMIN', 'hashtag-chars'],
  ])('%j is refused: %s', (raw, code) => {
    expect(normaliseHashtag(raw)).toEqual({ ok: false, code });
  });

  it('takes 100 characters, counted as the reader sees them', () => {
    expect(normaliseHashtag(`#${'a'.repeat(100)}`).ok).toBe(true);
    expect(normaliseHashtag('ꦥ'.repeat(100)).ok).toBe(true);
  });
});
