import { browser, type Browser } from 'wxt/browser';

/**
 * One `storage.local` key, read and followed with the plain browser API. Tabs
 * only read and watch settings, and @wxt-dev/storage's items (migrations,
 * metadata, locks) would add about 3 KB gzipped to every site's content
 * script, whose size is budgeted. The key is the item's key without `local:`.
 */
export async function readLocal(key: string): Promise<unknown> {
  return (await browser.storage.local.get(key))[key];
}

/** Calls `onChange` with each new value (undefined once removed); returns the unwatch. */
export function watchLocal(key: string, onChange: (value: unknown) => void): () => void {
  const listener = (changes: Record<string, Browser.storage.StorageChange>, area: string) => {
    const change = changes[key];
    if (area === 'local' && change !== undefined) onChange(change.newValue);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export interface FollowedValue<T> {
  /** The latest value, once the first read has answered. */
  current(): Promise<T>;
  stop(): void;
}

/**
 * Reads one key once and then follows every change, parsed, so a setting
 * changed in the options page applies to an open tab without a storage read
 * when it is needed. A read that fails gives `fallback`.
 */
export function followLocal<T>(key: string, parse: (value: unknown) => T, fallback: T, onChange: (next: T) => void): FollowedValue<T> {
  let latest: T | null = null;
  const first = readLocal(key)
    .then(parse, () => fallback)
    // A change seen while the first read was on its way is newer than it.
    .then((read) => (latest ??= read));
  const stop = watchLocal(key, (value) => {
    latest = parse(value);
    onChange(latest);
  });
  return { current: async () => latest ?? first, stop };
}
