import { describe, expect, it } from 'vitest';
import { accountFromHref } from '../../../src/sites/account-from-href';
import { x } from '../../../src/lists/normalise/x';
import { instagram } from '../../../src/lists/normalise/instagram';

describe('accountFromHref', () => {
  it('answers a repeated author link the same, and callers cannot change the shared answer', () => {
    const first = accountFromHref('/AniesBaswedan', 'https://x.com/', x);
    const again = accountFromHref('/AniesBaswedan', 'https://x.com/', x);
    expect(first).toEqual({ platform: 'x', id: 'aniesbaswedan' });
    expect(again).toEqual(first);
    expect(Object.isFrozen(again)).toBe(true);
  });

  it('keeps answers apart by platform: the same path is a different account on another site', () => {
    expect(accountFromHref('/prabowo/', 'https://x.com/', x)).toEqual({ platform: 'x', id: 'prabowo' });
    expect(accountFromHref('/prabowo/', 'https://www.instagram.com/', instagram)).toEqual({ platform: 'instagram', id: 'prabowo' });
  });

  it('gives null, every time, for posts, reserved pages, other sites and missing links', () => {
    for (let i = 0; i < 2; i++) {
      expect(accountFromHref('/AniesBaswedan/status/1790000000000000001', 'https://x.com/', x)).toBeNull();
      expect(accountFromHref('/home', 'https://x.com/', x)).toBeNull();
      expect(accountFromHref('https://www.instagram.com/prabowo/', 'https://x.com/', x)).toBeNull();
      expect(accountFromHref(null, 'https://x.com/', x)).toBeNull();
    }
  });
});
