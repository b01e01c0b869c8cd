import { describe, expect, it } from 'vitest';
import { buildAccountFilter, mightContain } from '../../../src/lists/account-filter';

const keys = (n: number, prefix = 'x:listed') => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

describe('account filter', () => {
  it('never misses a listed account', () => {
    const listed = keys(50_000);
    const filter = buildAccountFilter(listed, listed.length);
    expect(listed.filter((key) => !mightContain(filter, key))).toEqual([]);
  });

  it('says "maybe" for few unlisted accounts (well under 1%)', () => {
    const listed = keys(50_000);
    const filter = buildAccountFilter(listed, listed.length);
    const probes = keys(100_000, 'x:someone-else');
    const falseMaybes = probes.filter((key) => mightContain(filter, key)).length;
    expect(falseMaybes / probes.length).toBeLessThan(0.005);
  });

  it('costs about 14 bits per account', () => {
    const filter = buildAccountFilter(keys(1000), 1000);
    expect(filter.words.byteLength).toBeGreaterThanOrEqual(1750);
    expect(filter.words.byteLength).toBeLessThanOrEqual(1760);
  });

  it('holds 1,000,000 accounts within 2 MB', () => {
    expect(buildAccountFilter([], 1_000_000).words.byteLength).toBeLessThanOrEqual(2 * 1024 * 1024);
  });

  it('answers "no" for everything when empty, and tells accounts apart by platform and case', () => {
    const empty = buildAccountFilter([], 0);
    expect(mightContain(empty, 'x:aniesbaswedan')).toBe(false);
    const filter = buildAccountFilter(['x:aniesbaswedan'], 1);
    expect(mightContain(filter, 'x:aniesbaswedan')).toBe(true);
    expect(mightContain(filter, 'instagram:aniesbaswedan')).toBe(false);
  });
});
