import { z } from 'zod';
import { IntentSchema } from '../guard/intent-schema';
import { PlatformSchema } from '../lists/platform-schema';

export const DecisionSchema = z.enum(['cancelled', 'proceeded']);
export type Decision = z.infer<typeof DecisionSchema>;

/**
 * One decision the user took on a warning. `id` is chosen by the tab when the
 * decision is taken, so a write retried after a service-worker restart lands
 * on the same record instead of adding a second one.
 */
export const HistoryEntrySchema = z.object({
  id: z.uuid(),
  at: z.number().int().nonnegative(),
  platform: PlatformSchema,
  /** The account the warning named; empty for a new post only a hashtag decided. */
  account: z.string().regex(/^(?:[a-z]+:.+)?$/),
  /** The list entry's name, kept so history stays readable after a list changes. */
  entryLabel: z.string().max(500),
  listId: z.string().max(64),
  intent: IntentSchema,
  clause: z.string().max(100),
  decision: DecisionSchema,
  /** Origin only (no path): enough to review, nothing about what was read. */
  origin: z.url({ protocol: /^https?$/ }).max(200),
  /**
   * What decided the warning, as its `data-match`: `account`, `hashtag:#<tag>`
   * or `mention:<platform>:<id>`. Absent in entries written before hashtags
   * and mentions were guarded, which were all decided by the account.
   */
  match: z
    .string()
    .max(400)
    .regex(/^(?:account|hashtag:#.+|mention:[a-z]+:.+)$/)
    .optional(),
  /** Why the user proceeded, when strict mode asked and they typed one. */
  reason: z.string().max(500).optional(),
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;
