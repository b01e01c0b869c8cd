import { describe, expect, it } from 'vitest';
import { safeParse } from 'zod/mini';
import { DetailsResponseSchema, IndexResponseSchema } from '../../../src/messaging/tab-replies';

const account = { key: 'x:aniesbaswedan', name: 'Anies', listId: 'pilpres-2024', listTitle: 'Pemilu 2024', entryIndex: 0 };
const details = (overrides: Record<string, unknown>) => safeParse(DetailsResponseSchema, { accounts: [{ ...account, ...overrides }, null] });

describe('what a tab accepts from the background', () => {
  it('a listed account whose key names one of the six platforms, at a whole entry index', () => {
    expect(details({}).success).toBe(true);
    expect(details({ key: 'youtube:@aniesbaswedan', entryIndex: 12 }).success).toBe(true);
    expect(details({ key: 'myspace:anies' }).success).toBe(false);
    expect(details({ key: 'x:' }).success).toBe(false);
    expect(details({ entryIndex: 1.5 }).success).toBe(false);
    expect(details({ entryIndex: -1 }).success).toBe(false);
  });

  it('a filter of whole 32-bit words', () => {
    expect(safeParse(IndexResponseSchema, { bits: 64, base64: '' }).success).toBe(true);
    expect(safeParse(IndexResponseSchema, { bits: 48, base64: '' }).success).toBe(false);
    expect(safeParse(IndexResponseSchema, { bits: 0, base64: '' }).success).toBe(false);
    expect(safeParse(IndexResponseSchema, { bits: 32.5, base64: '' }).success).toBe(false);
  });
});
