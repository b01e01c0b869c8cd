import { z } from 'zod';

/**
 * A signed list travels as one JSON document (see docs/lists.md, "Signed
 * subscriptions"): the list's exact text, a sequence number the publisher
 * raises with every release, and an Ed25519 signature over both.
 */
export const SIGNED_LIST_FORMAT = 'jaga-netral/signed-list@1';

const Base64Signature = z.string().regex(/^[A-Za-z0-9+/]{86}==$/, 'must be an Ed25519 signature in base64 (88 characters)');

export const SignedListDocumentSchema = z.object({
  format: z.literal(SIGNED_LIST_FORMAT, {
    error: (issue) => `unsupported signed document format ${JSON.stringify(issue.input)}: this version reads "${SIGNED_LIST_FORMAT}" only`,
  }),
  sequence: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
  payload: z.string(),
  signature: Base64Signature,
});
export type SignedListDocument = z.infer<typeof SignedListDocumentSchema>;

/**
 * The bytes the signature covers. The format name keeps a signature made for
 * anything else from passing here; the sequence is signed with the payload so
 * an attacker can neither raise it on an old list nor lower it on a new one.
 * The payload comes last, so no choice of sequence can shift where it starts.
 */
export function signedBytes(sequence: number, payload: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(`${SIGNED_LIST_FORMAT}\n${sequence}\n${payload}`);
}

export const ED25519 = { name: 'Ed25519' } as const;
