// zod's mini form: content scripts read these settings, and their size is budgeted.
import { z } from 'zod/mini';
import { storage } from 'wxt/utils/storage';
import { readLocal } from './local-value';

export const PreferencesSchema = z.object({
  /** Small "listed" labels on posts and profiles of listed accounts. */
  markers: z.boolean(),
  /**
   * Interface language; `auto` follows the browser. A literal of three values
   * rather than an enum: the literal's code is in every script already, an
   * enum's would add ~220 bytes gzipped to each.
   */
  language: z.literal(['auto', 'id', 'en']),
  /** Decisions on warnings are written to the history. Off: the warning still shows, nothing is written. */
  logging: z.boolean(),
  /** Proceeding needs a typed reason or a 5-second wait. */
  strict: z.boolean(),
  /** No warnings or markers for accounts whose every list's electoral period (tahapan) is over or not yet started. */
  warnOnlyDuringPeriod: z.boolean(),
});
export type Preferences = z.infer<typeof PreferencesSchema>;

export const DEFAULT_PREFERENCES: Preferences = {
  markers: true,
  language: 'auto',
  logging: true,
  strict: false,
  warnOnlyDuringPeriod: false,
};

/** Where the preferences live in `storage.local`; tabs read it without the storage item (local-value.ts). */
export const PREFERENCES_KEY = 'preferences';

export const preferences = /* @__PURE__ */ storage.defineItem<Preferences>(`local:${PREFERENCES_KEY}`, {
  fallback: DEFAULT_PREFERENCES,
  version: 1,
});

/**
 * The stored preferences, with defaults for anything missing or malformed: a
 * damaged value must never switch protection features off silently.
 */
export async function readPreferences(): Promise<Preferences> {
  return parsePreferences(await readLocal(PREFERENCES_KEY));
}

/**
 * Field by field: one damaged setting must not reset the others, and a value
 * stored before a field existed gets that field's default.
 */
export function parsePreferences(value: unknown): Preferences {
  const stored = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const fields = Object.keys(PreferencesSchema.shape) as (keyof Preferences)[];
  return Object.fromEntries(
    fields.map((field) => {
      const parsed = z.safeParse(PreferencesSchema.shape[field], stored[field]);
      return [field, parsed.success ? parsed.data : DEFAULT_PREFERENCES[field]];
    }),
  ) as Preferences;
}
