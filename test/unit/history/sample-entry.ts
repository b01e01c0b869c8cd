import type { HistoryEntry } from '../../../src/history/entry';

/** Decision number `n`: ids and times grow with n, so order is easy to assert. */
export function sampleEntry(n: number, overrides: Partial<HistoryEntry> = {}): HistoryEntry {
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    at: 1_700_000_000_000 + n * 1000,
    platform: 'x',
    account: 'x:aniesbaswedan',
    entryLabel: 'Anies Rasyid Baswedan',
    listId: 'pilpres-2024',
    intent: 'like',
    clause: 'skb-2022-lampiran-ii-media-sosial',
    decision: 'cancelled',
    origin: 'https://x.com',
    ...overrides,
  };
}
