import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { SITE_HOST_PATTERNS } from './src/sites/hosts';

// Gecko needs a stable id so that stored lists and history survive reinstalls,
// and so the E2E suite can pin the extension's moz-extension:// UUID.
export const GECKO_ID = 'jaga-netral@jaga-netral.id';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
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
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
