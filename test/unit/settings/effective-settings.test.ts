import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { flagsFromPolicy, resolveSettings } from '../../../src/settings/effective-settings';
import { DEFAULT_PREFERENCES, preferences, type Preferences } from '../../../src/settings/preferences';
import { parsePolicyFlags, policyFlags } from '../../../src/settings/policy-flags';
import { followSettings } from '../../../src/settings/follow-settings';
import { syncManagedPolicy } from '../../../src/background/managed-policy-sync';

beforeEach(() => fakeBrowser.reset());

const USER: Preferences = { markers: false, language: 'en', logging: true, strict: false, warnOnlyDuringPeriod: true };

describe('resolving the settings in force', () => {
  it("is the user's own choice when no policy forces anything", () => {
    expect(resolveSettings(USER, {})).toEqual({ ...USER, hideProceed: false });
  });

  it('lets the policy override logging, strict mode and the period setting, each way', () => {
    expect(resolveSettings(USER, { logging: false, strict: true, warnOnlyDuringPeriod: false, hideProceed: true })).toEqual({
      markers: false,
      language: 'en',
      logging: false,
      strict: true,
      warnOnlyDuringPeriod: false,
      hideProceed: true,
    });
    expect(resolveSettings({ ...USER, logging: false, strict: true }, { logging: true, strict: false })).toMatchObject({
      logging: true,
      strict: false,
    });
  });

  it('takes only the settings from a policy, not its subscriptions', () => {
    const policy = { hideProceed: true, subscriptions: [{ url: 'https://x.example/l.json', publicKey: 'k' }] };
    expect(flagsFromPolicy({ status: 'active', policy })).toEqual({ hideProceed: true });
  });

  it('forces nothing from a malformed policy or from none', () => {
    expect(flagsFromPolicy({ status: 'invalid', problems: ['logging: expected boolean'] })).toEqual({});
    expect(flagsFromPolicy({ status: 'none' })).toEqual({});
  });

  it('drops only the damaged flags of a damaged stored value', () => {
    expect(parsePolicyFlags({ logging: 'off', hideProceed: true })).toEqual({ hideProceed: true });
    expect(parsePolicyFlags('garbage')).toEqual({});
  });
});

describe('syncing the managed policy into the flags tabs follow', () => {
  it('stores what a valid policy forces', async () => {
    await fakeBrowser.storage.managed.set({ hideProceed: true, logging: false });
    expect((await syncManagedPolicy(fakeBrowser.storage.managed)).status).toBe('active');
    expect(await policyFlags.getValue()).toEqual({ hideProceed: true, logging: false });
  });

  it('applies nothing of a malformed policy, and reports every problem', async () => {
    const report = vi.spyOn(console, 'error').mockImplementation(() => {});
    await policyFlags.setValue({ hideProceed: true });
    await fakeBrowser.storage.managed.set({ hideProceed: true, strict: 'always', logging: 0 });
    const state = await syncManagedPolicy(fakeBrowser.storage.managed);
    expect(state.status).toBe('invalid');
    expect(await policyFlags.getValue()).toEqual({});
    expect(String(report.mock.calls[0])).toMatch(/strict:.*logging:|logging:.*strict:/);
    report.mockRestore();
  });

  it('lifts what a policy forced once the institution removes it', async () => {
    await fakeBrowser.storage.managed.set({ strict: true });
    await syncManagedPolicy(fakeBrowser.storage.managed);
    await fakeBrowser.storage.managed.clear();
    await syncManagedPolicy(fakeBrowser.storage.managed);
    expect(await policyFlags.getValue()).toEqual({});
  });

  it('treats a browser without managed storage as no policy', async () => {
    expect(await syncManagedPolicy(undefined)).toEqual({ status: 'none' });
    expect(await policyFlags.getValue()).toEqual({});
  });
});

describe('following the settings in force', () => {
  it('answers with preferences and policy resolved, and follows a change of either', async () => {
    await preferences.setValue({ ...DEFAULT_PREFERENCES, strict: true });
    await policyFlags.setValue({ logging: false });
    const changes = vi.fn();
    const followed = followSettings(changes);
    expect(await followed.current()).toMatchObject({ strict: true, logging: false, hideProceed: false });

    await policyFlags.setValue({ logging: false, hideProceed: true });
    await vi.waitFor(() => expect(changes).toHaveBeenLastCalledWith(expect.objectContaining({ hideProceed: true })));
    await preferences.setValue({ ...DEFAULT_PREFERENCES, strict: false, logging: true });
    await vi.waitFor(() => expect(changes).toHaveBeenLastCalledWith(expect.objectContaining({ strict: false, logging: false })));
    followed.stop();
  });
});
