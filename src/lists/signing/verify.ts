import { base64ToBytes } from '../base64';
import { jsonSyntaxProblem } from '../json-error';
import { ED25519, SignedListDocumentSchema, signedBytes } from './signed-document';

export type VerifyResult =
  | { ok: true; sequence: number; payload: string }
  | { ok: false; reason: 'not-a-signed-document'; detail: string }
  | { ok: false; reason: 'bad-signature' };

/**
 * Checks a signed list document against the pinned public key (raw 32 bytes,
 * base64). Only a payload that passes is handed on; nothing in it is read
 * before then. Never throws.
 */
export async function verifySignedList(text: string, publicKey: string): Promise<VerifyResult> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: 'not-a-signed-document', detail: jsonSyntaxProblem(text, error) };
  }
  const parsed = SignedListDocumentSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: 'not-a-signed-document', detail: `${issue?.path.join('.') || '(document)'}: ${issue?.message ?? ''}` };
  }
  const { sequence, payload, signature } = parsed.data;
  try {
    const key = await crypto.subtle.importKey('raw', base64ToBytes(publicKey), ED25519, false, ['verify']);
    const valid = await crypto.subtle.verify(ED25519, key, base64ToBytes(signature), signedBytes(sequence, payload));
    return valid ? { ok: true, sequence, payload } : { ok: false, reason: 'bad-signature' };
  } catch {
    // A key that is not a valid Ed25519 point cannot have signed anything.
    return { ok: false, reason: 'bad-signature' };
  }
}
