import type { AccountFilterData } from './account-filter';

/**
 * Chrome passes runtime messages as JSON, which drops typed arrays; the
 * filter travels as base64 of its bytes and is rebuilt in the tab. Both ends
 * run in the same browser, so the words' byte order matches.
 */
export function encodeFilter(filter: AccountFilterData): { bits: number; base64: string } {
  const bytes = new Uint8Array(filter.words.buffer, filter.words.byteOffset, filter.words.byteLength);
  let binary = '';
  // Chunked: String.fromCharCode with a million arguments overflows the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { bits: filter.bits, base64: btoa(binary) };
}

export function decodeFilter(encoded: { bits: number; base64: string }): AccountFilterData {
  const binary = atob(encoded.base64);
  if (binary.length * 8 !== encoded.bits) throw new Error(`filter of ${encoded.bits} bits sent with ${binary.length} bytes`);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return { bits: encoded.bits, words: new Uint32Array(bytes.buffer) };
}
