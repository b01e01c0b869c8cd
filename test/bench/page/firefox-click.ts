import type { BrowserDriver, PageHandle } from '../../e2e/harness/driver';
import { HOME, KOMPAS_TWEET, LISTED_TWEET, tweetArticle, tweetButton } from '../../e2e/x-replica';
import type { Result } from '../measure';
import { CLICK_PROBE, CLICKS, clickRows, FLOOR_HOST, FLOOR_OVERLAY, PAUSE_MS, WARNING_HOST, type ClickSample } from './click';
import type { FirefoxPair } from './firefox-browsers';

const samplesSoFar = '(window.__benchSamples?.length ?? 0)';

/**
 * The click probe in Firefox ESR: the same in-page clock as Chromium's
 * (pointerup's timeStamp → the task after the warning's frame), installed
 * after the load since BiDi evaluates there, which the probe allows for. The
 * clicks are WebDriver BiDi pointer actions at the button's centre, trusted
 * input dispatched by Firefox as a mouse's.
 */
async function clickAndWait(
  browser: BrowserDriver,
  selector: string,
  after: (page: PageHandle) => Promise<unknown>,
  floor = false,
): Promise<ClickSample[]> {
  const page = await browser.openPage(HOME);
  try {
    await page.evaluate(`(() => { ${CLICK_PROBE}; ${floor ? FLOOR_OVERLAY : ''}; return true; })()`);
    for (let i = 0; i < CLICKS; i++) {
      await page.click(selector);
      await page.waitUntil(`${samplesSoFar} >= ${i + 1}`);
      await after(page);
      await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
    }
    return await page.evaluate<ClickSample[]>('window.__benchSamples');
  } finally {
    await page.close();
  }
}

/** As clickToWarning: a listed author's like, each warning cancelled with Escape; then the page's own like and the floor's overlay without the extension. */
export async function firefoxClickToWarning(firefox: FirefoxPair): Promise<Result[]> {
  const warnings = await clickAndWait(firefox.with, tweetButton(LISTED_TWEET, 'like'), async (page) => {
    await page.press('Escape');
    await page.waitForNone(WARNING_HOST);
  });
  const own = await clickAndWait(firefox.without, `${tweetArticle(KOMPAS_TWEET)} [data-testid$="like"]`, async () => {});
  const floor = await clickAndWait(
    firefox.without,
    tweetButton(LISTED_TWEET, 'like'),
    async (page) => {
      await page.press('Escape');
      await page.waitForNone(FLOOR_HOST);
    },
    true,
  );
  return clickRows('Firefox ESR', warnings, own, floor);
}
