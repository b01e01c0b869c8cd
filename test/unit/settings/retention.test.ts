import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { retentionCutoff } from '../../../src/history/retention';
import { DEFAULT_RETENTION, parseRetention, readRetention, retention } from '../../../src/settings/retention';

beforeEach(() => fakeBrowser.reset());

describe('history retention setting', () => {
  it('keeps a year by default', async () => {
    expect(DEFAULT_RETENTION).toBe(365);
    expect(await readRetention()).toBe(365);
  });

  it.each([30, 90, 180, 365, 730, 'forever'] as const)('keeps the choice %j', async (choice) => {
    await retention.setValue(choice);
    expect(await readRetention()).toBe(choice);
  });

  it.each([[null], [0], [31], ['365'], [-30], [{ days: 30 }], ['always']])('falls back to the default for %j', (value) => {
    expect(parseRetention(value)).toBe(365);
  });

  it('turns days into a cutoff, and "forever" into none', () => {
    expect(retentionCutoff(30, 40 * 86_400_000)).toBe(10 * 86_400_000);
    expect(retentionCutoff('forever', 40 * 86_400_000)).toBeNull();
  });
});
