import { generateKeyPair, signList, type KeyPair } from '../../../src/lists/signing/sign';

/** A list file as a publisher writes it; `overrides` replace top-level fields. */
export function listText(overrides: Record<string, unknown> = {}): string {
  return JSON.stringify(
    {
      format: 'jaga-netral/list@1',
      id: 'pemda-contoh',
      title: 'Daftar Pemda Contoh',
      updated: '2026-11-01',
      sources: ['https://example.org/sumber'],
      entries: [{ name: 'Calon Contoh', accounts: [{ platform: 'x', id: '@CalonContoh', source: 'https://example.org/a' }] }],
      ...overrides,
    },
    null,
    2,
  );
}

/** The signed document for a list text, as `npm run lists -- sign` writes it. */
export async function signedDocument(keys: KeyPair, sequence: number, payload = listText()): Promise<string> {
  return JSON.stringify(await signList(payload, sequence, keys.privateKey));
}

export { generateKeyPair };
