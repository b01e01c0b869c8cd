import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { readManagedPolicy, type ManagedPolicyState } from '../../settings/managed-policy';
import { flagsFromPolicy, resolveSettings, type EffectiveSettings } from '../../settings/effective-settings';
import type { Preferences } from '../../settings/preferences';

/**
 * The institution's policy as the browser holds it, read and validated by the
 * page itself (not the background's resolved flags), so that a malformed
 * policy's every problem can be shown. Null until first read.
 */
export function useManagedPolicy(): ManagedPolicyState | null {
  const [state, setState] = useState<ManagedPolicyState | null>(null);
  useEffect(() => {
    const read = () => void readManagedPolicy(browser.storage.managed).then(setState);
    const onChanged = (_changes: unknown, area: string) => {
      if (area === 'managed') read();
    };
    read();
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  return state;
}

/** The settings in force, for a page to describe; before the policy is read, the user's own. */
export function settingsInForce(prefs: Preferences, state: ManagedPolicyState | null): EffectiveSettings {
  return resolveSettings(prefs, state ? flagsFromPolicy(state) : {});
}
