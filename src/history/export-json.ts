import { z } from 'zod';
import { HistoryEntrySchema, type HistoryEntry } from './entry';

export const HISTORY_EXPORT_FORMAT = 'jaga-netral/history@1';

/** The JSON export: the entries exactly as stored, so it can be read back and checked. */
export const HistoryExportSchema = z.object({
  format: z.literal(HISTORY_EXPORT_FORMAT),
  exported: z.iso.datetime(),
  entries: z.array(HistoryEntrySchema),
});
export type HistoryExport = z.infer<typeof HistoryExportSchema>;

export function historyJson(entries: readonly HistoryEntry[], now: number): string {
  const file: HistoryExport = { format: HISTORY_EXPORT_FORMAT, exported: new Date(now).toISOString(), entries: [...entries] };
  return JSON.stringify(file, null, 2);
}
