import { z } from 'zod';

/**
 * What the background says, while it imports a long list, to the extension
 * pages (the options page shows it as a progress bar). Sent, never answered.
 */
export const ImportProgressMessageSchema = z.object({
  type: z.literal('lists:import-progress'),
  progress: z.discriminatedUnion('stage', [
    z.object({ stage: z.literal('checking'), done: z.number().int().nonnegative(), total: z.number().int().nonnegative() }),
    z.object({ stage: z.literal('saving') }),
  ]),
});
export type ImportProgress = z.infer<typeof ImportProgressMessageSchema>['progress'];
