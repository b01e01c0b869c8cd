import { followPreferences } from './follow-preferences';
import { parsePolicyFlags, POLICY_FLAGS_KEY, type PolicyFlags } from './policy-flags';
import { followLocal } from './local-value';
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
  const current = async () => resolveSettings(await prefs.current(), await flags.current());
  const notify = () => void current().then(onChange);
  const prefs = followPreferences(notify);
  const flags = followLocal<PolicyFlags>(POLICY_FLAGS_KEY, parsePolicyFlags, {}, notify);
  return {
    current,
    stop: () => {
      prefs.stop();
      flags.stop();
    },
  };
}
