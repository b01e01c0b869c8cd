import type { ManagedPolicyState } from './managed-policy';
import type { PolicyFlags } from './policy-flags';
import type { Preferences } from './preferences';

/** The settings in force: the user's preferences with what the institution forces laid over them. */
export interface EffectiveSettings extends Preferences {
  /** The warning offers only Cancel: the institution decided the held action can never proceed. */
  hideProceed: boolean;
}

/** The settings a managed policy can force, and which the options page shows as locked. */
export const MANAGED_SETTINGS = ['logging', 'strict', 'hideProceed', 'warnOnlyDuringPeriod'] as const satisfies readonly (keyof PolicyFlags)[];

/**
 * What a managed policy forces. A malformed policy forces nothing: the
 * contract is all or none, and the options page names its problems.
 * Subscriptions are not settings; they are the subscription feature's.
 */
export function flagsFromPolicy(state: ManagedPolicyState): PolicyFlags {
  if (state.status !== 'active') return {};
  const flags: PolicyFlags = {};
  for (const setting of MANAGED_SETTINGS) {
    const value = state.policy[setting];
    if (value !== undefined) flags[setting] = value;
  }
  return flags;
}

export function resolveSettings(prefs: Preferences, flags: PolicyFlags): EffectiveSettings {
  return {
    ...prefs,
    logging: flags.logging ?? prefs.logging,
    strict: flags.strict ?? prefs.strict,
    warnOnlyDuringPeriod: flags.warnOnlyDuringPeriod ?? prefs.warnOnlyDuringPeriod,
    hideProceed: flags.hideProceed ?? false,
  };
}
