import { retentionCutoff } from '../history/retention';
import { deleteRange } from '../history/store';
import { readRetention, type Retention } from '../settings/retention';

const HOUR_MS = 3_600_000;

export interface HistoryPruner {
  /** Deletes what is past the retention now and says how many decisions went. */
  run(): Promise<number>;
  /** `run` without waiting; a failure is logged, and the next write or start tries again. */
  start(): void;
  /** After a decision is written: prunes if the last pass was over an hour ago. */
  afterWrite(): void;
}

export interface PrunerOptions {
  readRetention(): Promise<Retention>;
  now(): number;
}

/**
 * Keeps the history within the retention setting without the alarms
 * permission: a pass when the background starts or the setting changes, and
 * after writes at most once an hour, so a burst of decisions costs one pass.
 */
export function historyPruner(
  historyDb: () => Promise<IDBDatabase>,
  options: PrunerOptions = { readRetention, now: Date.now },
): HistoryPruner {
  let lastRun = -Infinity;
  const run = async () => {
    lastRun = options.now();
    const cutoff = retentionCutoff(await options.readRetention(), lastRun);
    return cutoff === null ? 0 : deleteRange(await historyDb(), 0, cutoff - 1);
  };
  const start = () => {
    run().catch((error: unknown) => console.error('[Jaga Netral] could not prune the history', error));
  };
  return {
    run,
    start,
    afterWrite: () => {
      if (options.now() - lastRun >= HOUR_MS) start();
    },
  };
}
