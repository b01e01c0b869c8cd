import { buildAccountFilter, mightContain } from '../../src/lists/account-filter';
import { normaliseAccount } from '../../src/lists/normalise';
import { heapUsed, microsPerCall, type Result } from './measure';

const ACCOUNTS = 1_000_000;

/** Index size, lookup and normalisation: what a tab pays per account and per post. */
export function microBenchmarks(): Result[] {
  const keys = Array.from({ length: ACCOUNTS }, (_, i) => `x:candidate_${i.toString(36)}`);

  // Warm up on the same keys first: compiling the code and flattening the
  // test's own strings are not the index's memory.
  buildAccountFilter(keys, keys.length);
  const before = heapUsed();
  const filter = buildAccountFilter(keys, keys.length);
  const filterBytes = heapUsed() - before;
  // The probe keys a tab looks up come from its page, not from the list.
  const listedSample = Array.from({ length: 100_000 }, (_, i) => `x:candidate_${((i * 7919) % ACCOUNTS).toString(36)}`);

  const build = microsPerCall(() => buildAccountFilter(keys, keys.length), { samples: 5, batch: 1 });
  const unlisted = Array.from({ length: 100_000 }, (_, i) => `x:reader_${i}`);
  const lookup = microsPerCall((i) => mightContain(filter, unlisted[i % unlisted.length]!));
  const listedLookup = microsPerCall((i) => mightContain(filter, listedSample[i % listedSample.length]!));
  const raw = ['@AniesBaswedan', 'https://x.com/Prabowo?s=20', 'twitter.com/ganjarpranowo/', 'kompascom'];
  const normalise = microsPerCall((i) => normaliseAccount('x', raw[i % raw.length]!).ok);

  return [
    {
      what: 'tab index, 1,000,000 accounts (heap delta)',
      measured: `${(Math.max(filterBytes, filter.words.byteLength) / 1024 / 1024).toFixed(2)} MB`,
      target: '≤ 2 MB',
      ok: Math.max(filterBytes, filter.words.byteLength) <= 2 * 1024 * 1024,
    },
    {
      what: 'lookup, unlisted account (median)',
      measured: `${lookup.median.toFixed(3)} µs (p95 ${lookup.p95.toFixed(3)})`,
      target: '≤ 1 µs',
      ok: lookup.median <= 1,
    },
    {
      what: 'lookup, listed account (median)',
      measured: `${listedLookup.median.toFixed(3)} µs (p95 ${listedLookup.p95.toFixed(3)})`,
      target: '≤ 1 µs',
      ok: listedLookup.median <= 1,
    },
    {
      what: 'build the tab index, 1,000,000 accounts',
      measured: `${(build.median / 1000).toFixed(0)} ms (min ${(build.min / 1000).toFixed(0)})`,
      target: '≤ 2000 ms (whole background build)',
      ok: build.median <= 2_000_000,
    },
    {
      what: 'normalise one account as users write it (median)',
      measured: `${normalise.median.toFixed(3)} µs`,
      target: 'part of ≤ 20 µs per post',
      ok: normalise.median <= 20,
    },
  ];
}
