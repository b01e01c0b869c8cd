import { DEFAULT_PREFERENCES, PREFERENCES_KEY, parsePreferences, type Preferences } from './preferences';
import { followLocal, type FollowedValue } from './local-value';

export type FollowedPreferences = FollowedValue<Preferences>;

/**
 * The preferences, read once and then followed, so a setting changed in the
 * options page applies to an open tab's next warning without a storage read
 * at warning time.
 */
export function followPreferences(onChange: (next: Preferences) => void): FollowedPreferences {
  return followLocal(PREFERENCES_KEY, parsePreferences, DEFAULT_PREFERENCES, onChange);
}
