import { describe, expect, it } from 'vitest';
import { quickEntry } from '../../../src/lists/quick-entry';
import { ListEntrySchema } from '../../../src/lists/schema';
import { PLATFORMS } from '../../../src/lists/platform';
import { handleLike, hostileName, seeded, unicodeString, PROTO_KEYS, type Random } from './random';

const SEED = 0x4a4e_5151;
const ENTRIES = 4_000;

/** Values a list file may hold where a text is expected, the wrong kinds included. */
function anyValue(r: Random): unknown {
  switch (r.int(0, 9)) {
    case 0: return '';
    case 1: return ` ${handleLike(r)}`;
    case 2: return `${handleLike(r)}\u00A0`;
    case 3: return r.int(-5, 5);
    case 4: return null;
    case 5: return undefined;
    case 6: return [handleLike(r)];
    case 7: return { id: handleLike(r) };
    case 8: return hostileName(r);
    default: return unicodeString(r, 12);
  }
}

function text(r: Random): unknown {
  return r.chance(0.95) ? `${r.pick(['', 'Tim ', 'Partai '])}x${handleLike(r)}` : anyValue(r);
}

function account(r: Random): unknown {
  if (r.chance(0.05)) return anyValue(r);
  const out: Record<string, unknown> = {
    platform: r.chance(0.9) ? r.pick(PLATFORMS) : r.pick(['X', 'twitter', '', 7, null]),
    id: text(r),
  };
  if (r.chance(0.3)) out['source'] = text(r);
  if (r.chance(0.1)) out['verified'] = r.pick(['2026-12-07', '2026-13-01', 'yesterday']);
  if (r.chance(0.05)) out[r.pick(PROTO_KEYS)] = anyValue(r);
  if (r.chance(0.05)) out['extra'] = anyValue(r);
  return out;
}

/** Mostly the usual entry (a name and accounts), often with one thing wrong or unusual. */
function entry(r: Random): unknown {
  if (r.chance(0.03)) return anyValue(r);
  const out: Record<string, unknown> = { name: text(r) };
  if (r.chance(0.05)) delete out['name'];
  const count = r.chance(0.95) ? r.int(1, 4) : 0;
  out['accounts'] = r.chance(0.05) ? anyValue(r) : Array.from({ length: count }, () => account(r));
  for (const field of ['role', 'party', 'election', 'region', 'source'] as const) if (r.chance(0.15)) out[field] = text(r);
  if (r.chance(0.15)) out['sources'] = r.chance(0.8) ? [text(r), text(r)] : anyValue(r);
  if (r.chance(0.15)) out['hashtags'] = r.chance(0.8) ? [`#${handleLike(r)}`, anyValue(r)] : anyValue(r);
  if (r.chance(0.05)) out['expires'] = r.pick(['2027-01-01', '2027-02-30', 5]);
  if (r.chance(0.05)) out['period'] = { from: '2024-01-01', until: r.pick(['2024-12-31', '2023-01-01']) };
  if (r.chance(0.08)) out[r.pick(PROTO_KEYS)] = anyValue(r);
  // Lists reach the importer as JSON (files, subscriptions, managed policy), which has no undefined.
  return JSON.parse(JSON.stringify(out));
}

describe('the importer\'s fast path for the usual entry', () => {
  it('accepts only entries zod accepts, and gives back exactly what zod gives back', () => {
    const r = seeded(SEED);
    let quick = 0;
    for (let i = 0; i < ENTRIES; i++) {
      const input = entry(r);
      const fast = quickEntry(input);
      if (fast === null) continue;
      quick++;
      const checked = ListEntrySchema.safeParse(input);
      expect.soft(checked.success, JSON.stringify(input)).toBe(true);
      if (checked.success) expect.soft(fast, JSON.stringify(input)).toStrictEqual(checked.data);
    }
    // The fast path must actually be taken for the usual entry, else this test proves nothing.
    expect(quick).toBeGreaterThan(ENTRIES / 5);
  });
});
