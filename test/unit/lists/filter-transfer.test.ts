import { describe, expect, it } from 'vitest';
import { buildAccountFilter, mightContain } from '../../../src/lists/account-filter';
import { decodeFilter, encodeFilter } from '../../../src/lists/filter-transfer';

describe('filter transfer', () => {
  it('survives a JSON message round trip intact', () => {
    const keys = Array.from({ length: 20_000 }, (_, i) => `x:acct${i}`);
    const filter = buildAccountFilter(keys, keys.length);
    const received = decodeFilter(JSON.parse(JSON.stringify(encodeFilter(filter))));
    expect(received.bits).toBe(filter.bits);
    expect(received.words).toEqual(filter.words);
    expect(keys.every((key) => mightContain(received, key))).toBe(true);
  });

  it('refuses a filter whose size does not match its bytes', () => {
    const encoded = encodeFilter(buildAccountFilter(['x:a'], 1));
    expect(() => decodeFilter({ ...encoded, bits: encoded.bits * 2 })).toThrow(/bits sent with/);
  });
});
