import type { AccountFilterData } from './account-filter';
import { base64ToBytes, bytesToBase64 } from './base64';

/**
 * Chrome passes runtime messages as JSON, which drops typed arrays; the
 * filter travels as base64 of its bytes and is rebuilt in the tab. Both ends
 * run in the same browser, so the words' byte order matches.
 */
export function encodeFilter(filter: AccountFilterData): { bits: number; base64: string } {
  const bytes = new Uint8Array(filter.words.buffer, filter.words.byteOffset, filter.words.byteLength);
  return { bits: filter.bits, base64: bytesToBase64(bytes) };
}

export function decodeFilter(encoded: { bits: number; base64: string }): AccountFilterData {
  const bytes = base64ToBytes(encoded.base64);
  if (bytes.length * 8 !== encoded.bits) throw new Error(`filter of ${encoded.bits} bits sent with ${bytes.length} bytes`);
  return { bits: encoded.bits, words: new Uint32Array(bytes.buffer) };
}
