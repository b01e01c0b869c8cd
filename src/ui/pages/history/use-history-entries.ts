import { useEffect, useState } from 'preact/hooks';
import type { HistoryEntry } from '../../../history/entry';
import { readEntries, type ReadState } from '../../../history/read-entries';
import { openHistoryDb } from '../../../history/store';

export interface HistoryLoad extends ReadState {
  error: string | null;
}

const STARTING: HistoryLoad = { entries: [], read: 0, damaged: 0, done: false, error: null };

/**
 * The whole history, read once when the page opens and then held in memory:
 * filtering 100,000 entries in an array is quicker than asking the store again.
 * `edit` applies a change the page made through the background (a deletion).
 */
export function useHistoryEntries(): [HistoryLoad, (edit: (entries: readonly HistoryEntry[]) => readonly HistoryEntry[]) => void] {
  const [load, setLoad] = useState<HistoryLoad>(STARTING);
  useEffect(() => {
    let live = true;
    const report = (state: ReadState) => {
      if (live) setLoad({ ...state, error: null });
    };
    openHistoryDb()
      .then((db) => readEntries(db, report))
      .then(report)
      .catch((error: unknown) => {
        if (live) setLoad((previous) => ({ ...previous, done: true, error: String(error) }));
      });
    return () => {
      live = false;
    };
  }, []);
  const edit = (change: (entries: readonly HistoryEntry[]) => readonly HistoryEntry[]) =>
    setLoad((previous) => ({ ...previous, entries: change(previous.entries) }));
  return [load, edit];
}
