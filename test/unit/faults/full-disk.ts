/** A database whose disk can be made full, and a browser whose storage will not open. */

export interface FillableDb {
  db: IDBDatabase;
  /** While true, every write transaction fails the way a full disk fails it. */
  full: boolean;
}

/**
 * Wraps a fake-indexeddb database so that, while `full` is set, a write
 * transaction behaves as a browser's does when the origin is out of space:
 * each `put` is accepted, then the transaction aborts with a
 * QuotaExceededError and none of it is kept — when the first put succeeds,
 * or at once when the writer asks to commit (the browser fails the commit).
 */
export function fillable(db: IDBDatabase): FillableDb {
  const state: FillableDb = {
    full: false,
    db: new Proxy(db, {
      get(target, key) {
        if (key === 'transaction') {
          return (...args: Parameters<IDBDatabase['transaction']>) => failingWhenFull(target.transaction(...args), state);
        }
        return bound(target, key);
      },
    }),
  };
  return state;
}

function bound(target: object, key: string | symbol): unknown {
  const value: unknown = Reflect.get(target, key, target);
  return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
}

function failingWhenFull(tx: IDBTransaction, state: FillableDb): IDBTransaction {
  let quotaError: DOMException | null = null;
  const failForQuota = () => {
    if (quotaError) return;
    quotaError = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    tx.abort();
  };
  const abortOnSuccess = (request: IDBRequest) => {
    request.addEventListener('success', failForQuota);
    return request;
  };
  const store = (name: string) =>
    new Proxy(tx.objectStore(name), {
      get(target, key) {
        if ((key === 'put' || key === 'add') && state.full) {
          return (...args: [unknown, IDBValidKey?]) => abortOnSuccess(target[key](...args));
        }
        return bound(target, key);
      },
    });
  return new Proxy(tx, {
    get(target, key) {
      if (key === 'objectStore') return store;
      if (key === 'error') return quotaError ?? target.error;
      if (key === 'commit' && state.full) return failForQuota;
      return bound(target, key);
    },
    // Handlers (`oncomplete`, `onabort`) belong on the real transaction.
    set: (target, key, value) => Reflect.set(target, key, value, target),
  });
}

/**
 * An IDBFactory whose `open` fails as Firefox's does in a private window or
 * on a damaged profile: the request's error event, never success.
 */
export function refusingFactory(error: DOMException): IDBFactory {
  return {
    open() {
      const request = { error, result: undefined, onsuccess: null, onupgradeneeded: null, onerror: null } as unknown as IDBOpenDBRequest;
      setTimeout(() => request.onerror?.call(request, new Event('error')), 0);
      return request;
    },
  } as unknown as IDBFactory;
}
