import { z } from 'zod';
import { storage } from 'wxt/utils/storage';

export const PreferencesSchema = z.object({
  /** Small "listed" labels on posts and profiles of listed accounts. */
  markers: z.boolean(),
  /** Interface language; `auto` follows the browser. */
  language: z.enum(['auto', 'id', 'en']),
});
export type Preferences = z.infer<typeof PreferencesSchema>;

export const DEFAULT_PREFERENCES: Preferences = { markers: true, language: 'auto' };

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
  const stored = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  // Field by field: one damaged setting must not reset the others.
  const markers = PreferencesSchema.shape.markers.safeParse(stored['markers']);
  const language = PreferencesSchema.shape.language.safeParse(stored['language']);
  return {
    markers: markers.success ? markers.data : DEFAULT_PREFERENCES.markers,
    language: language.success ? language.data : DEFAULT_PREFERENCES.language,
  };
}
