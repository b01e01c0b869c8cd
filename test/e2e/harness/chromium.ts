import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type ElementHandle, type Page } from 'playwright-core';
import {
  asJson,
  browserDriver,
  firstMatch,
  launching,
  pageHandle,
  parseJson,
  VIEWPORT,
  type BrowserDriver,
  type LaunchOptions,
  type PageHandle,
  snapshotBuild,
} from './driver';
import { isHttpUrl, isReplicaUrl, replicaResponse } from './replicas';
import { isSubscriptionUrl, subscriptionAnswer } from './subscription-host';

const ACTION_TIMEOUT_MS = 5_000;

async function firstElement(page: Page, selector: string): Promise<ElementHandle> {
  const element = (await page.evaluateHandle(firstMatch(selector))).asElement();
  if (!element) throw new Error(`No element matches ${selector} on ${page.url()}`);
  return element as ElementHandle;
}

/**
 * Runs a pointer action on the first match. When Playwright gives up, the
 * error names the selector and the reason from its call log (covered, outside
 * the viewport, …) instead of only a timeout.
 */
async function onFirst(page: Page, selector: string, verb: string, action: (element: ElementHandle) => Promise<void>) {
  const element = await firstElement(page, selector);
  try {
    await action(element);
  } catch (error) {
    // Playwright colours its call log with ANSI escapes.
    const message = (error instanceof Error ? error.message : String(error)).replace(/\u001b\[[0-9;]*m/g, '');
    const reasons = message.split('\n').filter((line) => /intercepts pointer events|element is (?!visible, enabled)/.test(line));
    const why = reasons.at(-1)?.replace(/^\s*-\s*/, '') ?? message.split('\n')[0];
    throw new Error(`Cannot ${verb} ${selector}: ${why}`);
  }
}

/** A Playwright page as a PageHandle, for Chromium-only specs that also need the browser itself. */
export function chromiumPage(page: Page): PageHandle {
  return pageHandle({
    url: async () => page.url(),
    evaluate: async <T>(expression: string) => parseJson<T>(await page.evaluate(asJson(expression))),
    clickFirst: (selector, options) =>
      onFirst(page, selector, 'click', (e) => e.click({ timeout: options?.timeoutMs ?? ACTION_TIMEOUT_MS })),
    dblclickFirst: (selector) =>
      onFirst(page, selector, 'double-click', (e) => e.dblclick({ timeout: ACTION_TIMEOUT_MS })),
    hoverFirst: (selector) => onFirst(page, selector, 'hover over', (e) => e.hover({ timeout: ACTION_TIMEOUT_MS })),
    press: (key) => page.keyboard.press(key),
    setFileFirst: async (selector, fileName, contents) =>
      (await firstElement(page, selector)).setInputFiles({
        name: fileName,
        mimeType: 'application/json',
        buffer: Buffer.from(contents),
      }),
    screenshot: async (path) => {
      await page.screenshot({ path });
    },
    reload: async () => {
      await page.reload({ waitUntil: 'load' });
    },
    close: () => page.close(),
  });
}

async function extensionId(context: BrowserContext): Promise<string> {
  const isOurs = (url: string) => url.startsWith('chrome-extension://');
  const worker =
    context.serviceWorkers().find((w) => isOurs(w.url())) ??
    (await context.waitForEvent('serviceworker', { predicate: (w) => isOurs(w.url()), timeout: 10_000 }));
  const id = new URL(worker.url()).host;
  if (!id) throw new Error(`Cannot read the extension id from ${worker.url()}`);
  return id;
}

export interface ChromiumContext {
  readonly context: BrowserContext;
  /** `chrome-extension://<id>`, or null when launched without the extension. */
  readonly extensionOrigin: string | null;
  /** Every http(s) request that was not answered by a replica route (all were failed). */
  readonly outside: readonly string[];
  close(): Promise<void>;
}

export interface ContextOptions extends LaunchOptions {
  /**
   * False launches the same browser, flags and replica routing without the
   * extension: the benchmarks' baseline. Defaults to true.
   */
  extension?: boolean;
  /**
   * A profile and an unpacked build that outlive this browser, so that the
   * next launch (the upgrade spec) finds the same storage and, the build being
   * at the same path, the same extension id. Neither is removed on close.
   */
  persistent?: { profile: string; extension: string };
  /**
   * A phone instead of the laptop window: a 360 × 640 touch screen at twice
   * the density, as Chromium's device emulation gives it (taps are real
   * touch input, turned into clicks by the browser itself).
   */
  phone?: boolean;
}

/** The smallest common Android phone screen, in CSS pixels. */
export const PHONE_VIEWPORT = { width: 360, height: 640 } as const;

/**
 * Debian's Chromium, with the built MV3 extension unless told otherwise,
 * every replica host answered from test/fixtures; see shared/research/e2e.md.
 * The benchmarks drive the context directly; specs use launchChromium.
 */
export async function launchChromiumContext(options: ContextOptions = {}): Promise<ChromiumContext> {
  const withExtension = options.extension ?? true;
  const scratch = await mkdtemp(join(tmpdir(), 'jaga-netral-chromium-'));
  let context: BrowserContext | undefined;
  const shutdown = async () => {
    await context?.close();
    await rm(scratch, { recursive: true, force: true });
  };
  return launching(shutdown, async () => {
    const extension = options.persistent?.extension ?? (withExtension ? await snapshotBuild('chrome-mv3', scratch) : null);
    const browser = await chromium.launchPersistentContext(options.persistent?.profile ?? join(scratch, 'profile'), {
      executablePath: '/usr/bin/chromium',
      headless: options.headless ?? true,
      ...(options.phone ? { viewport: PHONE_VIEWPORT, hasTouch: true, isMobile: true, deviceScaleFactor: 2 } : { viewport: options.viewport ?? VIEWPORT }),
      ...(options.colorScheme ? { colorScheme: options.colorScheme } : {}),
      ignoreDefaultArgs: ['--disable-extensions'],
      args: [
        ...(extension ? [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`] : []),
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    context = browser;
    const outside: string[] = [];
    await browser.route('**/*', async (route) => {
      const url = route.request().url();
      if (isReplicaUrl(url)) {
        const r = replicaResponse(url);
        await route.fulfill({ status: r.status, contentType: r.contentType, body: r.body });
      } else if (isSubscriptionUrl(url)) {
        await route.fulfill(subscriptionAnswer(url, { sharedWithEveryOrigin: true }));
      } else if (isHttpUrl(url)) {
        outside.push(url);
        await route.abort('blockedbyclient');
      } else {
        await route.continue();
      }
    });
    const extensionOrigin = extension ? `chrome-extension://${await extensionId(browser)}` : null;
    return { context: browser, extensionOrigin, outside, close: shutdown };
  });
}

/**
 * PageHandles over a launched context. The context stays reachable for what
 * they do not cover (the screenshot script sizes a tab like a popup).
 */
export function chromiumDriver({ context, extensionOrigin, outside, close }: ChromiumContext): BrowserDriver {
  const open = async (url: string) => {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    return chromiumPage(page);
  };
  return browserDriver('chromium', open, extensionOrigin!, outside, close);
}

/** Debian's Chromium with the built MV3 extension, driven through PageHandles. */
export async function launchChromium(options: ContextOptions = {}): Promise<BrowserDriver> {
  return chromiumDriver(await launchChromiumContext(options));
}
