import { followPreferences } from './follow-preferences';
import { parsePolicyFlags, POLICY_FLAGS_KEY, type PolicyFlags } from './policy-flags';
import { readLocal, watchLocal } from './local-value';
import { resolveSettings, type EffectiveSettings } from './effective-settings';

export interface FollowedSettings {
  /** The settings in force, once both first reads have answered. */
  current(): Promise<EffectiveSettings>;
  stop(): void;
}

/**
 * The user's preferences and the institution's flags, each read once and then
 * followed, resolved into the settings in force whenever either changes.
 */
export function followSettings(onChange: (next: EffectiveSettings) => void): FollowedSettings {
  let flags: PolicyFlags | null = null;
  const firstFlags = readLocal(POLICY_FLAGS_KEY)
    .then(parsePolicyFlags, () => ({}))
    // A change seen while the first read was on its way is newer than it.
    .then((read) => (flags ??= read));
  const current = async () => resolveSettings(await prefs.current(), flags ?? (await firstFlags));
  const notify = () => void current().then(onChange);
  const prefs = followPreferences(notify);
  const stopFlags = watchLocal(POLICY_FLAGS_KEY, (value) => {
    flags = parsePolicyFlags(value);
    notify();
  });
  return {
    current,
    stop: () => {
      prefs.stop();
      stopFlags();
    },
  };
}
