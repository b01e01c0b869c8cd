import { describe, expect, it } from 'vitest';
import { hrefAccounts } from '../../../src/sites/account-from-href';
import { x } from '../../../src/lists/normalise/x';
import { instagram } from '../../../src/lists/normalise/instagram';

const onX = hrefAccounts('https://x.com/', x);
const onInstagram = hrefAccounts('https://www.instagram.com/', instagram);

describe('hrefAccounts', () => {
  it('answers a repeated author link the same, and callers cannot change the shared answer', () => {
    const first = onX('/AniesBaswedan');
    const again = onX('/AniesBaswedan');
    expect(first).toEqual({ platform: 'x', id: 'aniesbaswedan' });
    expect(again).toEqual(first);
    expect(Object.isFrozen(again)).toBe(true);
  });

  it('keeps answers apart by platform: the same path is a different account on another site', () => {
    expect(onX('/prabowo/')).toEqual({ platform: 'x', id: 'prabowo' });
    expect(onInstagram('/prabowo/')).toEqual({ platform: 'instagram', id: 'prabowo' });
  });

  it('gives null, every time, for posts, reserved pages, other sites and missing links', () => {
    for (let i = 0; i < 2; i++) {
      expect(onX('/AniesBaswedan/status/1790000000000000001')).toBeNull();
      expect(onX('/home')).toBeNull();
      expect(onX('https://www.instagram.com/prabowo/')).toBeNull();
      expect(onX(null)).toBeNull();
    }
  });
});
