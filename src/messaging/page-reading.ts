import { z } from 'zod/mini';

/**
 * What the popup asks a site tab's content script (see guard/page-reading.ts).
 * zod's mini form: this check ships in every site's content script; the
 * answer is checked by the popup (ui/popup/tab-page.ts) with the full zod.
 */
export const PageReadingRequestSchema = z.object({ type: z.literal('page:reading:get') });
