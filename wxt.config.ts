import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { SITE_HOST_PATTERNS } from './src/sites/hosts';

// Gecko needs a stable id so that stored lists and history survive reinstalls,
// and so the E2E suite can pin the extension's moz-extension:// UUID.
export const GECKO_ID = 'jaga-netral@jaga-netral.id';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    // WXT reads entrypoints/history/ as an override of the browser's own
    // history page. Ours is the decision history, opened from the extension;
    // replacing chrome://history would be a hostile surprise.
    'build:manifestGenerated': (_wxt, manifest) => {
      delete manifest.chrome_url_overrides;
    },
  },
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Jaga Netral',
    description:
      'Pengingat netralitas ASN: menahan like, follow, komentar dan share pada akun peserta pemilu, lalu menunjukkan aturannya.',
    permissions: ['storage', 'unlimitedStorage'],
    host_permissions: [...SITE_HOST_PATTERNS],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
