// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  accountFromLink,
  firstMentionedAccount,
  mentionsAccount,
} from '../../../src/sites/x/account-link';

const link = (href: string): HTMLAnchorElement => {
  const anchor = document.createElement('a');
  anchor.setAttribute('href', href);
  return anchor;
};

describe('accountFromLink', () => {
  it.each([
    ['/AniesBaswedan', 'aniesbaswedan'],
    ['/aniesbaswedan/following', 'aniesbaswedan'],
    ['https://x.com/prabowo', 'prabowo'],
    ['https://twitter.com/Prabowo', 'prabowo'],
  ])('%s is @%s', (href, id) => {
    expect(accountFromLink(link(href))).toEqual({ platform: 'x', id });
  });

  it.each([
    ['/AniesBaswedan/status/1790000000000000001', 'a post'],
    ['/home', 'a reserved page'],
    ['/hashtag/Pemilu2024', 'a hashtag'],
    ['/i/connect_people', 'an X page'],
    ['https://www.instagram.com/aniesbaswedan', 'another platform'],
    ['https://t.co/AbCdEf123', 'a shortened link'],
    ['http://[', 'no URL at all'],
  ])('%s is no X account (%s)', (href) => {
    expect(accountFromLink(link(href))).toBeNull();
  });

  it('a link without href is no account', () => {
    expect(accountFromLink(document.createElement('a'))).toBeNull();
  });
});

describe('@handle mentions', () => {
  it.each([
    ['Follow @AniesBaswedan', 'aniesbaswedan'],
    ['Ikuti @prabowo', 'prabowo'],
    ['Following @ganjarpranowo', 'ganjarpranowo'],
    ['@this_is_far_too_long_for_x then @detikcom', 'detikcom'],
  ])('%s names @%s', (text, id) => {
    expect(firstMentionedAccount(text)).toEqual({ platform: 'x', id });
  });

  it.each([['Follow'], ['Ikuti'], ['@'], ['']])('%j names nobody', (text) => {
    expect(firstMentionedAccount(text)).toBeNull();
  });

  it('matches whole handles only, in any case', () => {
    const anies = { platform: 'x', id: 'aniesbaswedan' } as const;
    expect(mentionsAccount('Anies Baswedan (@AniesBaswedan) / X', anies)).toBe(true);
    expect(mentionsAccount('(@aniesbaswedan2) / X', anies)).toBe(false);
    expect(mentionsAccount('(@anies) / X', anies)).toBe(false);
    expect(mentionsAccount('aniesbaswedan / X', anies)).toBe(false);
  });
});
