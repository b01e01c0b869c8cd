import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';

/** Set once the welcome page has been opened on this profile. */
const welcomed = storage.defineItem<boolean>('local:welcomed', { fallback: false, version: 1 });

/**
 * Opens the welcome page on the first install only. Chromium reports an
 * unpacked build reloaded at a new version as another `install` (a store
 * update says `update`), and a user who already read the page should not be
 * greeted again; removing the extension clears the flag with its storage.
 */
export async function welcomeOnInstall(reason: string): Promise<void> {
  if (reason !== 'install' || (await welcomed.getValue())) return;
  await welcomed.setValue(true);
  await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
}
