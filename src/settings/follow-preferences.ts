import { DEFAULT_PREFERENCES, PREFERENCES_KEY, parsePreferences, readPreferences, type Preferences } from './preferences';
import { watchLocal } from './local-value';

export interface FollowedPreferences {
  /** The latest preferences, once the first read has answered. */
  current(): Promise<Preferences>;
  stop(): void;
}

/**
 * Reads the preferences once and then follows every change, so a setting
 * changed in the options page applies to an open tab's next warning without
 * a storage read at warning time.
 */
export function followPreferences(onChange: (next: Preferences) => void): FollowedPreferences {
  let latest: Preferences | null = null;
  const first = readPreferences()
    .catch(() => DEFAULT_PREFERENCES)
    // A change seen while the first read was on its way is newer than it.
    .then((read) => (latest ??= read));
  const stop = watchLocal(PREFERENCES_KEY, (value) => {
    latest = parsePreferences(value);
    onChange(latest);
  });
  return { current: async () => latest ?? first, stop };
}
