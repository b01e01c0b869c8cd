import { base64ToBytes, bytesToBase64 } from '../base64';
import { ED25519, SIGNED_LIST_FORMAT, signedBytes, type SignedListDocument } from './signed-document';

export interface KeyPair {
  /** PKCS #8, base64: what WebCrypto imports back for signing. */
  privateKey: string;
  /** Raw 32 bytes, base64: what subscribers pin. */
  publicKey: string;
}

export async function generateKeyPair(): Promise<KeyPair> {
  const pair = (await crypto.subtle.generateKey(ED25519, true, ['sign', 'verify'])) as CryptoKeyPair;
  const [privateKey, publicKey] = await Promise.all([
    crypto.subtle.exportKey('pkcs8', pair.privateKey),
    crypto.subtle.exportKey('raw', pair.publicKey),
  ]);
  return { privateKey: bytesToBase64(new Uint8Array(privateKey)), publicKey: bytesToBase64(new Uint8Array(publicKey)) };
}

/** Wraps a list's exact text in a signed document; throws when the private key cannot be read. */
export async function signList(payload: string, sequence: number, privateKey: string): Promise<SignedListDocument> {
  const key = await crypto.subtle.importKey('pkcs8', base64ToBytes(privateKey.trim()), ED25519, false, ['sign']);
  const signature = await crypto.subtle.sign(ED25519, key, signedBytes(sequence, payload));
  return { format: SIGNED_LIST_FORMAT, sequence, payload, signature: bytesToBase64(new Uint8Array(signature)) };
}
