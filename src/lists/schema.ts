import { z } from 'zod';
import { PlatformSchema } from './platform-schema';
import { PROBLEM_EN, quoteValue } from './import-problem';

/** The only list format this version reads; see design.md "Account ids and the list format". */
export const LIST_FORMAT = 'jaga-netral/list@1';

const Text = z.string().trim().min(1, PROBLEM_EN.empty());

// A missing date falls through to the importer's "is required".
const IsoDate = z.iso.date({
  error: (issue) => (issue.input === undefined ? undefined : PROBLEM_EN['bad-date']()),
});

const Period = z
  .looseObject({ from: IsoDate, until: IsoDate })
  .refine((period) => period.from <= period.until, { message: PROBLEM_EN['period-order'](), path: ['until'] });

/** Fields that describe a list or one entry; all optional. */
const DESCRIPTION = {
  election: Text.optional(),
  region: Text.optional(),
  expires: IsoDate.optional(),
  period: Period.optional(),
  sources: z.array(Text).optional(),
  source: Text.optional(),
  /**
   * Campaign hashtags, as written (`#AMINAjaDulu`, any case); the importer
   * replaces them with their normalised tags (src/lists/normalise-hashtag.ts).
   */
  hashtags: z.array(z.string()).optional(),
};

export const ListAccountSchema = z.looseObject({
  platform: PlatformSchema,
  /** As written in the file; the importer replaces it with the normalised id. */
  id: Text,
  source: Text.optional(),
  /** When a maintainer read the cited source and found it names this account as the contestant's (the account itself is not opened). */
  verified: IsoDate.optional(),
});

export const ListEntrySchema = z.looseObject({
  name: Text,
  role: Text.optional(),
  party: Text.optional(),
  ...DESCRIPTION,
  accounts: z.array(ListAccountSchema).min(1, PROBLEM_EN['no-accounts']()),
});

export const CandidateListSchema = z.looseObject({
  format: z.literal(LIST_FORMAT, {
    error: (issue) => PROBLEM_EN['unsupported-format']({ found: quoteValue(issue.input), supported: LIST_FORMAT }),
  }),
  id: z.string().regex(/^[a-z0-9-]{1,64}$/, PROBLEM_EN['bad-list-id']()),
  title: Text,
  updated: IsoDate,
  ...DESCRIPTION,
  entries: z.array(ListEntrySchema),
});

export type ListAccount = z.output<typeof ListAccountSchema>;
export type ListEntry = z.output<typeof ListEntrySchema>;
export type CandidateList = z.output<typeof CandidateListSchema>;
