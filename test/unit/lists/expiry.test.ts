import { describe, expect, it } from 'vitest';
import { isExpired, localToday } from '../../../src/lists/expiry';
import { estimateAccounts, fileTooLarge, sizeProblem } from '../../../src/lists/size-limits';

describe('list expiry', () => {
  it('is out of date only after the expires day', () => {
    expect(isExpired('2026-11-25', '2026-11-26')).toBe(true);
    expect(isExpired('2026-11-26', '2026-11-26')).toBe(false);
    expect(isExpired('2027-01-01', '2026-11-26')).toBe(false);
    expect(isExpired(undefined, '2026-11-26')).toBe(false);
  });

  it("takes today in the user's time zone", () => {
    expect(localToday(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});

describe('size limits', () => {
  it('counts accounts by their platform keys, not by text in names', () => {
    const text = JSON.stringify({ entries: [{ name: 'the "platform" party', accounts: [{ platform: 'x', id: 'a' }, { platform: 'x', id: 'b' }] }] });
    expect(estimateAccounts(text)).toBe(2);
  });

  it('names the limit a file breaks', () => {
    expect(fileTooLarge(65 * 1024 * 1024)).toBe('the file is 65 MB; lists of at most 64 MB are accepted');
    expect(fileTooLarge(1024)).toBeNull();
    expect(sizeProblem('{}')).toBeNull();
  });
});
