// Institution policy: what an employer's IT department sets through the
// browser's managed storage (Chrome: enterprise policy checked against
// public/managed-schema.json; Firefox: policies.json "3rdparty" → Extensions).
// The page-facing content scripts never read this directly: the background and
// the extension pages resolve it into effective settings.
import { z } from 'zod';

/** Raw Ed25519 public key, base64 (32 bytes → 44 characters with padding). */
export const PublicKeySchema = z
  .string()
  .regex(/^[A-Za-z0-9+/]{43}=$/, 'an Ed25519 public key in base64 (44 characters)');

export const ManagedSubscriptionSchema = z.object({
  /** Where the signed list document is published; https only. */
  url: z.url({ protocol: /^https$/ }),
  /** The key the document must be signed with. */
  publicKey: PublicKeySchema,
});
export type ManagedSubscription = z.infer<typeof ManagedSubscriptionSchema>;

export const ManagedPolicySchema = z.object({
  /** Signed list subscriptions the institution preloads; users cannot remove them. */
  subscriptions: z.array(ManagedSubscriptionSchema).max(50).optional(),
  /** Forces decision logging on or off; absent: the user chooses. */
  logging: z.boolean().optional(),
  /** Forces strict mode on or off; absent: the user chooses. */
  strict: z.boolean().optional(),
  /** The warning offers only Cancel: the held action can never proceed. */
  hideProceed: z.boolean().optional(),
  /** Forces warnings to be limited to each list's electoral period (or not). */
  warnOnlyDuringPeriod: z.boolean().optional(),
});
export type ManagedPolicy = z.infer<typeof ManagedPolicySchema>;

export type ManagedPolicyState =
  | { status: 'none' }
  | { status: 'active'; policy: ManagedPolicy }
  /** A policy is set but malformed: nothing of it applies, and the options page says why. */
  | { status: 'invalid'; problems: string[] };

interface ManagedArea {
  get(keys?: null): Promise<Record<string, unknown>>;
}

/**
 * Reads and validates the managed policy. Browsers without a policy (no
 * managed storage, or Firefox's "Managed storage manifest not found") yield
 * `none`; a malformed policy yields `invalid` with every problem named,
 * never a partial policy: half of an institution's intent could be worse
 * than none of it, and the user is told.
 */
export async function readManagedPolicy(area: ManagedArea | undefined): Promise<ManagedPolicyState> {
  if (!area) return { status: 'none' };
  let raw: Record<string, unknown>;
  try {
    raw = await area.get(null);
  } catch {
    return { status: 'none' };
  }
  if (Object.keys(raw).length === 0) return { status: 'none' };
  const parsed = ManagedPolicySchema.safeParse(raw);
  if (parsed.success) return { status: 'active', policy: parsed.data };
  return {
    status: 'invalid',
    problems: parsed.error.issues.map((issue) => `${issue.path.join('.') || '(policy)'}: ${issue.message}`),
  };
}
