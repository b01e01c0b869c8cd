import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_PREFERENCES, parsePreferences, preferences, readPreferences } from '../../../src/settings/preferences';
import { followPreferences } from '../../../src/settings/follow-preferences';

beforeEach(() => fakeBrowser.reset());

describe('preferences', () => {
  it('shows markers and keeps history by default, strict mode off, language from the browser', async () => {
    expect(await readPreferences()).toEqual({ markers: true, language: 'auto', logging: true, strict: false, warnOnlyDuringPeriod: false });
  });

  it('keeps what the user chose', async () => {
    const chosen = { markers: false, language: 'en', logging: false, strict: true, warnOnlyDuringPeriod: true } as const;
    await preferences.setValue(chosen);
    expect(await readPreferences()).toEqual(chosen);
  });

  it.each([[null], ['markers'], [{ markers: 'no' }], [42], [{ logging: 'off', strict: 1 }]])(
    'falls back to defaults for a damaged value %j',
    (value) => {
      expect(parsePreferences(value)).toEqual(DEFAULT_PREFERENCES);
    },
  );

  it('keeps the valid part of a partly damaged value', () => {
    expect(parsePreferences({ markers: false, language: 'fr', logging: false, strict: 'yes' })).toEqual({
      ...DEFAULT_PREFERENCES,
      markers: false,
      logging: false,
    });
  });

  it('gives a value stored before logging and strict existed their defaults', () => {
    expect(parsePreferences({ markers: false, language: 'id' })).toEqual({ ...DEFAULT_PREFERENCES, markers: false, language: 'id' });
  });

  it('keeps warnings outside the electoral period for a value stored before that setting existed', () => {
    const stored = { markers: true, language: 'en', logging: false, strict: true };
    expect(parsePreferences(stored)).toEqual({ ...stored, warnOnlyDuringPeriod: false });
  });
});

describe('following the preferences', () => {
  it('answers with the stored value, then with each change, and tells about each', async () => {
    await preferences.setValue({ ...DEFAULT_PREFERENCES, language: 'id' });
    const onChange = vi.fn();
    const followed = followPreferences(onChange);
    expect((await followed.current()).language).toBe('id');

    await preferences.setValue({ ...DEFAULT_PREFERENCES, language: 'en', strict: true });
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledWith(expect.objectContaining({ language: 'en', strict: true })));
    expect(await followed.current()).toMatchObject({ language: 'en', strict: true });

    followed.stop();
    await preferences.setValue(DEFAULT_PREFERENCES);
    expect((await followed.current()).language).toBe('en');
  });

  it('reads a damaged stored value field by field', async () => {
    await preferences.setValue({ language: 'xx', strict: true } as never);
    expect(await followPreferences(() => {}).current()).toEqual({ ...DEFAULT_PREFERENCES, strict: true });
  });
});
