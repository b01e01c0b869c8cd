import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstMatch, type BrowserDriver, type ExtensionPage } from './harness/driver';
import { BROWSERS, type BrowserSession } from './harness/each-browser';
import { FEED, importFacebookList, like } from './facebook-replica';
import { hasDarkBackground, overflowX, seriousViolations, smallTargets, textContrast } from './accessibility';
import { cancelWithEscape, markerFor, waitForWarning } from './warning-contract';
import { HOME, LISTED_TWEET, tweetButton } from './x-replica';

/**
 * An axe-core audit of every extension page and of the warning and markers,
 * in both languages and both colour schemes, on a phone-wide (360 px)
 * viewport: no serious or critical violation (colour contrast included), no
 * sideways scrolling, tap targets of at least 44 px, and the pages dark when
 * the system is. Each browser is launched once per colour scheme.
 */

const PHONE = { width: 360, height: 740 } as const;
const PAGES: readonly ExtensionPage[] = ['options.html', 'history.html', 'rules.html', 'welcome.html', 'popup.html'];
const ANIES = 'x:aniesbaswedan';
const LIKE = tweetButton(LISTED_TWEET, 'like');
const WARNING_HOST = `document.querySelector('jaga-netral-warning')`;
const DIALOG = `${WARNING_HOST}.shadowRoot.querySelector('[role="alertdialog"]')`;
const MARKERS = `[...document.querySelectorAll('jaga-netral-marker')]`;
const MARKER = firstMatch(markerFor(ANIES));
/** X's "Dim" theme as X draws it: the page background, and the colour scheme on <html>. */
const X_DIM = `(document.body.style.backgroundColor = 'rgb(21, 32, 43)', document.documentElement.style.colorScheme = 'dark', true)`;

async function chooseLanguage(browser: BrowserDriver, lang: 'id' | 'en'): Promise<void> {
  const options = await browser.openExtensionPage('options.html');
  await options.click(`input[name="language"][value="${lang}"]`);
  await options.waitFor(`html[lang="${lang}"]`);
  await options.close();
}

const RUNS = (['light', 'dark'] as const).flatMap((scheme) => BROWSERS.map(([name, launch]) => [scheme, name, launch] as const));

describe.each(RUNS)('accessibility with a %s system scheme on %s', (scheme, name, launch) => {
  let browser: BrowserDriver;
  beforeAll(async () => {
    browser = await launch({ colorScheme: scheme, viewport: PHONE });
    const session: BrowserSession = { name, browser, openPage: (url) => browser.openPage(url), openExtensionPage: (path) => browser.openExtensionPage(path) };
    await importFacebookList(session);
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const lang of ['id', 'en'] as const) {
    it(`the markers and the warning on an X feed, in ${lang}, follow X's theme and pass the audit`, async () => {
      await chooseLanguage(browser, lang);
      const page = await browser.openPage(HOME);
      try {
        await page.waitFor(markerFor(ANIES));
        expect(await seriousViolations(page, MARKERS)).toEqual([]);
        expect(await textContrast(page, MARKER)).toBeGreaterThanOrEqual(4.5);

        // The replica is X's light theme: the warning is light whatever the system's scheme.
        await page.click(LIKE);
        await waitForWarning(page, ANIES, 'like');
        expect(await seriousViolations(page, WARNING_HOST)).toEqual([]);
        expect(await hasDarkBackground(page, DIALOG)).toBe(false);
        await cancelWithEscape(page);

        await page.evaluate(X_DIM);
        expect(await hasDarkBackground(page, MARKER)).toBe(true);
        expect(await textContrast(page, MARKER)).toBeGreaterThanOrEqual(4.5);
        await page.click(LIKE);
        await waitForWarning(page, ANIES, 'like');
        expect(await hasDarkBackground(page, DIALOG)).toBe(true);
        expect(await seriousViolations(page, WARNING_HOST)).toEqual([]);
        await cancelWithEscape(page);
      } finally {
        await page.close();
      }
    });

    it(`every extension page, in ${lang}: no serious violation, no sideways scroll at 360 px, 44 px targets, ${scheme} like the system`, async () => {
      await chooseLanguage(browser, lang);
      for (const path of PAGES) {
        const page = await browser.openExtensionPage(path);
        try {
          await page.waitFor(`html[lang="${lang}"] h1`);
          expect({ path, violations: await seriousViolations(page) }).toEqual({ path, violations: [] });
          expect({ path, overflow: await overflowX(page) }).toEqual({ path, overflow: 0 });
          expect({ path, small: await smallTargets(page) }).toEqual({ path, small: [] });
          expect({ path, dark: await hasDarkBackground(page, 'document.documentElement') }).toEqual({ path, dark: scheme === 'dark' });
        } finally {
          await page.close();
        }
      }
    });
  }

  it("the warning and the markers take Facebook's theme over the system's", async () => {
    // The opposite of the system's scheme, as Facebook's saved pages say it: a class on <html>, a color-scheme meta tag.
    const [siteClass, siteScheme, dark] = scheme === 'light' ? ['__fb-dark-mode', 'dark', true] : ['__fb-light-mode', 'light', false];
    const page = await browser.openPage(FEED);
    try {
      await page.waitFor(markerFor('facebook:aniesbaswedan'));
      await page.evaluate(`(() => {
        document.documentElement.classList.add('${siteClass}');
        document.head.append(Object.assign(document.createElement('meta'), { name: 'color-scheme', content: '${siteScheme}' }));
        return true;
      })()`);
      const marker = firstMatch(markerFor('facebook:aniesbaswedan'));
      expect(await hasDarkBackground(page, marker)).toBe(dark);
      expect(await textContrast(page, marker)).toBeGreaterThanOrEqual(4.5);
      await page.click(like('pfbid0Anies1'));
      await waitForWarning(page, 'facebook:aniesbaswedan', 'like');
      expect(await hasDarkBackground(page, DIALOG)).toBe(dark);
      expect(await seriousViolations(page, WARNING_HOST)).toEqual([]);
      await cancelWithEscape(page);
    } finally {
      await page.close();
    }
  });

  it('made no request outside the replicas', () => {
    expect(browser.requestsOutsideReplicas()).toEqual([]);
  });
});
