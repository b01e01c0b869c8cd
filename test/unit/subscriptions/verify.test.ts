import { beforeAll, describe, expect, it } from 'vitest';
import { verifySignedList } from '../../../src/lists/signing/verify';
import type { KeyPair } from '../../../src/lists/signing/sign';
import { generateKeyPair, listText, signedDocument } from './signed-lists';

let keys: KeyPair;
let other: KeyPair;
beforeAll(async () => {
  [keys, other] = await Promise.all([generateKeyPair(), generateKeyPair()]);
});

describe('verifying a signed list document', () => {
  it('accepts a document signed with the pinned key and hands back the exact list text', async () => {
    const result = await verifySignedList(await signedDocument(keys, 7), keys.publicKey);
    expect(result).toEqual({ ok: true, sequence: 7, payload: listText() });
  });

  it('refuses a document signed with another key', async () => {
    expect(await verifySignedList(await signedDocument(other, 7), keys.publicKey)).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it('refuses a list with one byte altered after signing', async () => {
    const document = JSON.parse(await signedDocument(keys, 7)) as { payload: string };
    document.payload = document.payload.replace('@CalonContoh', '@CalonContoi');
    expect(document.payload).not.toBe(listText());
    expect(await verifySignedList(JSON.stringify(document), keys.publicKey)).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it('refuses a raised sequence number on an old signature, so a replay cannot pass as new', async () => {
    const document = JSON.parse(await signedDocument(keys, 7)) as { sequence: number };
    document.sequence = 8;
    expect(await verifySignedList(JSON.stringify(document), keys.publicKey)).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it('refuses a signature with one bit flipped', async () => {
    const document = JSON.parse(await signedDocument(keys, 7)) as { signature: string };
    const bytes = Buffer.from(document.signature, 'base64');
    bytes[10]! ^= 1;
    document.signature = bytes.toString('base64');
    expect(await verifySignedList(JSON.stringify(document), keys.publicKey)).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it('says what is wrong with something that is not a signed document, without reading the list', async () => {
    expect(await verifySignedList(listText(), keys.publicKey)).toEqual({
      ok: false,
      reason: 'not-a-signed-document',
      detail: expect.stringContaining('format: unsupported signed document format "jaga-netral/list@1"'),
    });
    expect(await verifySignedList('{"format": "jaga', keys.publicKey)).toMatchObject({ reason: 'not-a-signed-document', detail: expect.stringMatching(/invalid JSON/) });
  });

  it('treats a public key that is no Ed25519 point as one that signed nothing', async () => {
    expect(await verifySignedList(await signedDocument(keys, 7), 'A'.repeat(43) + '=')).toEqual({ ok: false, reason: 'bad-signature' });
  });
});
