import type { HistoryEntry } from './entry';

const DB_NAME = 'jaga-netral-history';
const STORE = 'decisions';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function transactionDone(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('history write aborted'));
  });
}

export function openHistoryDb(factory: IDBFactory = indexedDB): Promise<IDBDatabase> {
  const open = factory.open(DB_NAME, 1);
  open.onupgradeneeded = () => {
    const store = open.result.createObjectStore(STORE, { keyPath: 'id' });
    store.createIndex('at', 'at');
  };
  return request(open);
}

/**
 * Writes one decision. `put` keyed by the decision's own id makes a retried
 * write idempotent: the same decision is stored once however often it is sent.
 */
export async function appendDecision(db: IDBDatabase, entry: HistoryEntry): Promise<void> {
  const tx = db.transaction(STORE, 'readwrite');
  tx.objectStore(STORE).put(entry);
  await transactionDone(tx);
}

/** Newest first. */
export async function listDecisions(db: IDBDatabase, limit = 1000): Promise<HistoryEntry[]> {
  const tx = db.transaction(STORE, 'readonly');
  const index = tx.objectStore(STORE).index('at');
  const out: HistoryEntry[] = [];
  await new Promise<void>((resolve, reject) => {
    const cursorReq = index.openCursor(null, 'prev');
    cursorReq.onerror = () => reject(cursorReq.error);
    cursorReq.onsuccess = () => {
      const cursor = cursorReq.result;
      if (!cursor || out.length >= limit) return resolve();
      out.push(cursor.value as HistoryEntry);
      cursor.continue();
    };
  });
  return out;
}
