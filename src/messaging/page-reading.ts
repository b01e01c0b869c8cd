import { z } from 'zod/mini';

/**
 * What the popup asks a site tab's content script, and its answer: how much
 * of the page the site's adapter could read (see guard/page-reading.ts).
 * zod's mini form: the content script's side ships in every site's script.
 */
export const PageReadingRequestSchema = z.object({ type: z.literal('page:reading:get') });

export const ReadingStateSchema = z.enum(['read', 'unreadable', 'nothing']);

const Count = z.int().check(z.nonnegative());

export const PageReadingSchema = z.object({
  state: ReadingStateSchema,
  posts: Count,
  authors: Count,
  controls: Count,
});
