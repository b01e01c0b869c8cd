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
