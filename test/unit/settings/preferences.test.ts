import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parsePreferences, preferences, readPreferences } from '../../../src/settings/preferences';

beforeEach(() => fakeBrowser.reset());

describe('preferences', () => {
  it('shows passive markers by default', async () => {
    expect(await readPreferences()).toEqual({ markers: true, language: 'auto' });
  });

  it('keeps what the user chose', async () => {
    await preferences.setValue({ markers: false, language: 'en' });
    expect(await readPreferences()).toEqual({ markers: false, language: 'en' });
  });

  it.each([[null], ['markers'], [{ markers: 'no' }], [42]])('falls back to defaults for a damaged value %j', (value) => {
    expect(parsePreferences(value)).toEqual({ markers: true, language: 'auto' });
  });

  it('keeps the valid part of a partly damaged value', () => {
    expect(parsePreferences({ markers: false, language: 'fr' })).toEqual({ markers: false, language: 'auto' });
    expect(parsePreferences({ markers: false })).toEqual({ markers: false, language: 'auto' });
  });
});
