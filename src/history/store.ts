import type { HistoryEntry } from './entry';

const DB_NAME = 'jaga-netral-history';
const STORE = 'decisions';
const AT = 'at';

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

/** Calls `visit` for each record a cursor reaches until it returns false or the cursor ends. */
function walk<C extends IDBCursor>(cursorReq: IDBRequest<C | null>, visit: (cursor: C) => boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    cursorReq.onerror = () => reject(cursorReq.error);
    cursorReq.onsuccess = () => {
      const cursor = cursorReq.result;
      if (!cursor || !visit(cursor)) return resolve();
      cursor.continue();
    };
  });
}

export function openHistoryDb(factory: IDBFactory = indexedDB): Promise<IDBDatabase> {
  const open = factory.open(DB_NAME, 1);
  open.onupgradeneeded = () => {
    const store = open.result.createObjectStore(STORE, { keyPath: 'id' });
    store.createIndex(AT, AT);
  };
  return request(open);
}

/**
 * Writes decisions in one transaction: all or none. `put` keyed by each
 * decision's own id makes a retried write idempotent: the same decision is
 * stored once however often it is sent.
 */
export async function appendDecisions(db: IDBDatabase, entries: readonly HistoryEntry[]): Promise<void> {
  const tx = db.transaction(STORE, 'readwrite');
  const store = tx.objectStore(STORE);
  try {
    for (const entry of entries) store.put(entry);
  } catch (error) {
    // A put refused at once (a value the store cannot clone) would otherwise
    // leave the puts before it to commit on their own: all or none.
    tx.abort();
    throw error;
  }
  // Committed as soon as the puts are done, without waiting for their
  // success events to reach this (busy) worker and the transaction to go
  // idle: with twenty tabs deciding at once that wait was the larger part
  // of each transaction (decisions benchmark: transaction p95 17-23 ms
  // before, 10-13 ms after).
  tx.commit();
  await transactionDone(tx);
}

/** How many decisions were taken at or after `since` (ms), counted on the time index without reading them. */
export async function countDecisionsSince(db: IDBDatabase, since: number): Promise<number> {
  const tx = db.transaction(STORE, 'readonly');
  return request(tx.objectStore(STORE).index(AT).count(IDBKeyRange.lowerBound(since)));
}

/** Where a paged read stopped: the last record handed over, by time and id. */
export interface PagePosition {
  at: number;
  id: string;
}

export interface RecordPage {
  /** As stored: nothing here has been validated. */
  records: unknown[];
  /** Where the next page starts; null after the oldest record. */
  next: PagePosition | null;
}

/** Where a page lies in the time index, and the request for its values. */
interface FoundPage {
  /** Records at the page's start time already handed over on the previous page (ties on `at`). */
  startTies: number;
  /** The page's last record; null when fewer than a page's records are left. */
  end: PagePosition | null;
  /** Every record from the end's time to the start's, oldest first. */
  values: IDBRequest<unknown[]>;
}

/**
 * Walks a key cursor to the page's first record (past the previous page's
 * ties), then `advance`s to its last, and asks for the values between their
 * times from inside the cursor's event, while the transaction is surely
 * active. Null when no record is left.
 */
function findPage(index: IDBIndex, after: PagePosition | null, size: number): Promise<FoundPage | null> {
  const cursorReq = index.openKeyCursor(after ? IDBKeyRange.upperBound(after.at) : null, 'prev');
  return new Promise((resolve, reject) => {
    let start: IDBValidKey | null = null;
    let startTies = 0;
    const found = (end: PagePosition | null) => {
      const range = end ? IDBKeyRange.bound(end.at, start!) : IDBKeyRange.upperBound(start!);
      resolve({ startTies, end, values: index.getAll(range) });
    };
    cursorReq.onerror = () => reject(cursorReq.error);
    // An error thrown in an event handler goes to the event loop, not to
    // this promise: caught here, or the page would wait for it forever.
    cursorReq.onsuccess = () => {
      try {
        const cursor = cursorReq.result;
        if (!cursor) return start === null ? resolve(null) : found(null);
        const position = { at: cursor.key as number, id: cursor.primaryKey as string };
        if (start !== null) return found(position);
        // Records sharing the boundary time come in descending id order: those
        // at or above the last id were on the previous page.
        if (after && position.at === after.at && position.id >= after.id) {
          startTies++;
          return cursor.continue();
        }
        // Ties passed at a later time than the start are outside the values' range.
        if (position.at !== after?.at) startTies = 0;
        start = position.at;
        if (size > 1) return cursor.advance(size - 1);
        found(position);
      } catch (error) {
        reject(error);
      }
    };
  });
}

/**
 * Up to `size` records, newest first, after `after`. Each page is its own
 * short transaction so the background's writes are not held up behind a long
 * read of a large history.
 *
 * The values come in one `getAll` rather than through a value cursor, which
 * cost a round trip to the database, and a task on the page, per record:
 * 200 of them before the page could show its newest rows.
 */
export async function readPage(db: IDBDatabase, after: PagePosition | null, size: number): Promise<RecordPage> {
  const index = db.transaction(STORE, 'readonly').objectStore(STORE).index(AT);
  const page = await findPage(index, after, size);
  if (!page) return { records: [], next: null };
  // Oldest first: the start's ties already handed over are last, and ties at
  // the end's time that belong to the next page come first.
  const values = await request(page.values);
  const until = values.length - page.startTies;
  return { records: values.slice(page.end ? until - size : 0, until).reverse(), next: page.end };
}

/**
 * Records the time index cannot reach (stored without a usable `at`): a
 * paged read never sees them, so the page counts them as damaged.
 */
export async function countUnindexed(db: IDBDatabase): Promise<number> {
  const tx = db.transaction(STORE, 'readonly');
  const store = tx.objectStore(STORE);
  const [all, indexed] = await Promise.all([request(store.count()), request(store.index(AT).count())]);
  return all - indexed;
}

/** Deletes every decision taken from `from` to `to` (inclusive, ms) and says how many went. */
export async function deleteRange(db: IDBDatabase, from: number, to: number): Promise<number> {
  let deleted = 0;
  const tx = db.transaction(STORE, 'readwrite');
  const store = tx.objectStore(STORE);
  await Promise.all([
    transactionDone(tx),
    walk(store.index(AT).openKeyCursor(IDBKeyRange.bound(from, to)), (cursor) => {
      store.delete(cursor.primaryKey);
      deleted++;
      return true;
    }),
  ]);
  return deleted;
}

/** Deletes the whole history, damaged records included, and says how many went. */
export async function deleteAll(db: IDBDatabase): Promise<number> {
  const tx = db.transaction(STORE, 'readwrite');
  const store = tx.objectStore(STORE);
  // Requests in one transaction run in order: the count sees what clear removes.
  const counted = request(store.count());
  store.clear();
  const [deleted] = await Promise.all([counted, transactionDone(tx)]);
  return deleted;
}
