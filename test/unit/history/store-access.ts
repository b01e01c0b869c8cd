import type { HistoryEntry } from '../../../src/history/entry';
import { appendDecisions } from '../../../src/history/store';

/** One decision, written the way the background writes a batch. */
export function appendDecision(db: IDBDatabase, entry: HistoryEntry): Promise<void> {
  return appendDecisions(db, [entry]);
}

/**
 * The stored records, newest first, as they are on disk (unvalidated, so a
 * test sees exactly what was written). Uses only the database it is given,
 * so it works with a fake-indexeddb factory that installs no globals.
 */
export function listDecisions(db: IDBDatabase, limit = 1000): Promise<HistoryEntry[]> {
  const out: HistoryEntry[] = [];
  const cursor = db.transaction('decisions', 'readonly').objectStore('decisions').index('at').openCursor(null, 'prev');
  return new Promise((resolve, reject) => {
    cursor.onerror = () => reject(cursor.error);
    cursor.onsuccess = () => {
      const at = cursor.result;
      if (!at || out.length >= limit) return resolve(out);
      out.push(at.value as HistoryEntry);
      at.continue();
    };
  });
}
