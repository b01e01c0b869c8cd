import { expect, test } from 'vitest';
import { accountFromUrl, normaliseAccount } from '../../../src/lists/normalise';
import { accountKey, type AccountKey, type Platform } from '../../../src/lists/platform';

/** Input as a user writes it → the normalised id, or a pattern the rejection reason must match. */
export type NormaliseRow = readonly [input: string, expected: string | RegExp];

/** Runs a normaliseAccount table; every accepted row is also checked for idempotence. */
export function normaliseTable(platform: Platform, rows: readonly NormaliseRow[]): void {
  test.each(rows)('normaliseAccount(%j) → %s', (input, expected) => {
    const result = normaliseAccount(platform, input);
    if (typeof expected === 'string') {
      expect(result).toEqual({ ok: true, account: { platform, id: expected } });
      expect(normaliseAccount(platform, expected)).toEqual(result);
    } else {
      expect(result.ok, JSON.stringify(result)).toBe(false);
      if (!result.ok) expect(result.reason).toMatch(expected);
    }
  });
}

/** Runs an accountFromUrl table: absolute URLs, or paths resolved against `base`. */
export function urlTable(rows: readonly (readonly [url: string, key: AccountKey | null])[], base?: string): void {
  test.each(rows)('accountFromUrl(%j) → %s', (url, key) => {
    const account = accountFromUrl(base === undefined ? url : new URL(url, base));
    expect(account === null ? null : accountKey(account)).toBe(key);
  });
}
