// zod's mini form: every content script follows these flags.
import { z } from 'zod/mini';
import { storage } from 'wxt/utils/storage';

/**
 * What the institution's managed policy forces, as the background resolved it
 * (see src/background/managed-policy-sync.ts). Content scripts follow this
 * small item instead of validating the policy themselves: the policy's full
 * schema needs full zod, which their size budget cannot carry.
 */
export const PolicyFlagsSchema = z.object({
  logging: z.optional(z.boolean()),
  strict: z.optional(z.boolean()),
  hideProceed: z.optional(z.boolean()),
  warnOnlyDuringPeriod: z.optional(z.boolean()),
});
export type PolicyFlags = z.infer<typeof PolicyFlagsSchema>;

/** The storage.local key; content scripts read it with the plain API (see local-value.ts). */
export const POLICY_FLAGS_KEY = 'policyFlags';
export const policyFlags = /* @__PURE__ */ storage.defineItem<PolicyFlags>(`local:${POLICY_FLAGS_KEY}`, { fallback: {}, version: 1 });

/** Field by field, like the preferences: one damaged flag must not drop the others. */
export function parsePolicyFlags(value: unknown): PolicyFlags {
  const stored = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const flags: PolicyFlags = {};
  for (const field of Object.keys(PolicyFlagsSchema.shape) as (keyof PolicyFlags)[]) {
    const parsed = z.safeParse(PolicyFlagsSchema.shape[field], stored[field]);
    if (parsed.success && parsed.data !== undefined) flags[field] = parsed.data;
  }
  return flags;
}
