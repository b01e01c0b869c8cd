import type { Alias, InlineConfig } from 'vite';

/**
 * Points `wxt/browser` back at the browser's own API (WXT's `@wxt-dev/browser`:
 * Firefox's `browser`, Chrome's `chrome`) for one build, ahead of the alias
 * the webextension-polyfill module adds for every entrypoint.
 *
 * For content scripts. What they call answers with promises natively in
 * both engines (MV3 Chrome's sendMessage and storage, every Firefox API),
 * and their one message listener answers through sendResponse, which both
 * engines take (src/guard/watch-page-reading.ts). The polyfill would add
 * 2.5 KB gzipped to each site's 30 KB budget (test/e2e/bundle-size.test.ts)
 * and change nothing there. The background and the pages keep it.
 */
export function useNativeBrowserApi(config: InlineConfig): void {
  const resolve = (config.resolve ??= {});
  const native: Alias = { find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' };
  const others: Alias[] = Array.isArray(resolve.alias)
    ? resolve.alias
    : Object.entries(resolve.alias ?? {}).map(([find, replacement]) => ({ find, replacement }));
  // Vite takes the first alias that matches.
  resolve.alias = [native, ...others];
}
