import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromiumDriver, launchChromiumContext } from '../e2e/harness/chromium';
import { ROOT } from '../e2e/harness/driver';
import { HOME_ID } from '../e2e/x-replica';
import { step, tour } from './tour';
import { storeShots } from './store-shots';

/**
 * `npm run screenshots`: the README's pictures, taken from the real build in
 * Chromium on the replicas, in Indonesian: the warning on X, the popup over an
 * X tab and the history page after the demo's four decisions; then the
 * store's pictures in both languages (store-shots.ts).
 */

const OUT = join(ROOT, 'docs/screenshots');
/** The popup's body is 340 px wide, padding included (entrypoints/popup/popup.css). */
const POPUP = { width: 340, height: 240 };

async function main(): Promise<void> {
  await mkdir(OUT, { recursive: true });
  const launched = await launchChromiumContext();
  const browser = chromiumDriver(launched);
  try {
    const options = await browser.openExtensionPage('options.html');
    await step(
      'switch the interface to Indonesian',
      async () => {
        await options.click('input[name="language"][value="id"]');
        await options.waitFor('html[lang="id"]');
      },
      () => 'interface language set to Indonesian',
    );
    await tour(browser, {
      home: HOME_ID,
      onWarning: (page) => step('save the warning', () => page.screenshot(join(OUT, 'warning.png')), () => 'docs/screenshots/warning.png'),
      // The whole page, down to the table of decisions.
      onHistory: () =>
        step(
          'save the history page',
          async () => {
            const history = launched.context.pages().find((page) => page.url().endsWith('/history.html'));
            await history?.screenshot({ path: join(OUT, 'history.png'), fullPage: true });
          },
          () => 'docs/screenshots/history.png',
        ),
    });

    // The popup reports on the active tab: an X tab in front, the popup page behind it.
    const x = await browser.openPage(HOME_ID);
    const popup = await launched.context.newPage();
    await popup.setViewportSize(POPUP);
    await popup.goto(`${launched.extensionOrigin}/popup.html`);
    await launched.context.pages().find((page) => page.url() === HOME_ID)?.bringToFront();
    await popup.reload();
    await step(
      'save the popup over an X tab',
      async () => {
        await popup.locator('[data-popup="site"][data-site="x"]').waitFor({ timeout: 5_000 });
        await popup.screenshot({ path: join(OUT, 'popup.png'), fullPage: true });
      },
      () => 'docs/screenshots/popup.png',
    );
    await x.close();
  } finally {
    await browser.close();
  }
  await storeShots(join(ROOT, 'docs/store'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
