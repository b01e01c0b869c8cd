import { z } from 'zod';
import { storage } from 'wxt/utils/storage';
import { ManagedSubscriptionSchema } from './managed-policy';

/** Why the last check of a subscription did not change the list in force; the options page words each one. */
export const SUBSCRIPTION_ERRORS = [
  'no-permission',
  'network',
  'timeout',
  'http-status',
  'too-large',
  'not-a-signed-document',
  'bad-signature',
  'replayed',
  'older-list',
  'conflicting-version',
  'invalid-list',
  'list-id-changed',
  'list-id-taken',
] as const;
export type SubscriptionErrorCode = (typeof SUBSCRIPTION_ERRORS)[number];

const Time = z.number().int().nonnegative();

export const SubscriptionErrorSchema = z.object({
  code: z.enum(SUBSCRIPTION_ERRORS),
  /** Technical detail (HTTP status, schema problems), shown under the plain words. */
  detail: z.string().optional(),
  at: Time,
});
export type SubscriptionError = z.infer<typeof SubscriptionErrorSchema>;

/** What was last accepted from a subscription: the replay check compares every update with it. */
export const AcceptedVersionSchema = z.object({
  listId: z.string(),
  title: z.string(),
  sequence: z.number().int().nonnegative(),
  updated: z.string(),
  /** SHA-256 of the payload, base64: the same sequence must always carry the same list. */
  digest: z.string(),
  at: Time,
});
export type AcceptedVersion = z.infer<typeof AcceptedVersionSchema>;

export const SubscriptionSchema = ManagedSubscriptionSchema.extend({
  /** Preloaded by the institution's policy: the user cannot remove it. */
  managed: z.boolean(),
  accepted: AcceptedVersionSchema.optional(),
  lastCheckedAt: Time.optional(),
  lastError: SubscriptionErrorSchema.optional(),
  /** Failed checks in a row since the last success. */
  failures: z.number().int().nonnegative(),
  nextCheckAt: Time,
});
export type Subscription = z.infer<typeof SubscriptionSchema>;

export const SubscriptionsSchema = z.array(SubscriptionSchema);

/** Written only by the background, one change at a time (see background/subscriptions/store.ts). */
export const subscriptions = storage.defineItem<Subscription[]>('local:subscriptions', {
  fallback: [],
  version: 1,
});

/** The host permission a subscription needs: its URL's origin, every path. */
export function originPattern(url: string): string {
  return `${new URL(url).origin}/*`;
}

/** The stored subscriptions, refusing stored data that no longer fits the schema rather than losing it. */
export async function readSubscriptions(): Promise<Subscription[]> {
  const parsed = SubscriptionsSchema.safeParse(await subscriptions.getValue());
  if (!parsed.success) throw new Error(`stored subscriptions are corrupt: ${parsed.error.issues[0]?.message ?? 'unknown problem'}`);
  return parsed.data;
}
