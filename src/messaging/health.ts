import { z } from 'zod';

/**
 * Whether decisions reach the history: `full` when the device refused the
 * write for lack of space, `unavailable` when the browser would not open the
 * database at all, `failing` when a write failed for another reason.
 */
export const HistoryHealthSchema = z.object({
  state: z.enum(['ok', 'full', 'unavailable', 'failing']),
  reason: z.string().max(500).optional(),
});
export type HistoryHealth = z.infer<typeof HistoryHealthSchema>;

/** `degraded` when the stored lists could not be used and only the shipped ones warn. */
export const ListsHealthSchema = z.object({
  state: z.enum(['ok', 'degraded']),
  reason: z.string().max(500).optional(),
});
export type ListsHealth = z.infer<typeof ListsHealthSchema>;

/** The background's answer to `health:get`. */
export const HealthReportSchema = z.object({ history: HistoryHealthSchema, lists: ListsHealthSchema });
export type HealthReport = z.infer<typeof HealthReportSchema>;
