import { z } from 'zod';
import { PlatformSchema } from '../lists/platform-schema';
import { HistoryEntrySchema } from '../history/entry';
import { PROBLEM_CODES } from '../lists/import-problem';
import { ManagedSubscriptionSchema } from '../settings/managed-policy';
import { SubscriptionSchema } from '../settings/subscriptions';

const ListIdSchema = z.string().min(1).max(64);
const TimeSchema = z.number().int().nonnegative();

/**
 * Every message a tab or an extension page sends to the background. Parsed
 * with zod on arrival: a message that does not fit is answered with an error,
 * never acted on.
 */
export const RequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('index:get'), platform: PlatformSchema }),
  z.object({ type: z.literal('index:details'), keys: z.array(z.string().max(300)).max(1000) }),
  z.object({ type: z.literal('decision:log'), entry: HistoryEntrySchema }),
  z.object({ type: z.literal('history:count-since'), since: z.number().int().nonnegative() }),
  z.object({ type: z.literal('history:delete-range'), from: TimeSchema, to: TimeSchema }).refine((r) => r.from <= r.to),
  z.object({ type: z.literal('history:delete-all') }),
  z.object({ type: z.literal('lists:import'), text: z.string() }),
  z.object({ type: z.literal('lists:summary') }),
  z.object({ type: z.literal('lists:switch'), listId: ListIdSchema, enabled: z.boolean() }),
  z.object({ type: z.literal('lists:remove'), listId: ListIdSchema }),
  z.object({ type: z.literal('lists:export'), listId: ListIdSchema }),
  z.object({ type: z.literal('rules:open'), clauseId: z.string().max(100) }),
  z.object({ type: z.literal('subscriptions:list') }),
  ManagedSubscriptionSchema.extend({ type: z.literal('subscriptions:add') }),
  z.object({ type: z.literal('subscriptions:update'), url: z.string().max(2048) }),
  z.object({ type: z.literal('subscriptions:remove'), url: z.string().max(2048) }),
  z.object({ type: z.literal('health:get') }),
  z.object({ type: z.literal('page:reading'), state: z.enum(['read', 'partial', 'unreadable', 'nothing']) }),
]);
export type Request = z.infer<typeof RequestSchema>;
export type RequestType = Request['type'];

export const ImportProblemSchema = z.object({
  path: z.string(),
  entry: z.number().int().optional(),
  /** Worded by the page in the user's language; `message` is the English. */
  code: z.enum(PROBLEM_CODES),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  message: z.string(),
});

export const ImportResponseSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), listId: z.string(), title: z.string(), accounts: z.number().int() }),
  z.object({
    ok: z.literal(false),
    /** The first few hundred problems, in file order. */
    problems: z.array(ImportProblemSchema),
    /** How many more there are, by problem code: a file can have a million. */
    hidden: z
      .object({ total: z.number().int().positive(), byCode: z.array(z.tuple([z.enum(PROBLEM_CODES), z.number().int().positive()])) })
      .optional(),
  }),
]);
export type ImportResponse = z.infer<typeof ImportResponseSchema>;

export const ListSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  /** `subscribed`: brought by a list subscription, which alone may remove it. */
  origin: z.enum(['bundled', 'imported', 'subscribed']),
  enabled: z.boolean(),
  /** Brought by the institution's policy: always on, the switch is locked. */
  managed: z.boolean(),
  updated: z.string(),
  expires: z.string().optional(),
  accounts: z.number().int(),
  /** Campaign hashtags, the list's own and its entries'. */
  hashtags: z.number().int(),
  /** Accounts per platform, every platform present. */
  platforms: z.record(z.string(), z.number().int()),
  sources: z.array(z.string()),
});
export type ListSummary = z.infer<typeof ListSummarySchema>;
export const SummaryResponseSchema = z.object({ lists: z.array(ListSummarySchema) });
export type SummaryResponse = z.infer<typeof SummaryResponseSchema>;

export const DeletedResponseSchema = z.object({ deleted: z.number().int().nonnegative() });

export const CountResponseSchema = z.object({ count: z.number().int().nonnegative() });

export const ExportResponseSchema = z.object({ text: z.string() });

export const SubscriptionsResponseSchema = z.object({ subscriptions: z.array(SubscriptionSchema) });

export const SubscriptionResponseSchema = z.object({ subscription: SubscriptionSchema });
