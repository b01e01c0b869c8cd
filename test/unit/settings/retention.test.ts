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

  it.each([[null], [0], [31], ['365'], [-30], [{ days: 30 }], ['always']])('keeps everything when the stored value is damaged: %j', (value) => {
    expect(parseRetention(value)).toBe('forever');
  });

  it('keeps everything, deleting nothing, when the stored value is damaged', async () => {
    await fakeBrowser.storage.local.set({ historyRetention: 'tiga puluh hari' });
    expect(await readRetention()).toBe('forever');
  });

  it('turns days into a cutoff, and "forever" into none', () => {
    expect(retentionCutoff(30, 40 * 86_400_000)).toBe(10 * 86_400_000);
    expect(retentionCutoff('forever', 40 * 86_400_000)).toBeNull();
  });
});
