import { z } from 'zod/mini';
import type { AccountKey } from '../lists/platform';

/**
 * The background's replies that content scripts read, in zod's tree-shaken
 * "mini" form: these checks ship in every site's content script, whose size
 * is budgeted, while the full zod serves the background and extension pages.
 */

const IsoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const PeriodSchema = z.object({ from: IsoDate, until: IsoDate });

export const ListedAccountSchema = z.object({
  key: z.pipe(
    z.string().check(z.regex(/^[a-z]+:.+$/)),
    z.transform((key) => key as AccountKey),
  ),
  name: z.string(),
  role: z.optional(z.string()),
  party: z.optional(z.string()),
  listId: z.string(),
  listTitle: z.string(),
  entryIndex: z.int().check(z.nonnegative()),
  election: z.optional(z.string()),
  period: z.optional(PeriodSchema),
  periods: z.optional(z.array(PeriodSchema)),
});

/** A platform's account filter, as base64 of its words (see filter-transfer.ts). */
export const IndexResponseSchema = z.object({
  bits: z.int().check(z.positive(), z.multipleOf(32)),
  base64: z.string(),
});

export const DetailsResponseSchema = z.object({ accounts: z.array(z.nullable(ListedAccountSchema)) });

export const OkResponseSchema = z.object({ ok: z.literal(true) });

/** `logged` is false when the user switched history off: the decision was not written. */
export const LogResponseSchema = z.object({ ok: z.literal(true), logged: z.boolean() });
