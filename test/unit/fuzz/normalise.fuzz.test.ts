import { describe, expect, it } from 'vitest';
import { accountFromUrl, normaliseAccount, type NormaliseResult } from '../../../src/lists/normalise';
import { PLATFORMS, type AccountRef, type Platform } from '../../../src/lists/platform';
import { accountInput, seeded, urlLike } from './random';

const SEED = 0x4a4e_0008;
const PER_PLATFORM = 5_000;
const URLS = 5_000;

/** The shape a normalised id has on each platform (design.md "Account ids"). */
const ID_SHAPE: Readonly<Record<Platform, RegExp>> = {
  x: /^[a-z0-9_]{1,15}$/,
  facebook: /^(?:\d+|[a-z0-9.-]{1,50})$/,
  instagram: /^[a-z0-9._]{1,30}$/,
  threads: /^[a-z0-9._]{1,30}$/,
  tiktok: /^[a-z0-9._]{2,24}$/,
  youtube: /^(?:UC[A-Za-z0-9_-]{22}|@[\p{L}\p{N}\p{M}._·-]{3,30}|(?:c|user)\/[\p{L}\p{N}\p{M}._-]{1,100})$/u,
};

/** Why an input broke a property, with the input escaped so it can be pasted into a test. */
function failure(input: string, problem: string): string {
  return `${problem} for input ${JSON.stringify(input)}`;
}

function checkResult(platform: Platform, input: string, result: NormaliseResult, failures: string[]): void {
  if (!result.ok) {
    if (typeof result.reason !== 'string' || result.reason.trim() === '') failures.push(failure(input, 'empty reason'));
    return;
  }
  checkAccount(input, result.account, failures, platform);
}

function checkAccount(input: string, account: AccountRef, failures: string[], platform = account.platform): void {
  if (account.platform !== platform) failures.push(failure(input, `platform ${account.platform} instead of ${platform}`));
  if (!ID_SHAPE[account.platform].test(account.id)) failures.push(failure(input, `id ${JSON.stringify(account.id)} has the wrong shape`));
  const again = normaliseAccount(account.platform, account.id);
  if (!again.ok || again.account.id !== account.id || again.account.platform !== account.platform) {
    failures.push(failure(input, `not idempotent: ${JSON.stringify(account.id)} then ${JSON.stringify(again)}`));
  }
}

/** Runs one input; a throw is recorded as a failure rather than ending the run. */
function attempt(input: string, failures: string[], run: () => void): void {
  try {
    run();
  } catch (error) {
    failures.push(failure(input, `threw ${String(error)}`));
  }
}

describe('normaliser under fuzzing (seed 0x4a4e0008)', () => {
  let ran = 0;

  it.each(PLATFORMS)('%s: never throws, ok ids are idempotent and well shaped, rejections say why', (platform) => {
    const r = seeded(SEED ^ PLATFORMS.indexOf(platform));
    const failures: string[] = [];
    let accepted = 0;
    for (let i = 0; i < PER_PLATFORM; i++) {
      const input = accountInput(r);
      attempt(input, failures, () => {
        const result = normaliseAccount(platform, input);
        if (result.ok) accepted++;
        checkResult(platform, input, result, failures);
      });
    }
    ran += PER_PLATFORM;
    expect(failures.slice(0, 10)).toEqual([]);
    // The generators must reach the accepting paths too, or idempotence was never tested.
    expect(accepted).toBeGreaterThan(PER_PLATFORM / 50);
  });

  it('accountFromUrl: never throws; every account found is idempotent and well shaped', () => {
    const r = seeded(SEED + 1);
    const failures: string[] = [];
    let found = 0;
    for (let i = 0; i < URLS; i++) {
      const input = urlLike(r);
      attempt(input, failures, () => {
        const account = accountFromUrl(input);
        if (account === null) return;
        found++;
        checkAccount(input, account, failures);
        // The profile URL as a user would paste it gives the same account.
        const pasted = normaliseAccount(account.platform, input);
        if (pasted.ok && pasted.account.id !== account.id) failures.push(failure(input, 'accountFromUrl and normaliseAccount disagree'));
      });
    }
    ran += URLS;
    console.log(`normalise fuzz: ${ran} generated inputs (${PER_PLATFORM} per platform × ${PLATFORMS.length} + ${URLS} URLs), seed ${SEED}`);
    expect(failures.slice(0, 10)).toEqual([]);
    expect(found).toBeGreaterThan(URLS / 50);
  });
});
