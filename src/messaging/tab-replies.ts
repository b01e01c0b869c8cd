import { z } from 'zod/mini';

/**
 * The background's replies that content scripts read, in zod's tree-shaken
 * "mini" form: these checks ship in every site's content script, whose size
 * is budgeted, while the full zod serves the background and extension pages.
 * Each kind of schema used here adds its code to every script, so integers
 * are numbers that are multiples of 1 (multipleOf is needed anyway) and an
 * account key is typed by its one reader rather than by a transform (the two
 * together cost ~700 bytes gzipped per script).
 */

const IsoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const PeriodSchema = z.object({ from: IsoDate, until: IsoDate });

export const ListedAccountSchema = z.object({
  /** An AccountKey, or a HashtagKey (`#tag`); its reader types it so (see guard/start.ts). */
  key: z.string().check(z.regex(/^(?:(?:x|facebook|instagram|tiktok|youtube|threads):|#).+$/)),
  name: z.string(),
  role: z.optional(z.string()),
  party: z.optional(z.string()),
  listId: z.string(),
  listTitle: z.string(),
  /** Absent for a hashtag of a list as a whole. */
  entryIndex: z.optional(z.number().check(z.nonnegative(), z.multipleOf(1))),
  election: z.optional(z.string()),
  period: z.optional(PeriodSchema),
  periods: z.optional(z.array(PeriodSchema)),
});

/** A platform's account filter, as base64 of its words (see filter-transfer.ts). */
export const IndexResponseSchema = z.object({
  bits: z.number().check(z.positive(), z.multipleOf(32)),
  base64: z.string(),
});

export const DetailsResponseSchema = z.object({ accounts: z.array(z.nullable(ListedAccountSchema)) });

export const OkResponseSchema = z.object({ ok: z.literal(true) });

/** `logged` is false when the user switched history off: the decision was not written. */
export const LogResponseSchema = z.object({ ok: z.literal(true), logged: z.boolean() });
