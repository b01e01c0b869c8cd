/** Small timing helpers for the benchmarks: medians and spreads over repeated runs. */

export interface Timing {
  median: number;
  p95: number;
  min: number;
  max: number;
}

export function summarise(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: at(0.5), p95: at(0.95), min: sorted[0]!, max: sorted[sorted.length - 1]! };
}

/**
 * Per-call time of `fn` in microseconds: each sample times a batch of calls,
 * because one call is below the clock's resolution.
 */
export function microsPerCall(fn: (i: number) => unknown, { samples = 30, batch = 10_000 } = {}): Timing {
  let sink = 0;
  const results: number[] = [];
  for (let s = 0; s < samples; s++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < batch; i++) if (fn(s * batch + i)) sink++;
    results.push(Number(process.hrtime.bigint() - start) / 1000 / batch);
  }
  if (sink < 0) console.log(sink);
  return summarise(results);
}

/**
 * Both sides of one round, alternating by round which goes first, so a drift
 * in the machine's load falls on both sides.
 */
export async function alternating<A, B>(round: number, withExtension: () => Promise<A>, without: () => Promise<B>): Promise<[A, B]> {
  if (round % 2 === 0) {
    const a = await withExtension();
    return [a, await without()];
  }
  const b = await without();
  return [await withExtension(), b];
}

export function heapUsed(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
}

export interface Result {
  what: string;
  measured: string;
  target: string;
  ok: boolean;
}

export function report(results: Result[]): void {
  const width = Math.max(...results.map((r) => r.what.length));
  for (const r of results) console.log(`${r.ok ? '✓' : '✗'} ${r.what.padEnd(width)}  ${r.measured.padEnd(28)} target ${r.target}`);
}
