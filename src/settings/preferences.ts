import { z } from 'zod';
import { storage } from 'wxt/utils/storage';

export const PreferencesSchema = z.object({
  /** Small "listed" labels on posts and profiles of listed accounts. */
  markers: z.boolean(),
});
export type Preferences = z.infer<typeof PreferencesSchema>;

export const DEFAULT_PREFERENCES: Preferences = { markers: true };

export const preferences = storage.defineItem<Preferences>('local:preferences', {
  fallback: DEFAULT_PREFERENCES,
  version: 1,
});

/**
 * The stored preferences, with defaults for anything missing or malformed: a
 * damaged value must never switch protection features off silently.
 */
export async function readPreferences(): Promise<Preferences> {
  return parsePreferences(await preferences.getValue());
}

export function parsePreferences(value: unknown): Preferences {
  const parsed = PreferencesSchema.partial().safeParse(value);
  return { ...DEFAULT_PREFERENCES, ...(parsed.success ? parsed.data : {}) };
}
