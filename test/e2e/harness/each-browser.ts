import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import type { BrowserDriver, BrowserName, ExtensionPage, LaunchDriver, PageHandle } from './driver';

/** What a spec gets: one browser with the built extension, and tabs that close after each test. */
export interface BrowserSession {
  readonly name: BrowserName;
  readonly browser: BrowserDriver;
  openPage(url: string): Promise<PageHandle>;
  openExtensionPage(path: ExtensionPage): Promise<PageHandle>;
}

/** The browsers every spec runs in, in order, with how to launch each. */
export const BROWSERS: readonly [BrowserName, LaunchDriver][] = [
  ['chromium', launchChromium],
  ['firefox', launchFirefox],
];

export interface EachBrowserOptions {
  /** Runs once per browser after launch, e.g. to import a list the specs rely on. */
  setup?(session: BrowserSession): Promise<void>;
}

/**
 * Declares the same specs for Chromium and then Firefox, each with a fresh
 * profile, and ends each browser's run by checking that the extension made no
 * request outside the replicas.
 */
export function describeInEachBrowser(
  title: string,
  specs: (session: BrowserSession) => void,
  options: EachBrowserOptions = {},
): void {
  describe.each(BROWSERS)(`${title} on %s`, (name, launch) => {
    let driver: BrowserDriver | undefined;
    const open: PageHandle[] = [];
    const track = (page: PageHandle) => {
      open.push(page);
      return page;
    };
    const session: BrowserSession = {
      name,
      get browser() {
        if (!driver) throw new Error(`${name} is not running`);
        return driver;
      },
      openPage: async (url) => track(await session.browser.openPage(url)),
      openExtensionPage: async (path) => track(await session.browser.openExtensionPage(path)),
    };

    beforeAll(async () => {
      driver = await launch();
      await options.setup?.(session);
      await Promise.all(open.splice(0).map((page) => page.close()));
    });
    afterEach(async () => {
      await Promise.all(open.splice(0).map((page) => page.close()));
    });
    afterAll(async () => {
      await driver?.close();
    });

    specs(session);

    it('made no request outside the replicas', () => {
      expect(session.browser.requestsOutsideReplicas()).toEqual([]);
    });
  });
}
