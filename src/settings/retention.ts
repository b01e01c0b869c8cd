import { z } from 'zod';
import { storage } from 'wxt/utils/storage';

/** How long decisions stay in the history, in days, or `forever`. */
export const RETENTION_CHOICES = [30, 90, 180, 365, 730, 'forever'] as const;
export const RetentionSchema = z.literal(RETENTION_CHOICES);
export type Retention = z.infer<typeof RetentionSchema>;

export const DEFAULT_RETENTION: Retention = 365;

export const retention = storage.defineItem<Retention>('local:historyRetention', {
  fallback: DEFAULT_RETENTION,
  version: 1,
});

/**
 * The stored retention. An unset value reads as the default (the item's
 * fallback); a damaged one keeps everything: the pruner deletes history, and a
 * value nobody can read must never be the reason a user's record disappears.
 */
export function parseRetention(value: unknown): Retention {
  const parsed = RetentionSchema.safeParse(value);
  return parsed.success ? parsed.data : 'forever';
}

export async function readRetention(): Promise<Retention> {
  return parseRetention(await retention.getValue());
}
